import { describe, expect, it } from 'vitest';
import { formatNip, parseNip } from '../src/modules/employee/nip.js';

describe('parseNip', () => {
  it('reads birth date, start of service, gender and sequence', () => {
    expect(parseNip('198609262015051001')).toEqual({
      ok: true,
      value: { birthDate: '1986-09-26', serviceStart: { year: 2015, month: 5 }, gender: 'MALE', sequence: 1 },
    });
    expect(parseNip('19860926 201505 2 014')).toMatchObject({ ok: true, value: { gender: 'FEMALE', sequence: 14 } });
  });

  it.each([
    ['19860926201505100', 'exactly 18 digits'],
    ['1986092620150510011', 'exactly 18 digits'],
    ['19860926A015051001', 'exactly 18 digits'],
    ['198602302015051001', 'not a real birth date'], // 30 February
    ['198613012015051001', 'not a real birth date'], // month 13
    ['198609262015131001', 'month 01–12'],
    ['198609262015001001', 'month 01–12'],
    ['198609262015053001', 'must be 1 (male) or 2 (female)'],
    ['198609261990051001', 'too soon after the birth year'],
  ])('rejects %s (%s)', (nip, reason) => {
    const result = parseNip(nip);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseNip('198802292012031001').ok).toBe(true);
    expect(parseNip('198702292012031001').ok).toBe(false);
  });

  it('formats what it parses', () => {
    const nip = formatNip('1990-01-31', 2014, 3, 'FEMALE', 7);
    expect(nip).toBe('199001312014032007');
    expect(parseNip(nip)).toMatchObject({ ok: true, value: { birthDate: '1990-01-31', gender: 'FEMALE', sequence: 7 } });
  });
});
