import type { OperationVariables } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { apolloClient } from '../apollo.ts';

export interface QueryState<T> {
  data: Ref<T | undefined>;
  loading: Ref<boolean>;
  error: Ref<Error | undefined>;
}

/**
 * Watches a query through the shared Apollo client (STACK.md: @vue/apollo-composable does not build
 * against @apollo/client 4, so this small composable stands in for it). `variables` may be a ref or a
 * getter: when its value changes the query is watched again with the new variables (answers already
 * in the cache come back at once).
 */
export function useQuery<T, V extends OperationVariables = OperationVariables>(
  query: DocumentNode,
  variables: MaybeRefOrGetter<V> = {} as V,
): QueryState<T> {
  const data = shallowRef<T>();
  const loading = ref(true);
  const error = shallowRef<Error>();
  let unsubscribe = () => {};

  const observe = (json: string) => {
    unsubscribe();
    loading.value = true;
    error.value = undefined;
    const subscription = apolloClient.watchQuery<T, V>({ query, variables: JSON.parse(json) as V }).subscribe({
      next: (result) => {
        data.value = (result.data ?? undefined) as T | undefined;
        loading.value = result.loading;
        error.value = result.error ?? undefined;
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
