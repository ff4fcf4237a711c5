/**
 * A GraphQL result as a table: the first list in the answer becomes the rows, its objects flattened
 * into dotted columns (`position.name`). Pure: no Vue, no DOM.
 */

export type TableValue = string | number | boolean | null;

export interface ResultTable {
  /** Where the rows come from, e.g. ['workUnit', 'employees', 'nodes']; [] for the whole answer. */
  path: string[];
  /** Column names in order of first appearance: dotted paths inside a row. */
  columns: string[];
  rows: TableValue[][];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first list in the answer, depth first in the order of the fields (the order they are read in
 * the JSON): its path and items. Lists inside that list stay inside its rows.
 */
export function findFirstList(value: unknown, path: string[] = []): { path: string[]; items: Json[] } | null {
  if (Array.isArray(value)) return { path, items: value as Json[] };
  if (!isObject(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = findFirstList(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * One row's cells by column name: nested objects become dotted names, lists become their JSON text
 * (a list of scalars, e.g. ["a","b"], stays readable that way), scalars stay as they are.
 */
export function flattenRow(value: Json, prefix = ''): Map<string, TableValue> {
  const cells = new Map<string, TableValue>();
  const visit = (v: Json, name: string) => {
    if (isObject(v)) {
      const entries = Object.entries(v);
      if (entries.length === 0) cells.set(name, null);
      for (const [key, child] of entries) visit(child, name ? `${name}.${key}` : key);
    } else if (Array.isArray(v)) {
      cells.set(name, JSON.stringify(v));
    } else {
      cells.set(name, v);
    }
  };
  // A list of scalars gives a single column, named after the list.
  visit(value, prefix);
  return cells;
}

/**
 * The table of a GraphQL `data` object: the rows of its first list, or, when it holds no list, one
 * row with every value of the answer. Null when there is no data at all.
 */
export function toResultTable(data: unknown): ResultTable | null {
  if (!isObject(data)) return null;
  const list = findFirstList(data);
  const items: Json[] = list ? list.items : [data];
  const path = list ? list.path : [];
  const valueColumn = path.at(-1) ?? 'value';
  const flattened = items.map((item) => flattenRow(item, isObject(item) ? '' : valueColumn));
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of flattened) {
    for (const name of row.keys()) {
      if (!seen.has(name)) {
        seen.add(name);
        columns.push(name);
      }
    }
  }
  return { path, columns, rows: flattened.map((row) => columns.map((name) => row.get(name) ?? null)) };
}
