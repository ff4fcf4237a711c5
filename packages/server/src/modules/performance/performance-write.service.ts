import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { check } from '../../common/validate.js';
import { Employee } from '../employee/employee.entity.js';
import { PerformanceEvaluation } from './performance-evaluation.entity.js';
import type { RecordPerformanceEvaluationInput } from './performance.inputs.js';

/** Records SKP evaluations; one per employee, year and period. */
export const performanceWriteService = {
  async record(em: SqlEntityManager, input: RecordPerformanceEvaluationInput): Promise<PerformanceEvaluation> {
    const id = await em.transactional(async (tx) => {
      const employee = await check.exists(tx, Employee, 'employeeId', input.employeeId, 'employee');
      const year = check.range('year', input.year, 2000, new Date().getUTCFullYear());
      if (!Number.isInteger(year)) throw DomainError.badInput('year', 'year must be a whole year');
      const evaluator = input.evaluatorId ? await check.exists(tx, Employee, 'evaluatorId', input.evaluatorId, 'employee') : null;
      if (evaluator?.id === employee.id) throw DomainError.badInput('evaluatorId', 'An employee cannot evaluate their own SKP');
      const existing = await tx.findOne(PerformanceEvaluation, { employee, year, period: input.period });
      if (existing) throw new DomainError(ErrorCode.CONFLICT, `An SKP of this employee for ${input.period} ${year} already exists`, 'period');
      const evaluation = tx.create(PerformanceEvaluation, {
        employee,
        year,
        period: input.period,
        resultsRating: input.resultsRating,
        behaviourRating: input.behaviourRating,
        evaluator,
      });
      await tx.flush();
      return evaluation.id;
    });
    // The predikat is computed by the database: read the row back.
    return em.findOneOrFail(PerformanceEvaluation, id, { refresh: true });
  },
};
