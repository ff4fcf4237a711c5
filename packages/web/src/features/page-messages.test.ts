import { describe, expect, it } from 'vitest';
import { profileMessages } from './profile/profile.messages.ts';
import { teamMessages } from './team/team.messages.ts';
import { trainingMessages } from './training/training.messages.ts';
import { unitEmployeesMessages } from './unit-employees/unit-employees.messages.ts';

/** Every key path of a message tree, e.g. "plan.figures.closed". */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** The placeholders of every message, e.g. { "plan.notYet": ["unit"] }. */
function placeholders(tree: object): Record<string, string[]> {
  const flat: Record<string, string[]> = {};
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'object' && value !== null) walk(value, `${prefix}${key}.`);
      else flat[`${prefix}${key}`] = [...String(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    }
  };
  walk(tree, '');
  return flat;
}

describe.each([
  ['training', trainingMessages],
  ['profile', profileMessages],
  ['team', teamMessages],
  ['unitEmployees', unitEmployeesMessages],
])('%s messages', (_name, messages) => {
  it('has the same keys in Bahasa Indonesia and English', () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages.id).sort());
  });

  it('uses the same placeholders in both languages', () => {
    expect(placeholders(messages.en)).toEqual(placeholders(messages.id));
  });

  it('explains every kind of query error', () => {
    for (const locale of [messages.id, messages.en]) {
      expect(Object.keys(locale.error).sort()).toEqual(['badInput', 'forbidden', 'notFound', 'unauthenticated', 'unavailable']);
    }
  });
});
