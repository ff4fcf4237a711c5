import { CombinedGraphQLErrors, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { apolloClient } from '../apollo.ts';

export interface QueryState<T> {
  data: Ref<T | undefined>;
  loading: Ref<boolean>;
  error: Ref<Error | undefined>;
}

export interface QueryOptions<T> {
  /**
   * Errors the page expects and explains by itself (e.g. a withheld name shown as a pseudonym). With
   * it the query keeps the partial answer (errorPolicy "all"); errors it accepts never reach `error`,
   * any other error does.
   */
  expectedError?: (error: GraphQLFormattedError, data: T | undefined) => boolean;
}

/** The error a page should explain: null when every GraphQL error in it was expected. */
export function unexpectedError<T>(error: Error | undefined, data: T | undefined, expected?: QueryOptions<T>['expectedError']): Error | undefined {
  if (!error || !expected || !CombinedGraphQLErrors.is(error)) return error;
  const left = error.errors.filter((e) => !expected(e, data));
  if (left.length === error.errors.length) return error;
  return left.length === 0 ? undefined : new CombinedGraphQLErrors({ data: error.data, errors: left });
}

/**
 * Watches a query through the shared Apollo client. @vue/apollo-composable (4.2.2) does not build
 * against @apollo/client 4, so this small composable stands in for it. The answer and variables
 * types come from the generated TypedDocumentNode. `variables` may be a ref or a getter: when its
 * value changes the query is watched again with the new variables (answers already in the cache
 * come back at once).
 */
export function useQuery<T, V extends OperationVariables>(
  query: TypedDocumentNode<T, V>,
  variables: MaybeRefOrGetter<V> = {} as V,
  options: QueryOptions<T> = {},
): QueryState<T> {
  const data = shallowRef<T>();
  const loading = ref(true);
  const error = shallowRef<Error>();
  let unsubscribe = () => {};

  const observe = (json: string) => {
    unsubscribe();
    loading.value = true;
    error.value = undefined;
    const subscription = apolloClient
      .watchQuery<T, V>({ query, variables: JSON.parse(json) as V, ...(options.expectedError ? { errorPolicy: 'all' as const } : {}) })
      .subscribe({
        next: (result) => {
          const answer = (result.data ?? undefined) as T | undefined;
          data.value = answer;
          loading.value = result.loading;
          error.value = unexpectedError(result.error ?? undefined, answer, options.expectedError);
        },
        error: (e: Error) => {
          error.value = e;
          loading.value = false;
        },
      });
    unsubscribe = () => subscription.unsubscribe();
  };

  // Compared as JSON so that a getter that builds a new, equal object does not query again.
  watch(() => JSON.stringify(toValue(variables)), observe, { immediate: true });
  onScopeDispose(() => unsubscribe());
  return { data, loading, error };
}
