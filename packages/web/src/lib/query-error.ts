import { CombinedGraphQLErrors } from '@apollo/client';

/** What went wrong with a query, in terms a page can explain (never the raw error). */
export type QueryErrorKind = 'notFound' | 'badInput' | 'unavailable';

/** NOT_FOUND and BAD_USER_INPUT from the API's error model; anything else (network, server) is "unavailable". */
export function queryErrorKind(error: unknown): QueryErrorKind {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.code);
    if (codes.includes('NOT_FOUND')) return 'notFound';
    if (codes.includes('BAD_USER_INPUT')) return 'badInput';
  }
  return 'unavailable';
}
