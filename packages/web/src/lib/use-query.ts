import type { DocumentNode } from 'graphql';
import { onScopeDispose, ref, shallowRef, type Ref } from 'vue';
import { apolloClient } from '../apollo.ts';

export interface QueryState<T> {
  data: Ref<T | undefined>;
  loading: Ref<boolean>;
  error: Ref<Error | undefined>;
}

/**
 * Watches a query through the shared Apollo client (STACK.md: @vue/apollo-composable does not build
 * against @apollo/client 4, so this small composable stands in for it).
 */
export function useQuery<T>(query: DocumentNode, variables: Record<string, unknown> = {}): QueryState<T> {
  const data = shallowRef<T>();
  const loading = ref(true);
  const error = shallowRef<Error>();
  const subscription = apolloClient.watchQuery<T>({ query, variables }).subscribe({
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
  onScopeDispose(() => subscription.unsubscribe());
  return { data, loading, error };
}
