import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { check } from '../../common/validate.js';
import { analyticsRefresh } from '../analytics/analytics-refresh.js';
import { WorkUnit } from './work-unit.entity.js';
import type { CreateWorkUnitInput, UpdateWorkUnitInput } from './work-unit.inputs.js';
import { workUnitService } from './work-unit.service.js';

/** Changes to the work-unit tree, each in one transaction. */
export const workUnitWriteService = {
  async create(em: SqlEntityManager, input: CreateWorkUnitInput): Promise<WorkUnit> {
    return em.transactional(async (tx) => {
      const code = check.text('code', input.code, 40);
      const name = check.text('name', input.name, 200);
      const shortName = input.shortName ? check.text('shortName', input.shortName, 60) : null;
      const parent = input.parentId ? await check.exists(tx, WorkUnit, 'parentId', input.parentId, 'work unit') : null;
      await check.unique(tx, WorkUnit, 'code', { code }, `A work unit with code ${code}`);
      const unit = tx.create(WorkUnit, { code, name, shortName, kind: input.kind, parent });
      await analyticsRefresh.closure(tx);
      return unit;
    });
  },

  async update(em: SqlEntityManager, input: UpdateWorkUnitInput): Promise<WorkUnit> {
    return em.transactional(async (tx) => {
      const unit = await check.target(tx, WorkUnit, input.id, 'Work unit');
      if (input.code != null) {
        unit.code = check.text('code', input.code, 40);
        await check.unique(tx, WorkUnit, 'code', { code: unit.code }, `A work unit with code ${unit.code}`, unit.id);
      }
      if (input.name != null) unit.name = check.text('name', input.name, 200);
      if (input.shortName != null) unit.shortName = input.shortName ? check.text('shortName', input.shortName, 60) : null;
      if (input.kind != null) unit.kind = input.kind;
      if (input.parentId && input.makeTopLevel) throw DomainError.badInput('makeTopLevel', 'Give parentId or makeTopLevel, not both');
      if (input.makeTopLevel) unit.parent = null;
      if (input.parentId) {
        const parent = await check.exists(tx, WorkUnit, 'parentId', input.parentId, 'work unit');
        const below = await workUnitService.subtreeIds(tx, unit.id);
        if (below.includes(parent.id)) throw DomainError.badInput('parentId', 'A unit cannot move below itself or one of its own sub-units');
        unit.parent = parent;
      }
      if (input.parentId || input.makeTopLevel) await analyticsRefresh.tree(tx);
      return unit;
    });
  },
};
