import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { DomainError, ErrorCode } from './errors.js';

/**
 * The longest string any input may hold. The longest text a service accepts is 4,000 characters
 * (a competency's definition, a training note); files come through /api as request bodies, not strings.
 */
export const MAX_INPUT_STRING = 10_000;

/**
 * A NUL, or a UTF-16 surrogate without its pair (what invalid UTF-8 or a lone `\ud800` escape decodes
 * to): PostgreSQL's text and jsonb refuse both.
 */
// eslint-disable-next-line no-control-regex -- the NUL is exactly what this looks for
export const INVALID_CHARACTER = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What is wrong with a string, or null when it may go on. */
export function stringProblem(value: string): string | null {
  if (value.length > MAX_INPUT_STRING) return `is ${value.length} characters long; at most ${MAX_INPUT_STRING} are accepted`;
  const bad = INVALID_CHARACTER.exec(value);
  if (bad) return bad[0] === '\u0000' ? 'holds a NUL character, which no text may contain' : 'is not valid Unicode (a lone surrogate: invalid UTF-8 or UTF-16)';
  return null;
}

/** The first string in a JSON value (keys included) that `stringProblem` refuses, with its path. */
export function findInvalidString(value: unknown, path: string): { field: string; problem: string } | null {
  if (typeof value === 'string') {
    const problem = stringProblem(value);
    return problem ? { field: path, problem } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const field = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    const keyProblem = stringProblem(key);
    if (keyProblem) return { field, problem: keyProblem };
    const found = findInvalidString(item, field);
    if (found) return found;
  }
  return null;
}

/** The first string literal of a document that `stringProblem` refuses, named by its argument and input fields. */
function findInvalidLiteral(document: DocumentNode): { field: string; problem: string } | null {
  let found: { field: string; problem: string } | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      const problem = stringProblem(node.value);
      if (!problem) return undefined;
      const names = [...(ancestors as ReadonlyArray<ASTNode | readonly ASTNode[]>), parent as ASTNode]
        .filter((a): a is ASTNode => !Array.isArray(a))
        .filter((a) => a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD)
        .map((a) => (a as { name: { value: string } }).name.value);
      found = { field: names.join('.') || 'query', problem };
      return false;
    },
  });
  return found;
}

const refusal = ({ field, problem }: { field: string; problem: string }) =>
  new GraphQLError(`${field} ${problem}`, {
    originalError: DomainError.badInput(field, `${field} ${problem}`),
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });

/**
 * Refuses a request whose variables or string literals hold a NUL, a lone surrogate or more than
 * `MAX_INPUT_STRING` characters, with BAD_USER_INPUT naming the variable or argument, before any
 * resolver, SQL or audit row sees it (PostgreSQL refuses NUL in text and jsonb: such a value made the
 * audit insert fail).
 */
export function inputStringsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const found = findInvalidString(request.variables ?? {}, '$');
          if (found) throw refusal({ ...found, field: found.field.slice(2) });
          const literal = findInvalidLiteral(document);
          if (literal) throw refusal(literal);
        },
      };
    },
  };
}

/** The same refusal for the query parameters of the file endpoints (/api). */
export const refuseInvalidQueryStrings: RequestHandler = (req, res, next) => {
  const found = findInvalidString(req.query, '$');
  if (!found) {
    next();
    return;
  }
  const field = found.field.slice(2);
  res.status(400).json({ errors: [{ message: `${field} ${found.problem}`, extensions: { code: ErrorCode.BAD_USER_INPUT, field } }] });
};
