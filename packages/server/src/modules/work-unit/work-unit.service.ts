import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { DomainError } from '../../common/errors.js';
import { groupBy, type LoaderFactory } from '../../common/loaders.js';
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

  /** By id or by code: exactly one of them. */
  async find(em: SqlEntityManager, key: { id?: number; code?: string | null }): Promise<WorkUnit> {
    if ((key.id == null) === (key.code == null)) throw DomainError.badInput('id', 'Give either id or code, not both and not neither');
    if (key.id != null) return this.get(em, key.id);
    const unit = await em.findOne(WorkUnit, { code: key.code! });
    if (!unit) throw DomainError.notFound('Work unit', key.code!);
    return unit;
  },

  /** Ancestors of many units, top-down, in one recursive statement. */
  ancestorsLoader: ((em) =>
    new DataLoader<number, WorkUnit[]>(async (ids) => {
      const rows = await em.getConnection().execute<{ unit_id: number; ancestor_id: number; depth: number }[]>(
        `with recursive up as (
           select w.id as unit_id, w.parent_id as ancestor_id, 1 as depth from work_unit w where w.id in (?) and w.parent_id is not null
           union all
           select up.unit_id, p.parent_id, up.depth + 1 from up join work_unit p on p.id = up.ancestor_id where p.parent_id is not null)
         select unit_id, ancestor_id, depth from up order by unit_id, depth desc`,
        [ids],
      );
      const units = await em.find(WorkUnit, { id: { $in: [...new Set(rows.map((r) => Number(r.ancestor_id)))] } });
      const byId = new Map(units.map((u) => [u.id, u]));
      return groupBy(ids, rows, (r) => Number(r.unit_id)).map((group) => group.map((r) => byId.get(Number(r.ancestor_id))!));
    })) as LoaderFactory<number, WorkUnit[]>,

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
