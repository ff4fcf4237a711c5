import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { sql } from '../../common/sql.js';
import { check, today } from '../../common/validate.js';
import { refuseOwnTraining, type Writer } from '../access/separation-of-duties.js';
import { analyticsRefresh } from '../analytics/analytics-refresh.js';
import { AssessmentMethod, CompetencyAssessment } from '../assessment/competency-assessment.entity.js';
import { Account } from '../auth/account.entity.js';
import { Competency } from '../competency/competency.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { CompetencyRule, Course, CourseCompetency } from './course.entity.js';
import { checkJpFitsDates } from './development-hours.js';
import { TrainingProvider } from './training-provider.entity.js';
import { TrainingRecord, TrainingStatus } from './training-record.entity.js';
import type {
  CompleteTrainingInput,
  CourseCompetencyInput,
  CreateCourseInput,
  CreateTrainingProviderInput,
  FailTrainingInput,
  ScheduleTrainingInput,
  StartTrainingInput,
  UpdateCourseInput,
  UpdateTrainingProviderInput,
} from './training.inputs.js';


async function checkCourseCompetencies(em: SqlEntityManager, links: CourseCompetencyInput[]) {
  const seen = new Set<number>();
  const checked = [];
  for (const [i, link] of links.entries()) {
    const at = `competencies[${i}]`;
    const competency = await check.exists(em, Competency, `${at}.competencyId`, link.competencyId, 'competency');
    if (seen.has(competency.id)) throw DomainError.badInput(`${at}.competencyId`, `${competency.code} is listed twice`);
    seen.add(competency.id);
    checked.push({ competency, targetLevel: check.level(`${at}.targetLevel`, link.targetLevel), rule: link.rule });
  }
  return checked;
}

/** A record may move PLANNED → ONGOING → COMPLETED or FAILED (or straight from PLANNED); the last two are final. */
function checkTransition(record: TrainingRecord, to: TrainingStatus): void {
  const allowed: Record<TrainingStatus, TrainingStatus[]> = {
    [TrainingStatus.PLANNED]: [TrainingStatus.ONGOING, TrainingStatus.COMPLETED, TrainingStatus.FAILED],
    [TrainingStatus.ONGOING]: [TrainingStatus.COMPLETED, TrainingStatus.FAILED],
    [TrainingStatus.COMPLETED]: [],
    [TrainingStatus.FAILED]: [],
  };
  if (!allowed[record.status].includes(to)) {
    throw new DomainError(ErrorCode.CONFLICT, `A training that is ${record.status} cannot become ${to}`, 'trainingRecordId');
  }
}

