import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INK, OKABE_ITO } from './tokens.ts';

const SRC = join(import.meta.dirname, '..');
const TOKEN_FILES = ['styles/tokens.css', 'styles/tokens.ts'];
/** Hex colours (#abc, #aabbcc, with or without alpha) and colour functions. */
const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/gi;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

// Tests are left out: they compare drawings with colours written out on purpose, as an oracle
// independent of the tokens.
const sources = files(SRC).filter((path) => /\.(vue|ts|css)$/.test(path) && !/\.(test|generated)\.ts$/.test(path));
const css = readFileSync(join(SRC, 'styles/tokens.css'), 'utf8');

/** #abc → #aabbcc, lower case. */
const normalise = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();

describe('design tokens', () => {
  it('are the only place colours are written', () => {
    const found = sources
      .filter((path) => !TOKEN_FILES.includes(relative(SRC, path)))
      .flatMap((path) => [...readFileSync(path, 'utf8').matchAll(COLOUR)].map((m) => `${relative(SRC, path)}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('define every custom property the styles use', () => {
    const defined = new Set([...css.matchAll(/(--[\w-]+):/g)].map((m) => m[1]));
    const undefinedUses = sources.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/var\((--(?:colour|space|radius|font)-?[\w-]*)\)/g)].filter((m) => !defined.has(m[1])).map((m) => `${relative(SRC, path)}: ${m[1]}`),
    );
    expect(undefinedUses).toEqual([]);
  });

  it('give canvas drawings the colours the stylesheets use', () => {
    const cssColours = new Set([...css.matchAll(/#[0-9a-f]{3,8}\b/gi)].map((m) => normalise(m[0])));
    const shared = [INK.surface, INK.text, INK.textStrong, INK.textSecondary, INK.textDark, INK.textMuted, INK.borderStrong, INK.black, OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.orange];
    expect(shared.filter((colour) => !cssColours.has(normalise(colour)))).toEqual([]);
  });
});
