import type { GraphQLSchema } from 'graphql';
import { onMounted, readonly, ref, shallowRef, type DeepReadonly, type Ref, type ShallowRef } from 'vue';
import { fetchSchema } from '../console-http.ts';

export type SchemaStatus = 'loading' | 'ready' | 'forbidden' | 'unavailable';

export interface ConsoleSchema {
  schema: ShallowRef<GraphQLSchema | undefined>;
  status: DeepReadonly<Ref<SchemaStatus>>;
  reload: () => Promise<void>;
}

/**
 * The API's schema for completion and error marks, by introspection when the page opens. When the
 * server refuses it (introspection is for analysts and administrators) the console still runs
 * queries, without completion: `status` says which.
 */
export function useConsoleSchema(): ConsoleSchema {
  const schema = shallowRef<GraphQLSchema>();
  const status = ref<SchemaStatus>('loading');
  const reload = async () => {
    status.value = 'loading';
    const result = await fetchSchema();
    schema.value = result.ok ? result.schema : undefined;
    status.value = result.ok ? 'ready' : result.reason;
  };
  onMounted(reload);
  return { schema, status: readonly(status), reload };
}
