/**
 * Saved queries of the console, one list per user, in the browser's storage (until the server keeps
 * them). Pure over a Storage-like object, so it is tested without a browser.
 */

export interface SavedQuery {
  name: string;
  query: string;
  variables: string;
  /** ISO timestamp of the last save. */
  savedAt: string;
}

/** The part of the Web Storage API used here. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export const MAX_SAVED_QUERIES = 100;

/** The storage key of a user's list; 'anonymous' until sign-in names the user. */
export function savedQueriesKey(userId: string | null): string {
  return `kompetensi.console.saved.${userId ?? 'anonymous'}`;
}

function isSavedQuery(value: unknown): value is SavedQuery {
  const v = value as SavedQuery;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.query === 'string' && typeof v.variables === 'string' && typeof v.savedAt === 'string';
}

/** A user's saved queries, newest first; an unreadable entry reads as an empty list. */
export function loadSavedQueries(store: KeyValueStore, userId: string | null): SavedQuery[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(savedQueriesKey(userId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isSavedQuery) : [];
  } catch {
    return [];
  }
}

export function storeSavedQueries(store: KeyValueStore, userId: string | null, list: readonly SavedQuery[]): void {
  store.setItem(savedQueriesKey(userId), JSON.stringify(list));
}

/** The list with `entry` first; an entry of the same name (ignoring case and outer spaces) is replaced. */
export function withSavedQuery(list: readonly SavedQuery[], entry: SavedQuery): SavedQuery[] {
  const name = entry.name.trim();
  const same = (q: SavedQuery) => q.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase();
  return [{ ...entry, name }, ...list.filter((q) => !same(q))].slice(0, MAX_SAVED_QUERIES);
}

export function withoutSavedQuery(list: readonly SavedQuery[], name: string): SavedQuery[] {
  return list.filter((q) => q.name !== name);
}
