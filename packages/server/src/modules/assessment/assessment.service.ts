import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { paginate } from '../../common/paginate.js';
import { check } from '../../common/validate.js';
import type { Page } from '../../common/pagination.js';
import type { Access } from '../access/access.js';
import { workUnitService } from '../work-unit/work-unit.service.js';
import { type AssessmentMethod, CompetencyAssessment } from './competency-assessment.entity.js';
import { PotentialAssessment, type PotentialBand } from './potential-assessment.entity.js';

/** Reads assessments. */
export const assessmentService = {
  async list(
    em: SqlEntityManager,
    filter: { employeeId?: number | null; workUnitId?: number | null; competencyId?: number | null; method?: AssessmentMethod | null; from?: string | null; to?: string | null },
    page: { limit: number; afterId: number | null },
    access: Access,
  ): Promise<Page<CompetencyAssessment>> {
    const where: FilterQuery<CompetencyAssessment> = {};
    if (filter.employeeId) where.employee = filter.employeeId;
    if (filter.workUnitId) where.employee = { workUnit: { $in: await workUnitService.subtreeIds(em, filter.workUnitId) } };
    if (filter.competencyId) where.competency = filter.competencyId;
    if (filter.method) where.method = filter.method;
    const from = filter.from ? check.day('from', filter.from) : undefined;
    const to = filter.to ? check.day('to', filter.to) : undefined;
    if (from || to) where.assessedOn = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
    return paginate(em, CompetencyAssessment, await access.scopedToEmployees(where), page);
  },

  async listPotential(
    em: SqlEntityManager,
    filter: { workUnitId?: number | null; band?: PotentialBand | null },
    page: { limit: number; afterId: number | null },
    access: Access,
  ): Promise<Page<PotentialAssessment>> {
    const where: FilterQuery<PotentialAssessment> = {};
    if (filter.workUnitId) where.employee = { workUnit: { $in: await workUnitService.subtreeIds(em, filter.workUnitId) } };
    if (filter.band) where.band = filter.band;
    return paginate(em, PotentialAssessment, await access.scopedToEmployees(where), page);
  },
};
