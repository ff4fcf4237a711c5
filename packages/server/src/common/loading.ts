import { Collection, Reference, wrap } from '@mikro-orm/core';

/**
 * Loads a many-to-one relation through MikroORM's per-request dataloader: every call made while
 * resolving one level of a query is batched into a single `where id in (...)` (no N+1). An entity
 * already in the request's identity map is returned as it is, without a trip through the loader.
 */
export async function loadRelation<T extends object>(entity: T | null | undefined): Promise<T | null> {
  if (!entity) return null;
  if (wrap(entity, true).isInitialized()) return entity;
  return Reference.create(entity).load({ dataloader: true }) as Promise<T>;
}

/** Loads a one-to-many collection through the dataloader, batched like `loadRelation`. */
export async function loadCollection<T extends object>(collection: Collection<T>): Promise<T[]> {
  if (collection.isInitialized()) return collection.getItems();
  const loaded = await collection.load({ dataloader: true });
  return loaded.getItems();
}
