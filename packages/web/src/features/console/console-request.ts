/**
 * What the console sends and reads: the variables typed as JSON, the cost the server reports in
 * `extensions.cost`, and how a failed answer is explained. Pure: no Vue, no DOM.
 */

export type VariablesResult = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** The variables editor's text as an object: empty text means no variables; anything but an object is refused. */
export function parseVariables(text: string): VariablesResult {
  if (text.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'not an object' };
  return { ok: true, value: value as Record<string, unknown> };
}

export interface CostEntry {
  /** The field of `extensions.cost` ('' for a bare number). */
  name: string;
  value: number | string;
}

/**
 * The query's cost as the server reports it in `extensions.cost`: a bare number, or an object of
 * figures (for example the cost of this query and what is left of the budget). Nested values and
 * anything else are left out; null when the server reports no cost.
 */
export function readCost(extensions: unknown): CostEntry[] | null {
  if (typeof extensions !== 'object' || extensions === null) return null;
  const cost = (extensions as Record<string, unknown>).cost;
  if (typeof cost === 'number') return [{ name: '', value: cost }];
  if (typeof cost !== 'object' || cost === null || Array.isArray(cost)) return null;
  const entries = Object.entries(cost)
    .filter((entry): entry is [string, number | string] => typeof entry[1] === 'number' || typeof entry[1] === 'string')
    .map(([name, value]) => ({ name, value }));
  return entries.length > 0 ? entries : null;
}

export interface ResponseError {
  message: string;
  code: string | null;
  /** Where in the answer, e.g. "workUnit.employees"; null for errors of the whole request. */
  path: string | null;
}

/** The errors of a GraphQL response, as the console lists them. */
export function readErrors(errors: unknown): ResponseError[] {
  if (!Array.isArray(errors)) return [];
  return errors.map((e: { message?: unknown; extensions?: { code?: unknown }; path?: unknown }) => ({
    message: typeof e?.message === 'string' ? e.message : '',
    code: typeof e?.extensions?.code === 'string' ? e.extensions.code : null,
    path: Array.isArray(e?.path) ? e.path.join('.') : null,
  }));
}

/** The body of a GraphQL answer as far as the console reads it. */
export interface GraphqlBody {
  data?: unknown;
  errors?: unknown;
  extensions?: unknown;
}

/**
 * Why the schema could not be had: 'forbidden' when the server refuses introspection to this user
 * (not signed in, a role other than ANALYST or ADMIN, or introspection switched off), 'unavailable'
 * for anything else (server down, an answer that is no schema).
 */
export function introspectionFailure(status: number, body: GraphqlBody | null): 'forbidden' | 'unavailable' {
  if (status === 401 || status === 403) return 'forbidden';
  const refusals = ['FORBIDDEN', 'UNAUTHENTICATED', 'GRAPHQL_VALIDATION_FAILED'];
  if (readErrors(body?.errors).some((e) => e.code !== null && refusals.includes(e.code))) return 'forbidden';
  return 'unavailable';
}
