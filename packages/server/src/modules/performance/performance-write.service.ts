import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { check } from '../../common/validate.js';
import { evaluatorOf, type Writer } from '../access/separation-of-duties.js';
import { Account } from '../auth/account.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { PerformanceEvaluation } from './performance-evaluation.entity.js';
import type { RecordPerformanceEvaluationInput } from './performance.inputs.js';

/** Records SKP evaluations; one per employee, year and period. */
export const performanceWriteService = {
  /**
   * Records an SKP written by `writer`: never their own; the evaluator is the writer, or the
   * evaluator BKPSDM enters it for (separation-of-duties.ts); the writer's account is kept as `enteredBy`.
   */
  async record(em: SqlEntityManager, input: RecordPerformanceEvaluationInput, writer: Writer): Promise<PerformanceEvaluation> {
    const id = await em.transactional(async (tx) => {
      const employee = await check.exists(tx, Employee, 'employeeId', input.employeeId, 'employee');
      const named = input.evaluatorId ? await check.exists(tx, Employee, 'evaluatorId', input.evaluatorId, 'employee') : null;
      // Who may judge whom comes before what the judgement says.
      const evaluatorId = evaluatorOf(writer, { employeeId: employee.id, evaluatorId: named?.id ?? null });
      const evaluator = evaluatorId === null ? null : tx.getReference(Employee, evaluatorId);
      const year = check.range('year', input.year, 2000, new Date().getUTCFullYear());
      if (!Number.isInteger(year)) throw DomainError.badInput('year', 'year must be a whole year');
      const enteredBy = writer.accountId === null ? null : tx.getReference(Account, writer.accountId);
      const existing = await tx.findOne(PerformanceEvaluation, { employee, year, period: input.period });
      if (existing) throw new DomainError(ErrorCode.CONFLICT, `An SKP of this employee for ${input.period} ${year} already exists`, 'period');
      const evaluation = tx.create(PerformanceEvaluation, {
        employee,
        year,
        period: input.period,
        resultsRating: input.resultsRating,
        behaviourRating: input.behaviourRating,
        evaluator,
        enteredBy,
      });
      await tx.flush();
      return evaluation.id;
    });
    // The predikat is computed by the database: read the row back.
    return em.findOneOrFail(PerformanceEvaluation, id, { refresh: true });
  },
};
