import type { EntityName, FilterQuery, FindOptions } from '@mikro-orm/core';
import type { QueryBuilder, SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from './errors.js';
import type { Page } from './pagination.js';

/**
 * One page of records in id order (keyset pagination: `id > after`), and the count of the whole
 * list, run only if the client asks for `totalCount` (at national scale a count is the dearer part).
 */
export async function paginate<T extends { id: number }>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: { limit: number; afterId: number | null },
  options: Pick<FindOptions<T>, 'populate'> = {},
): Promise<Page<T>> {
  const pageWhere = (page.afterId === null ? where : { $and: [where, { id: { $gt: page.afterId } }] }) as FilterQuery<T>;
  const rows = await em.find(entity, pageWhere, { ...options, orderBy: { id: 'asc' } as never, limit: page.limit + 1 } as FindOptions<T>);
  return { nodes: rows.slice(0, page.limit), count: () => em.count(entity, where), hasNextPage: rows.length > page.limit, afterId: page.afterId };
}

/** The longest `search` text accepted: a name with its academic titles, or a NIP (18 digits). A pattern match costs its length times every row scanned. */
export const MAX_SEARCH_LENGTH = 100;

/** Escapes `%`, `_` and `\` so user text matches literally inside LIKE patterns; refuses a text longer than MAX_SEARCH_LENGTH. */
export function likePattern(text: string, field = 'search'): string {
  if (text.length > MAX_SEARCH_LENGTH) throw DomainError.badInput(field, `${field} is at most ${MAX_SEARCH_LENGTH} characters`);
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}

/** One page of a query-builder query (for filters that need SQL of their own), keyset on `id`. */
export async function paginateQuery<T extends { id: number }>(qb: QueryBuilder<T>, page: { limit: number; afterId: number | null }): Promise<Page<T>> {
  const pageQb = qb.clone();
  if (page.afterId !== null) pageQb.andWhere({ id: { $gt: page.afterId } } as never);
  const rows = await pageQb.orderBy({ id: 'asc' } as never).limit(page.limit + 1).getResultList();
  return { nodes: rows.slice(0, page.limit), count: () => qb.clone().getCount(), hasNextPage: rows.length > page.limit, afterId: page.afterId };
}
