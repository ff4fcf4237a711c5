import { CombinedGraphQLErrors } from '@apollo/client';

/** What went wrong with a query, in terms a page can explain (never the raw error). */
export type QueryErrorKind = 'unauthenticated' | 'forbidden' | 'notFound' | 'badInput' | 'unavailable';

/**
 * The API's error codes a page can explain (sign in, not allowed, not found, bad input); anything
 * else (network, server) is "unavailable".
 */
export function queryErrorKind(error: unknown): QueryErrorKind {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.code);
    if (codes.includes('UNAUTHENTICATED')) return 'unauthenticated';
    if (codes.includes('FORBIDDEN')) return 'forbidden';
    if (codes.includes('NOT_FOUND')) return 'notFound';
    if (codes.includes('BAD_USER_INPUT')) return 'badInput';
  }
  return 'unavailable';
}
