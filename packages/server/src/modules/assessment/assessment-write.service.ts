import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { check, today } from '../../common/validate.js';
import { analyticsRefresh } from '../analytics/analytics-refresh.js';
import { POTENTIAL_THRESHOLDS } from '../../db/seed/reference/talent.js';
import { assessorOf, type Writer } from '../access/separation-of-duties.js';
import { Account } from '../auth/account.entity.js';
import { Competency } from '../competency/competency.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { CompetencyAssessment } from './competency-assessment.entity.js';
import type { RecordCompetencyAssessmentInput, RecordPotentialAssessmentInput } from './assessment.inputs.js';
import { PotentialAssessment, PotentialBand } from './potential-assessment.entity.js';


function notInFuture(field: string, day: string): string {
  check.day(field, day);
  if (day > today()) throw DomainError.badInput(field, `${field} ${day} is in the future`);
  return day;
}

export function potentialBand(score: number): PotentialBand {
  if (score >= POTENTIAL_THRESHOLDS.tinggi) return PotentialBand.TINGGI;
  if (score >= POTENTIAL_THRESHOLDS.menengah) return PotentialBand.MENENGAH;
  return PotentialBand.RENDAH;
}

/** Records evidence; assessments are never changed afterwards (append-only). */
export const assessmentWriteService = {
  /**
   * Records a competency assessment written by `writer`: the assessor is the writer, or the assessor
   * BKPSDM enters it for (separation-of-duties.ts); the writer's account is kept as `enteredBy`.
   */
  async recordCompetency(em: SqlEntityManager, input: RecordCompetencyAssessmentInput, writer: Writer): Promise<CompetencyAssessment> {
    return em.transactional(async (tx) => {
      const employee = await check.exists(tx, Employee, 'employeeId', input.employeeId, 'employee');
      const named = input.assessorId ? await check.exists(tx, Employee, 'assessorId', input.assessorId, 'employee') : null;
      // Who may judge whom comes before what the judgement says.
      const assessorId = assessorOf(writer, { employeeId: employee.id, method: input.method, assessorId: named?.id ?? null });
      const assessor = assessorId === null ? null : tx.getReference(Employee, assessorId);
      const competency = await check.exists(tx, Competency, 'competencyId', input.competencyId, 'competency');
      const level = check.level('level', input.level);
      const assessedOn = notInFuture('assessedOn', input.assessedOn);
      const assessorName = input.assessorName ? check.text('assessorName', input.assessorName, 200) : null;
      const note = input.note ? check.text('note', input.note, 4000) : null;
      const enteredBy = writer.accountId === null ? null : tx.getReference(Account, writer.accountId);
      const assessment = tx.create(CompetencyAssessment, { employee, competency, level, method: input.method, assessedOn, assessor, assessorName, note, enteredBy });
      await analyticsRefresh.employees(tx, [employee]);
      return assessment;
    });
  },

  async recordPotential(em: SqlEntityManager, input: RecordPotentialAssessmentInput): Promise<PotentialAssessment> {
    return em.transactional(async (tx) => {
      const employee = await check.exists(tx, Employee, 'employeeId', input.employeeId, 'employee');
      const assessedOn = notInFuture('assessedOn', input.assessedOn);
      const score = check.range('score', input.score, 0, 100);
      const potential = tx.create(PotentialAssessment, { employee, assessedOn, score, band: potentialBand(score) });
      return potential;
    });
  },
};
