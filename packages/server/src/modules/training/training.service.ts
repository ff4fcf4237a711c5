import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import type { Access } from '../access/access.js';
import { likePattern, paginate } from '../../common/paginate.js';
import type { Page } from '../../common/pagination.js';
import { check } from '../../common/validate.js';
import { workUnitService } from '../work-unit/work-unit.service.js';
import { Course, type CourseMode, type TrainingKind } from './course.entity.js';
import { TrainingProvider, type ProviderKind } from './training-provider.entity.js';
import { TrainingRecord, type TrainingStatus } from './training-record.entity.js';

type PageRequest = { limit: number; afterId: number | null };

export interface TrainingRecordFilter {
  employeeId?: number | null;
  workUnitId?: number | null;
  courseId?: number | null;
  providerId?: number | null;
  /** Trainings running during this year. */
  year?: number | null;
  kind?: TrainingKind | null;
  status?: TrainingStatus | null;
  providerKind?: ProviderKind | null;
  /** Trainings that ended on or after this day. */
  endedFrom?: string | null;
  /** Trainings that ended on or before this day. */
  endedTo?: string | null;
}

/** Reads the course catalogue and training history. */
export const trainingService = {
  async getCourse(em: SqlEntityManager, id: number): Promise<Course> {
    const course = await em.findOne(Course, id);
    if (!course) throw DomainError.notFound('Course', id);
    return course;
  },

  listCourses(
    em: SqlEntityManager,
    filter: { providerId?: number | null; kind?: TrainingKind | null; mode?: CourseMode | null; competencyId?: number | null; search?: string | null },
    page: PageRequest,
  ): Promise<Page<Course>> {
    const where: FilterQuery<Course> = {};
    if (filter.providerId) where.provider = filter.providerId;
    if (filter.kind) where.kind = filter.kind;
    if (filter.mode) where.mode = filter.mode;
    if (filter.competencyId) where.competencies = { competency: filter.competencyId };
    if (filter.search) where.title = { $ilike: likePattern(filter.search) };
    return paginate(em, Course, where, page);
  },

  listProviders(em: SqlEntityManager, filter: { kind?: ProviderKind | null }, page: PageRequest): Promise<Page<TrainingProvider>> {
    return paginate(em, TrainingProvider, filter.kind ? { kind: filter.kind } : {}, page);
  },

  async listRecords(em: SqlEntityManager, filter: TrainingRecordFilter, page: PageRequest, access: Access): Promise<Page<TrainingRecord>> {
    const where: FilterQuery<TrainingRecord> = {};
    if (filter.employeeId) where.employee = filter.employeeId;
    if (filter.workUnitId) where.employee = { workUnit: { $in: await workUnitService.subtreeIds(em, filter.workUnitId) } };
    if (filter.courseId) where.course = filter.courseId;
    if (filter.providerId) where.course = { ...(filter.courseId ? { id: filter.courseId } : {}), provider: filter.providerId };
    if (filter.kind) where.course = { ...(where.course as object), kind: filter.kind };
    if (filter.providerKind) where.course = { ...(where.course as object), provider: { kind: filter.providerKind } };
    if (filter.status) where.status = filter.status;
    const endedFrom = filter.endedFrom ? check.day('endedFrom', filter.endedFrom) : null;
    const endedTo = filter.endedTo ? check.day('endedTo', filter.endedTo) : null;
    if (endedFrom || endedTo) where.endDate = { ...(endedFrom ? { $gte: endedFrom } : {}), ...(endedTo ? { $lte: endedTo } : {}) };
    if (filter.year) {
      where.startDate = { $lte: `${filter.year}-12-31` };
      where.$or = [{ endDate: { $gte: `${filter.year}-01-01` } }, { endDate: null, startDate: { $gte: `${filter.year}-01-01` } }];
    }
    return paginate(em, TrainingRecord, await access.scopedToEmployees(where), page);
  },
};
