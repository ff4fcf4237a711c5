import { describe, expect, it } from 'vitest';
import {
  MAX_SAVED_QUERIES,
  loadSavedQueries,
  savedQueriesKey,
  storeSavedQueries,
  withSavedQuery,
  withoutSavedQuery,
  type KeyValueStore,
  type SavedQuery,
} from './saved-queries.ts';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

const entry = (name: string, query = '{ a }'): SavedQuery => ({ name, query, variables: '', savedAt: '2026-11-27T10:00:00.000Z' });

describe('saved queries', () => {
  it('keeps one list per user', () => {
    const store = memoryStore();
    storeSavedQueries(store, 'u1', [entry('mine')]);
    storeSavedQueries(store, null, [entry('anon')]);
    expect(loadSavedQueries(store, 'u1').map((q) => q.name)).toEqual(['mine']);
    expect(loadSavedQueries(store, 'u2')).toEqual([]);
    expect(loadSavedQueries(store, null).map((q) => q.name)).toEqual(['anon']);
    expect([...store.data.keys()].sort()).toEqual([savedQueriesKey(null), savedQueriesKey('u1')].sort());
  });

  it('reads damaged storage as an empty list and skips malformed entries', () => {
    const store = memoryStore();
    store.setItem(savedQueriesKey('u'), '{not json');
    expect(loadSavedQueries(store, 'u')).toEqual([]);
    store.setItem(savedQueriesKey('u'), JSON.stringify([entry('ok'), { name: 3 }, null]));
    expect(loadSavedQueries(store, 'u').map((q) => q.name)).toEqual(['ok']);
  });

  it('puts a new save first and replaces one of the same name', () => {
    let list = withSavedQuery([], entry('Satu'));
    list = withSavedQuery(list, entry('Dua'));
    list = withSavedQuery(list, entry(' satu ', '{ b }'));
    expect(list.map((q) => [q.name, q.query])).toEqual([
      ['satu', '{ b }'],
      ['Dua', '{ a }'],
    ]);
  });

  it('keeps at most the newest hundred', () => {
    let list: SavedQuery[] = [];
    for (let i = 0; i <= MAX_SAVED_QUERIES; i++) list = withSavedQuery(list, entry(`q${i}`));
    expect(list).toHaveLength(MAX_SAVED_QUERIES);
    expect(list[0].name).toBe(`q${MAX_SAVED_QUERIES}`);
  });

  it('removes by name', () => {
    expect(withoutSavedQuery([entry('a'), entry('b')], 'a').map((q) => q.name)).toEqual(['b']);
  });
});
