import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../routes.ts';
import { messages } from './messages.ts';

type Tree = { [key: string]: string | Tree };

/** The placeholders of every message by key path, e.g. { "training.plan.notYet": ["unit"] }. */
function flatten(tree: Tree, prefix = ''): Record<string, string[]> {
  const flat: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') flat[`${prefix}${key}`] = [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    else Object.assign(flat, flatten(value, `${prefix}${key}.`));
  }
  return flat;
}

function lookup(tree: Tree, path: string): string | Tree | undefined {
  return path.split('.').reduce<string | Tree | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), tree);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(vue|ts)$/.test(entry.name) && !/\.(test|generated)\.ts$/.test(entry.name) ? [path] : [];
  });
}

const id = messages.id as unknown as Tree;
const en = messages.en as unknown as Tree;

describe('interface texts', () => {
  // The compiler already refuses a key missing in one language (define-messages.ts); this also
  // compares the placeholders, which types do not see.
  it('have the same keys and placeholders in Bahasa Indonesia and English', () => {
    expect(flatten(en)).toEqual(flatten(id));
  });

  it('have every key the code asks for: t(\'a.b\') a text, t(`a.b.${x}`) a group of texts', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(join(import.meta.dirname, '..'))) {
      const source = readFileSync(file, 'utf8');
      for (const [, key] of source.matchAll(/\bt\('([\w.]+)'/g)) if (typeof lookup(id, key) !== 'string') missing.push(`${file}: ${key}`);
      for (const [, prefix] of source.matchAll(/\bt\(`([\w.]+)\.\$\{/g)) if (typeof lookup(id, prefix) !== 'object') missing.push(`${file}: ${prefix}.*`);
    }
    expect(missing).toEqual([]);
  });

  it('name every page of the route table', () => {
    for (const page of PAGES) {
      expect(typeof lookup(id, page.title), page.title).toBe('string');
      if ('nav' in page) expect(typeof lookup(id, page.nav), page.nav).toBe('string');
    }
  });

  it('explain every kind of query error on the pages that load data', () => {
    for (const section of ['training', 'profile', 'team', 'unitEmployees'] as const) {
      expect(Object.keys(messages.id[section].error).sort()).toEqual(['badInput', 'forbidden', 'notFound', 'unauthenticated', 'unavailable']);
    }
  });
});
