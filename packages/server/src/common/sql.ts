import type { SqlEntityManager } from '@mikro-orm/postgresql';

/**
 * Runs SQL on the EntityManager's connection, inside its transaction when it has one (a plain
 * `getConnection().execute()` would run outside it and miss the transaction's own writes).
 */
export function sql<T = Record<string, unknown>>(em: SqlEntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(text, params, 'all', em.getTransactionContext());
}
