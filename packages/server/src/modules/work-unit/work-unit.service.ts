import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { likePattern, paginate } from '../../common/paginate.js';
import type { Page } from '../../common/pagination.js';
import { WorkUnit, type WorkUnitKind } from './work-unit.entity.js';

export interface WorkUnitFilter {
  /** Children of this unit; `null` means top-level units only; `undefined` means any. */
  parentId?: number | null;
  kind?: WorkUnitKind | null;
  search?: string | null;
}

/** Reads the work-unit tree. */
export const workUnitService = {
  async get(em: SqlEntityManager, id: number): Promise<WorkUnit> {
    const unit = await em.findOne(WorkUnit, id);
    if (!unit) throw DomainError.notFound('Work unit', id);
    return unit;
  },

  async list(em: SqlEntityManager, filter: WorkUnitFilter, page: { limit: number; afterId: number | null }): Promise<Page<WorkUnit>> {
    const where: FilterQuery<WorkUnit> = {};
    if (filter.parentId !== undefined) where.parent = filter.parentId;
    if (filter.kind) where.kind = filter.kind;
    if (filter.search) where.name = { $ilike: likePattern(filter.search) };
    return paginate(em, WorkUnit, where, page);
  },

  /** Ids of a unit and every unit below it (one recursive query). */
  async subtreeIds(em: SqlEntityManager, rootId: number): Promise<number[]> {
    const rows = await em.getConnection().execute<{ id: number }[]>(
      `with recursive tree as (select id from work_unit where id = ? union all select w.id from work_unit w join tree t on w.parent_id = t.id) select id from tree`,
      [rootId],
    );
    if (rows.length === 0) throw DomainError.notFound('Work unit', rootId);
    return rows.map((r) => Number(r.id));
  },
};
