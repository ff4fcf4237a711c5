import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCode, formatError } from '../src/common/errors.js';

const formatted = { message: 'raw', path: ['employee'] };

describe('formatError, the one place errors become responses', () => {
  it('keeps a domain error\'s code, message and field', () => {
    const error = new GraphQLError('x', { originalError: DomainError.badInput('nip', 'NIP must have exactly 18 digits') });
    expect(formatError(formatted, error)).toEqual({
      message: 'NIP must have exactly 18 digits',
      path: ['employee'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'nip' },
    });
  });

  it('masks anything unexpected, without a stack trace or the original message', () => {
    const error = new GraphQLError('connection to 10.0.0.5 refused', { originalError: new Error('connection to 10.0.0.5 refused') });
    const result = formatError({ ...formatted, extensions: { stacktrace: ['at x'] } } as never, error);
    expect(result).toEqual({ message: 'Internal server error', path: ['employee'], extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  });

  it('keeps graphql-js\'s own validation messages', () => {
    const result = formatError({ message: 'Cannot query field "salary" on type "Employee".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('x'));
    expect(result.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(result.message).toContain('salary');
  });
});
