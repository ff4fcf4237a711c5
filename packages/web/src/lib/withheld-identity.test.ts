import { CombinedGraphQLErrors } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryErrorKind } from './query-error.ts';
import { unexpectedError } from './use-query.ts';
import { employeeLabel, isWithheldIdentity, positionLabel, unitLabel, WITHHELD } from './withheld-identity.ts';

// What the API answers an ANALYST for a unit's employees (docs/security.md): name and NIP null with
// FORBIDDEN errors at their paths, the pseudonym present.
const data = {
  employees: {
    nodes: [
      { id: '7', name: null, nip: null, pseudonym: 'P-3F9A1C22B0', workUnit: { id: 'u', name: null } },
      { id: '8', name: null, nip: null, pseudonym: 'P-0B1C2D3E4F', workUnit: { id: 'u', name: 'Puskesmas Dempo' } },
    ],
  },
  workUnit: { id: 'u', name: null },
};
const forbidden = (path: (string | number)[]): GraphQLFormattedError => ({ message: 'withheld', path, extensions: { code: 'FORBIDDEN' } });

describe('isWithheldIdentity', () => {
  it.each([
    ['name', ['employees', 'nodes', 0, 'name']],
    ['nip', ['employees', 'nodes', 1, 'nip']],
    ['birthDate', ['employees', 'nodes', 0, 'birthDate']],
  ])('accepts a FORBIDDEN %s of an employee that has its pseudonym', (_, path) => {
    expect(isWithheldIdentity(forbidden(path), data)).toBe(true);
  });

  it.each([
    ['another code on a name', { message: 'x', path: ['employees', 'nodes', 0, 'name'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    ['FORBIDDEN on a whole field', forbidden(['employees'])],
    ['FORBIDDEN without a path', { message: 'x', extensions: { code: 'FORBIDDEN' } }],
    ['FORBIDDEN on a field that identifies nobody', forbidden(['employees', 'nodes', 0, 'competencyGaps'])],
    ['FORBIDDEN on the name of a unit (no pseudonym)', forbidden(['workUnit', 'name'])],
    ['FORBIDDEN on the name of an employee\'s unit', forbidden(['employees', 'nodes', 0, 'workUnit', 'name'])],
    ['FORBIDDEN on an employee the answer does not hold', forbidden(['employees', 'nodes', 5, 'name'])],
  ])('refuses %s', (_, error) => {
    expect(isWithheldIdentity(error as GraphQLFormattedError, data)).toBe(false);
  });
});

describe('unexpectedError', () => {
  const combined = (errors: GraphQLFormattedError[]) => new CombinedGraphQLErrors({ data, errors });

  it('is nothing when every error is an expected withheld name', () => {
    const error = combined([forbidden(['employees', 'nodes', 0, 'name']), forbidden(['employees', 'nodes', 0, 'nip'])]);
    expect(unexpectedError(error, data, isWithheldIdentity)).toBeUndefined();
  });

  it('keeps only the other errors, so the page explains those', () => {
    const error = combined([forbidden(['employees', 'nodes', 0, 'name']), { message: 'gone', path: ['workUnit'], extensions: { code: 'NOT_FOUND' } }]);
    const left = unexpectedError(error, data, isWithheldIdentity);
    expect(CombinedGraphQLErrors.is(left) && left.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(queryErrorKind(left)).toBe('notFound');
  });

  it('leaves errors alone without a filter, and network errors always', () => {
    const error = combined([forbidden(['employees', 'nodes', 0, 'name'])]);
    expect(unexpectedError(error, data)).toBe(error);
    const network = new Error('offline');
    expect(unexpectedError(network, data, isWithheldIdentity)).toBe(network);
  });
});

describe('employeeLabel', () => {
  it('is the name, or the pseudonym where the name is withheld', () => {
    expect(employeeLabel({ name: 'Siti Rahma', pseudonym: 'P-1' })).toBe('Siti Rahma');
    expect(employeeLabel({ name: null, pseudonym: 'P-1' })).toBe('P-1');
  });
});

describe('labels of pseudonymised employees', () => {
  const kind = (k: string) => `kind:${k}`;
  it('shows the exact jabatan and unit when given, the generalised ones otherwise, and a dash when withheld', () => {
    expect(positionLabel({ position: { name: 'Sekretaris Daerah' }, positionKind: 'JPT_PRATAMA' }, kind)).toBe('Sekretaris Daerah');
    expect(positionLabel({ position: null, positionKind: 'JPT_PRATAMA' }, kind)).toBe('kind:JPT_PRATAMA');
    expect(positionLabel({ position: null, positionKind: null }, kind)).toBe(WITHHELD);
    expect(unitLabel({ workUnit: { name: 'Bagian Umum' }, topWorkUnit: { name: 'Sekretariat Daerah' } })).toBe('Bagian Umum');
    expect(unitLabel({ workUnit: null, topWorkUnit: { name: 'Sekretariat Daerah' } })).toBe('Sekretariat Daerah');
    expect(unitLabel({ workUnit: null, topWorkUnit: null })).toBe(WITHHELD);
    expect(employeeLabel({ name: null, pseudonym: null })).toBe(WITHHELD);
  });

  it('accepts a FORBIDDEN generalised field of a pseudonymised employee', () => {
    for (const field of ['position', 'workUnit', 'golongan', 'positionKind', 'topWorkUnit', 'directReports']) {
      expect(isWithheldIdentity(forbidden(['employees', 'nodes', 0, field]), data)).toBe(true);
    }
  });
});
