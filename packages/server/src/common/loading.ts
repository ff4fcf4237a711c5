import { Collection, type EntityClass, type FilterQuery, type Primary, Reference, wrap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { LoaderFactory, LoaderRegistry } from './loaders.js';

/**
 * Loads a many-to-one relation through MikroORM's per-request dataloader: every call made while
 * resolving one level of a query is batched into a single `where id in (...)` (no N+1). An entity
 * already in the request's identity map is returned as it is, without a trip through the loader.
 */
export function loadRelation<T extends object>(entity: T | null | undefined): T | null | Promise<T | null> {
  if (!entity) return null;
  // Returned as a value, not a promise: GraphQL resolves plain values without a trip through the
  // microtask queue, which matters for lists of thousands (a page of employees with their gaps).
  if (wrap(entity, true).isInitialized()) return entity;
  return Reference.create(entity).load({ dataloader: true }) as Promise<T>;
}

/** Loads a one-to-many collection through the dataloader, batched like `loadRelation`. */
export async function loadCollection<T extends object>(collection: Collection<T>): Promise<T[]> {
  if (collection.isInitialized()) return collection.getItems();
  const loaded = await collection.load({ dataloader: true });
  return loaded.getItems();
}

const byIdFactories = new Map<string, LoaderFactory<number, unknown>>();

/**
 * An entity by id when only the id is at hand (read models carry ids, not references): from the
 * request's identity map as a plain value when it is there, otherwise through one loader per entity
 * class that collects every id asked for at one level (each id once) into a single `where id in`.
 * Thousands of rows pointing at a few dozen entities cost one statement and no promise per row.
 */
export function loadById<T extends object>(em: SqlEntityManager, loaders: LoaderRegistry, entity: EntityClass<T>, id: number): T | Promise<T | null> {
  const known = em.getUnitOfWork().getById<T>(entity.name, id as Primary<T>);
  if (known && wrap(known, true).isInitialized()) return known;
  let factory = byIdFactories.get(entity.name) as LoaderFactory<number, T | null> | undefined;
  if (!factory) {
    factory = (em) =>
      new DataLoader(async (ids) => {
        const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
        const byId = new Map(rows.map((row) => [Number(wrap(row, true).getPrimaryKey()), row]));
        return ids.map((key) => byId.get(key) ?? null);
      });
    byIdFactories.set(entity.name, factory as LoaderFactory<number, unknown>);
  }
  return loaders.get(factory).load(id);
}
