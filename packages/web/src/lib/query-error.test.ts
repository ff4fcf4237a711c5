import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { queryErrorKind } from './query-error.ts';

function graphqlError(code: string): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code } }] });
}

describe('queryErrorKind', () => {
  it('maps the API codes a page can explain', () => {
    expect(queryErrorKind(graphqlError('NOT_FOUND'))).toBe('notFound');
    expect(queryErrorKind(graphqlError('BAD_USER_INPUT'))).toBe('badInput');
    expect(queryErrorKind(graphqlError('UNAUTHENTICATED'))).toBe('unauthenticated');
    expect(queryErrorKind(graphqlError('FORBIDDEN'))).toBe('forbidden');
  });

  it('treats everything else as unavailable', () => {
    expect(queryErrorKind(graphqlError('INTERNAL_SERVER_ERROR'))).toBe('unavailable');
    expect(queryErrorKind(new TypeError('Failed to fetch'))).toBe('unavailable');
    expect(queryErrorKind(undefined)).toBe('unavailable');
  });
});
