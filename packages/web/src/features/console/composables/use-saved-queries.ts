import { ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { session } from '../../session/use-session.ts';
import { loadSavedQueries, storeSavedQueries, withSavedQuery, withoutSavedQuery, type SavedQuery } from '../saved-queries.ts';

export interface SavedQueries {
  list: Ref<SavedQuery[]>;
  save: (name: string, query: string, variables: string) => void;
  remove: (name: string) => void;
}

/**
 * The signed-in account's saved queries, kept in this browser's localStorage under the account's id
 * (the session's, by default; nobody signed in has a list of its own), so people sharing a browser
 * keep theirs apart. The one place to change when the server starts keeping them.
 */
export function useSavedQueries(userId: MaybeRefOrGetter<string | null> = () => session.account?.id ?? null): SavedQueries {
  const list = ref<SavedQuery[]>([]);
  watch(() => toValue(userId), (id) => (list.value = loadSavedQueries(localStorage, id)), { immediate: true });

  const persist = (next: SavedQuery[]) => {
    list.value = next;
    storeSavedQueries(localStorage, toValue(userId), next);
  };
  return {
    list,
    save: (name, query, variables) => persist(withSavedQuery(list.value, { name, query, variables, savedAt: new Date().toISOString() })),
    remove: (name) => persist(withoutSavedQuery(list.value, name)),
  };
}
