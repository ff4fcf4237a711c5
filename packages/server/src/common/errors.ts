import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

/** The error codes of the API: the one list clients switch on (`extensions.code`). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** Too many attempts, or the cost budget is spent: wait and try again. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The query is too deep, too wide or too costly. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The request ran past its deadline, or one of its statements past the statement timeout: ask for less. */
  TIMEOUT = 'TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * An error a person can act on, thrown by services. `field` names the input field at fault
 * (e.g. `input.nip`), so a form can show the message beside it.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, field);
  }

  static forbidden(message: string): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static notFound(what: string, id: string | number): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} ${id} does not exist`);
  }
}

/** Codes that graphql-js and Apollo raise themselves for a malformed request; they are safe to show. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/** Database constraint violations that slipped past a service's own checks, in the same error model. */
function fromDatabase(error: unknown): DomainError | undefined {
  if (error instanceof UniqueConstraintViolationException) {
    return new DomainError(ErrorCode.CONFLICT, 'A record with the same unique key already exists');
  }
  if (error instanceof CheckConstraintViolationException || error instanceof NotNullConstraintViolationException) {
    const constraint = (error as { constraint?: string }).constraint;
    return new DomainError(ErrorCode.BAD_USER_INPUT, `The value breaks the rule ${constraint ?? 'of the database'}`);
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    return new DomainError(ErrorCode.BAD_USER_INPUT, 'The record refers to something that does not exist');
  }
  // query_canceled: PostgreSQL stopped the statement at the statement timeout.
  if ((error as { code?: unknown } | null)?.code === '57014') {
    return new DomainError(ErrorCode.TIMEOUT, 'A statement of this request ran past the statement timeout and was stopped: ask for less');
  }
  return undefined;
}

/**
 * The one place errors become responses: domain errors keep their code, message and field;
 * malformed requests keep graphql-js's message; everything else is masked, without stack traces.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const domain = original instanceof DomainError ? original : fromDatabase(original);
  if (domain) {
    return {
      message: domain.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: domain.code, ...(domain.field ? { field: domain.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    // graphql-js suggests names in some messages ("Did you mean …?"): they would spell out the schema.
    const message = formatted.message.replace(/ Did you mean .*\?$/, '');
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (original instanceof GraphQLError && !original.originalError && !code) {
    // An error graphql-js raised itself while executing (e.g. a variable of the wrong type).
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
