import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/db/seed/demo-seed.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

interface Example {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** The examples of docs/api.md: each `### ` heading with its graphql block and optional json variables. */
function examples(): Example[] {
  const text = readFileSync(resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../docs/api.md'), 'utf8');
  const part = text.slice(text.indexOf('## Example queries'));
  return part
    .split(/^### /m)
    .slice(1)
    .map((section) => {
      const query = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
      const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
      if (!query) throw new Error(`example without a graphql block: ${section.split('\n')[0]}`);
      return { title: section.split('\n')[0], query, variables: json ? JSON.parse(json) : undefined };
    });
}

/** True when a result holds something: a count above zero, a non-empty list, or a value. */
function hasContent(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.values(value).some(hasContent);
  if (typeof value === 'number') return value > 0;
  return value !== null && value !== undefined && value !== '';
}

/** The `totalCount` of every connection in a result. */
function totals(value: unknown, found: number[] = []): number[] {
  if (Array.isArray(value)) value.forEach((v) => totals(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'totalCount' && typeof v === 'number') found.push(v);
      else totals(v, found);
    }
  }
  return found;
}

let t: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, { employees: 4000, today: '2026-11-27' });
  api = await startTestApp(t.db);
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});

describe('the example queries of docs/api.md run on the demo data', () => {
  const list = examples();

  it('are at least twelve', () => {
    expect(list.length).toBeGreaterThanOrEqual(12);
  });

  it.each(list.map((e) => [e.title, e] as const))('%s', async (_title, example) => {
    const { data, errors } = await api.graphql(example.query, example.variables);
    expect(errors).toBeUndefined();
    expect(hasContent(data)).toBe(true);
    // Every root field shows something, and every connection in the answer has records.
    for (const [key, value] of Object.entries(data ?? {})) expect(hasContent(value), key).toBe(true);
    for (const total of totals(data)) expect(total).toBeGreaterThan(0);
  });
});
