import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { paginate } from '../../common/paginate.js';
import type { Page } from '../../common/pagination.js';
import { Competency, type CompetencyKind } from './competency.entity.js';

/** Reads the competency dictionary. */
export const competencyService = {
  async get(em: SqlEntityManager, id: number): Promise<Competency> {
    const competency = await em.findOne(Competency, id);
    if (!competency) throw DomainError.notFound('Competency', id);
    return competency;
  },

  async byCode(em: SqlEntityManager, code: string): Promise<Competency> {
    const competency = await em.findOne(Competency, { code });
    if (!competency) throw DomainError.notFound('Competency', code);
    return competency;
  },

  list(em: SqlEntityManager, filter: { kind?: CompetencyKind | null }, page: { limit: number; afterId: number | null }): Promise<Page<Competency>> {
    const where: FilterQuery<Competency> = filter.kind ? { kind: filter.kind } : {};
    return paginate(em, Competency, where, page);
  },
};
