import { describe, expect, it } from 'vitest';
import { introspectionFailure, parseVariables, readCost, readErrors } from './console-request.ts';

describe('parseVariables', () => {
  it('takes empty text as no variables', () => {
    expect(parseVariables('  \n')).toEqual({ ok: true, value: {} });
  });

  it('reads a JSON object', () => {
    expect(parseVariables('{ "id": "1", "first": 20 }')).toEqual({ ok: true, value: { id: '1', first: 20 } });
  });

  it.each([['{ id: 1 }'], ['[1, 2]'], ['null'], ['"text"'], ['3']])('refuses %s', (text) => {
    expect(parseVariables(text).ok).toBe(false);
  });
});

describe('readCost', () => {
  it('shows nothing when the server reports no cost', () => {
    expect(readCost(undefined)).toBeNull();
    expect(readCost({})).toBeNull();
    expect(readCost({ cost: null })).toBeNull();
    expect(readCost({ cost: {} })).toBeNull();
  });

  it('reads a bare number', () => {
    expect(readCost({ cost: 42 })).toEqual([{ name: '', value: 42 }]);
  });

  it('reads the figures of an object and leaves nested values out', () => {
    expect(readCost({ cost: { requested: 120, remaining: 880, limit: 1000, window: { seconds: 60 } } })).toEqual([
      { name: 'requested', value: 120 },
      { name: 'remaining', value: 880 },
      { name: 'limit', value: 1000 },
    ]);
  });
});

describe('readErrors', () => {
  it('keeps the message, the code and the path', () => {
    expect(
      readErrors([
        { message: 'Unit not found', path: ['workUnit', 0, 'employees'], extensions: { code: 'NOT_FOUND' } },
        { message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
        {},
      ]),
    ).toEqual([
      { message: 'Unit not found', code: 'NOT_FOUND', path: 'workUnit.0.employees' },
      { message: 'Syntax Error: Expected Name, found <EOF>.', code: 'GRAPHQL_PARSE_FAILED', path: null },
      { message: '', code: null, path: null },
    ]);
  });

  it('reads no errors from anything but a list', () => {
    expect(readErrors(undefined)).toEqual([]);
  });
});

describe('introspectionFailure', () => {
  it.each([
    ['401', 401, null, 'forbidden'],
    ['403', 403, null, 'forbidden'],
    ['FORBIDDEN', 200, { errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }, 'forbidden'],
    ['UNAUTHENTICATED', 200, { errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }, 'forbidden'],
    ['introspection switched off', 400, { errors: [{ message: 'GraphQL introspection is not allowed', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }, 'forbidden'],
    ['server error', 500, { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, 'unavailable'],
    ['no JSON', 502, null, 'unavailable'],
  ] as const)('%s', (_name, status, body, expected) => {
    expect(introspectionFailure(status, body)).toBe(expected);
  });
});
