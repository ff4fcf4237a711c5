import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { check } from '../../common/validate.js';
import { analyticsRefresh } from '../analytics/analytics-refresh.js';
import { Competency } from '../competency/competency.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import { PositionRequirement } from './position-requirement.entity.js';
import { Position } from './position.entity.js';
import type { CreatePositionInput, SetPositionStandardInput, UpdatePositionInput } from './position.inputs.js';

/** Changes to positions and their standards, each in one transaction. */
export const positionWriteService = {
  async create(em: SqlEntityManager, input: CreatePositionInput): Promise<Position> {
    return em.transactional(async (tx) => {
      const name = check.text('name', input.name, 200);
      const workUnit = await check.exists(tx, WorkUnit, 'workUnitId', input.workUnitId, 'work unit');
      const position = tx.create(Position, { name, kind: input.kind, workUnit });
      return position;
    });
  },

  async update(em: SqlEntityManager, input: UpdatePositionInput): Promise<Position> {
    return em.transactional(async (tx) => {
      const position = await check.target(tx, Position, input.id, 'Position');
      if (input.name != null) position.name = check.text('name', input.name, 200);
      if (input.kind != null) position.kind = input.kind;
      if (input.workUnitId) position.workUnit = await check.exists(tx, WorkUnit, 'workUnitId', input.workUnitId, 'work unit');
      if (input.kind != null) await analyticsRefresh.positionHolders(tx, position.id);
      return position;
    });
  },

  /** Replaces the standard: requirements not listed are removed. */
  async setStandard(em: SqlEntityManager, input: SetPositionStandardInput): Promise<Position> {
    return em.transactional(async (tx) => {
      const position = await check.target(tx, Position, input.positionId, 'Position');
      const seen = new Set<string>();
      const lines = [];
      for (const [i, line] of input.requirements.entries()) {
        const at = `requirements[${i}]`;
        const competency = await check.exists(tx, Competency, `${at}.competencyId`, line.competencyId, 'competency');
        if (seen.has(String(competency.id))) throw DomainError.badInput(`${at}.competencyId`, `${competency.code} is listed twice in the standard`);
        seen.add(String(competency.id));
        const requiredLevel = check.level(`${at}.requiredLevel`, line.requiredLevel);
        const weight = line.weight == null ? 1 : check.range(`${at}.weight`, line.weight, Number.MIN_VALUE, 100);
        lines.push({ competency, requiredLevel, weight, critical: line.critical ?? false });
      }
      await tx.nativeDelete(PositionRequirement, { position });
      for (const line of lines) tx.create(PositionRequirement, { position, ...line });
      await analyticsRefresh.positionHolders(tx, position.id);
      return position;
    });
  },
};
