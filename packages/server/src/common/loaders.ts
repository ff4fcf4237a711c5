import type { EntityClass, EntityName, FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/**
 * Makes a batching loader for one request; modules export these next to the SQL they run. `variant`
 * separates loaders of the same kind whose calls carry different arguments (e.g. a year filter).
 */
export type LoaderFactory<K, V> = (em: SqlEntityManager, variant: string) => DataLoader<K, V>;

/**
 * The per-request set of loaders: each factory is instantiated once per request, so every field
 * resolved at one level of a query shares one batch (one SQL statement), and nothing is cached
 * across requests.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, Map<string, DataLoader<unknown, unknown>>>();

  constructor(private readonly em: SqlEntityManager) {}

  get<K, V>(factory: LoaderFactory<K, V>, variant = ''): DataLoader<K, V> {
    const key = factory as LoaderFactory<unknown, unknown>;
    let variants = this.loaders.get(key);
    if (!variants) this.loaders.set(key, (variants = new Map()));
    let loader = variants.get(variant);
    if (!loader) variants.set(variant, (loader = factory(this.em, variant) as DataLoader<unknown, unknown>));
    return loader as DataLoader<K, V>;
  }
}

/** Groups rows by a key, in the order of `keys` (what DataLoader expects back). */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * A loader of the records that point at an owner (e.g. an employee's training records): one
 * `where <fk> in (...)` for every owner resolved at the same level. `where` reads the variant.
 */
export function ownedListLoader<T extends object>(
  entity: EntityName<T>,
  foreignKey: keyof T & string,
  orderBy: Record<string, 'asc' | 'desc'>,
  where: (variant: string) => FilterQuery<T> = () => ({}) as FilterQuery<T>,
): LoaderFactory<number, T[]> {
  return (em, variant) =>
    new DataLoader(async (ids) => {
      const rows = await em.find(entity, { $and: [{ [foreignKey]: { $in: [...ids] } }, where(variant)] } as FilterQuery<T>, {
        orderBy: orderBy as never,
      });
      return groupBy(ids, rows, (row) => Number((row[foreignKey] as { id: number }).id));
    });
}

const ownedFactories = new Map<string, LoaderFactory<number, unknown[]>>();

/** The records of `entity` whose `foreignKey` points at `ownerId`, in id order, batched per request. */
export function ownedList<T extends object>(
  loaders: LoaderRegistry,
  entity: EntityClass<T>,
  foreignKey: keyof T & string,
  ownerId: number,
): Promise<T[]> {
  const key = `${entity.name}.${foreignKey}`;
  let factory = ownedFactories.get(key) as LoaderFactory<number, T[]> | undefined;
  if (!factory) {
    factory = ownedListLoader(entity, foreignKey, { id: 'asc' });
    ownedFactories.set(key, factory as LoaderFactory<number, unknown[]>);
  }
  return loaders.get(factory).load(ownerId);
}