/** The catalogue and training records; each change in one transaction. */
export const trainingWriteService = {
  async createProvider(em: SqlEntityManager, input: CreateTrainingProviderInput): Promise<TrainingProvider> {
    return em.transactional(async (tx) => {
      const code = check.text('code', input.code, 40);
      const name = check.text('name', input.name, 200);
      await check.unique(tx, TrainingProvider, 'code', { code }, `A training provider with code ${code}`);
      const provider = tx.create(TrainingProvider, { code, name, kind: input.kind });
      return provider;
    });
  },

  async updateProvider(em: SqlEntityManager, input: UpdateTrainingProviderInput): Promise<TrainingProvider> {
    return em.transactional(async (tx) => {
      const provider = await check.target(tx, TrainingProvider, input.id, 'Training provider');
      if (input.name != null) provider.name = check.text('name', input.name, 200);
      if (input.kind != null) provider.kind = input.kind;
      return provider;
    });
  },

  async createCourse(em: SqlEntityManager, input: CreateCourseInput): Promise<Course> {
    return em.transactional(async (tx) => {
      const code = check.text('code', input.code, 40);
      const title = check.text('title', input.title, 300);
      const provider = await check.exists(tx, TrainingProvider, 'providerId', input.providerId, 'training provider');
      const jp = check.wholeNumber('jp', input.jp, 0);
      const links = await checkCourseCompetencies(tx, input.competencies);
      await check.unique(tx, Course, 'code', { code }, `A course with code ${code}`);
      const course = tx.create(Course, { code, title, provider, mode: input.mode, kind: input.kind, jp });
      for (const link of links) tx.create(CourseCompetency, { course, ...link });
      return course;
    });
  },

  async updateCourse(em: SqlEntityManager, input: UpdateCourseInput): Promise<Course> {
    return em.transactional(async (tx) => {
      const course = await check.target(tx, Course, input.id, 'Course');
      if (input.title != null) course.title = check.text('title', input.title, 300);
      if (input.providerId) course.provider = await check.exists(tx, TrainingProvider, 'providerId', input.providerId, 'training provider');
      if (input.mode != null) course.mode = input.mode;
      if (input.kind != null) course.kind = input.kind;
      if (input.jp != null) course.jp = check.wholeNumber('jp', input.jp, 0);
      if (input.competencies) {
        const links = await checkCourseCompetencies(tx, input.competencies);
        await tx.nativeDelete(CourseCompetency, { course });
        for (const link of links) tx.create(CourseCompetency, { course, ...link });
      }
      return course;
    });
  },

  async schedule(em: SqlEntityManager, input: ScheduleTrainingInput): Promise<TrainingRecord> {
    return em.transactional(async (tx) => {
      const employee = await check.exists(tx, Employee, 'employeeId', input.employeeId, 'employee');
      const course = await check.exists(tx, Course, 'courseId', input.courseId, 'course');
      const startDate = check.day('startDate', input.startDate);
      const endDate = input.endDate ? check.day('endDate', input.endDate) : null;
      if (endDate && endDate < startDate) throw DomainError.badInput('endDate', `endDate ${endDate} is before startDate ${startDate}`);
      const record = tx.create(TrainingRecord, { employee, course, status: TrainingStatus.PLANNED, startDate, endDate, jpEarned: 0 });
      return record;
    });
  },

  /** Starts a planned training; `writer` may not be its participant (separation-of-duties.ts). */
  async start(em: SqlEntityManager, input: StartTrainingInput, writer: Writer): Promise<TrainingRecord> {
    return em.transactional(async (tx) => {
      const record = await check.target(tx, TrainingRecord, input.trainingRecordId, 'Training record');
      refuseOwnTraining(writer, record.employee.id, 'trainingRecordId');
      checkTransition(record, TrainingStatus.ONGOING);
      if (input.startDate) record.startDate = check.day('startDate', input.startDate);
      if (record.startDate > today()) throw DomainError.badInput('startDate', `A training cannot start in the future (${record.startDate})`);
      if (record.endDate && record.endDate < record.startDate) record.endDate = null;
      record.status = TrainingStatus.ONGOING;
      return record;
    });
  },

  /**
   * Completes a training: it earns the course's JP, and each competency the course develops with
   * RAISE_TO_TARGET gains a TRAINING assessment at the target level on the last day, unless the
   * employee was already at or above it then. EVIDENCE_ONLY links add no level: the completed record
   * is the evidence, for an assessor to judge. `writer` may not be the participant, and the course's
   * JP must fit the dates (MAX_JP_PER_DAY).
   */
  async complete(em: SqlEntityManager, input: CompleteTrainingInput, writer: Writer): Promise<{ record: TrainingRecord; raised: CompetencyAssessment[] }> {
    return em.transactional(async (tx) => {
      const record = await check.target(tx, TrainingRecord, input.trainingRecordId, 'Training record');
      refuseOwnTraining(writer, record.employee.id, 'trainingRecordId');
      checkTransition(record, TrainingStatus.COMPLETED);
      const endDate = check.day('endDate', input.endDate);
      if (endDate < record.startDate) throw DomainError.badInput('endDate', `endDate ${endDate} is before the start ${record.startDate}`);
      if (endDate > today()) throw DomainError.badInput('endDate', `A training cannot be completed in the future (${endDate})`);
      const course = await tx.findOneOrFail(Course, record.course.id, { populate: ['competencies'] });
      checkJpFitsDates(course.jp, record.startDate, endDate);
      record.status = TrainingStatus.COMPLETED;
      record.endDate = endDate;
      record.jpEarned = course.jp;
      record.score = input.score == null ? null : check.range('score', input.score, 0, 100);
      record.certificateNumber = input.certificateNumber ? check.text('certificateNumber', input.certificateNumber, 100) : null;

      const raising = course.competencies.getItems().filter((link) => link.rule === CompetencyRule.RAISE_TO_TARGET);
      const raised: CompetencyAssessment[] = [];
      if (raising.length) {
        const rows = await sql<{ competency_id: number; level: number }>(
          tx,
          `select competency_id, level from competency_levels_as_of(?::date) where employee_id = ? and competency_id in (?)`,
          [endDate, record.employee.id, raising.map((link) => link.competency.id)],
        );
        const levelNow = new Map(rows.map((r) => [Number(r.competency_id), Number(r.level)]));
        for (const link of raising) {
          if ((levelNow.get(link.competency.id) ?? 0) >= link.targetLevel) continue;
          raised.push(
            tx.create(CompetencyAssessment, {
              employee: record.employee,
              competency: link.competency,
              level: link.targetLevel,
              method: AssessmentMethod.TRAINING,
              assessedOn: endDate,
              assessorName: null,
              note: `Pelatihan ${course.code}${record.certificateNumber ? ` (${record.certificateNumber})` : ''}`,
              enteredBy: writer.accountId === null ? null : tx.getReference(Account, writer.accountId),
            }),
          );
        }
      }
      if (raised.length) await analyticsRefresh.employees(tx, [record.employee]);
      return { record, raised };
    });
  },

  /** Records a failed training; `writer` may not be its participant (separation-of-duties.ts). */
  async fail(em: SqlEntityManager, input: FailTrainingInput, writer: Writer): Promise<TrainingRecord> {
    return em.transactional(async (tx) => {
      const record = await check.target(tx, TrainingRecord, input.trainingRecordId, 'Training record');
      refuseOwnTraining(writer, record.employee.id, 'trainingRecordId');
      checkTransition(record, TrainingStatus.FAILED);
      if (input.endDate) {
        const endDate = check.day('endDate', input.endDate);
        if (endDate < record.startDate) throw DomainError.badInput('endDate', `endDate ${endDate} is before the start ${record.startDate}`);
        record.endDate = endDate;
      }
      record.status = TrainingStatus.FAILED;
      record.jpEarned = 0;
      record.score = input.score == null ? null : check.range('score', input.score, 0, 100);
      return record;
    });
  },
};
