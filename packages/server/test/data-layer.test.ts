import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { AssessmentMethod } from '../src/modules/assessment/competency-assessment.entity.js';
import { PerformanceEvaluation, Predikat, Rating } from '../src/modules/performance/performance-evaluation.entity.js';
import { EvaluationPeriod } from '../src/modules/performance/performance-evaluation.entity.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { factory } from './support/factories.js';

let t: TestDatabase;
let ids: { unit: number; position: number; competency: number; employee: number; course: number };

const sql = (text: string, params: unknown[] = []) => t.db.orm.em.getConnection().execute(text, params);

/** Runs a statement that must fail, and returns the constraint or message it failed on. */
async function violation(text: string, params: unknown[] = []): Promise<string> {
  try {
    await sql(text, params);
  } catch (error) {
    const e = error as { constraint?: string; message: string };
    return e.constraint ?? e.message;
  }
  throw new Error(`expected the database to reject: ${text}`);
}

beforeAll(async () => {
  t = await createTestDatabase();
  const em = t.db.orm.em.fork() as SqlEntityManager;
  const unit = factory.workUnit(em);
  const position = factory.position(em, unit);
  const competency = factory.competency(em);
  const employee = factory.employee(em, position);
  const course = factory.course(em);
  await em.flush();
  ids = { unit: unit.id, position: position.id, competency: competency.id, employee: employee.id, course: course.id };
});

afterAll(() => t?.drop());

describe('database constraints guard what the code guards', () => {
  it.each([
    ['a level above 5', 'insert into competency_assessment (employee_id, competency_id, level, method, assessed_on) values (:e, :c, 6, \'SELF\', \'2025-01-01\')', 'competency_assessment_level_check'],
    ['a level below 1', 'insert into competency_assessment (employee_id, competency_id, level, method, assessed_on) values (:e, :c, 0, \'SELF\', \'2025-01-01\')', 'competency_assessment_level_check'],
    ['an unknown assessment method', 'insert into competency_assessment (employee_id, competency_id, level, method, assessed_on) values (:e, :c, 3, \'GUESS\', \'2025-01-01\')', 'competency_assessment_method_check'],
    ['a required level of 7', 'insert into position_requirement (position_id, competency_id, required_level) values (:p, :c, 7)', 'position_requirement_level_check'],
    ['a weight of 0', 'insert into position_requirement (position_id, competency_id, required_level, weight) values (:p, :c, 3, 0)', 'position_requirement_weight_check'],
    ['negative JP earned', 'insert into training_record (employee_id, course_id, status, start_date, jp_earned) values (:e, :k, \'PLANNED\', \'2025-01-01\', -1)', 'training_record_jp_check'],
    ['a training that ends before it starts', 'insert into training_record (employee_id, course_id, status, start_date, end_date) values (:e, :k, \'PLANNED\', \'2025-02-01\', \'2025-01-31\')', 'training_record_dates_check'],
    ['a completed training without an end date', 'insert into training_record (employee_id, course_id, status, start_date) values (:e, :k, \'COMPLETED\', \'2025-02-01\')', 'training_record_completed_check'],
    ['a course of negative JP', 'insert into course (code, title, provider_id, mode, kind, jp) select \'NEG\', \'x\', provider_id, mode, kind, -2 from course limit 1', 'course_jp_check'],
    ['a NIP of 17 digits', 'insert into employee (nip, name, status, gender, birth_date, education_level, position_id, work_unit_id) values (\'19860926201505100\', \'x\', \'PNS\', \'MALE\', \'1986-09-26\', \'S1\', :p, :u)', 'employee_nip_check'],
    ['a NIP with month 13', 'insert into employee (nip, name, status, gender, birth_date, education_level, position_id, work_unit_id) values (\'198609262015131001\', \'x\', \'PNS\', \'MALE\', \'1986-09-26\', \'S1\', :p, :u)', 'employee_nip_check'],
    ['an unknown golongan', 'insert into employee (nip, name, status, golongan, gender, birth_date, education_level, position_id, work_unit_id) values (\'198609262015051009\', \'x\', \'PNS\', \'III/f\', \'MALE\', \'1986-09-26\', \'S1\', :p, :u)', 'employee_golongan_check'],
    ['a potential score above 100', 'insert into potential_assessment (employee_id, assessed_on, score, band) values (:e, \'2025-01-01\', 101, \'TINGGI\')', 'potential_assessment_score_check'],
  ])('rejects %s', async (_what, text, constraint) => {
    const params = text.replace(/:([epcuk])/g, (_m, key: string) => String({ e: ids.employee, p: ids.position, c: ids.competency, u: ids.unit, k: ids.course }[key]));
    expect(await violation(params)).toBe(constraint);
  });

  it('rejects a duplicate NIP', async () => {
    const [{ nip }] = await sql('select nip from employee where id = ?', [ids.employee]);
    expect(
      await violation(
        `insert into employee (nip, name, status, gender, birth_date, education_level, position_id, work_unit_id) values (?, 'x', 'PNS', 'FEMALE', '1985-04-12', 'S1', ?, ?)`,
        [nip, ids.position, ids.unit],
      ),
    ).toBe('employee_nip_unique');
  });

  it('keeps one requirement per position and competency', async () => {
    await sql('insert into position_requirement (position_id, competency_id, required_level) values (?, ?, 2)', [ids.position, ids.competency]);
    expect(await violation('insert into position_requirement (position_id, competency_id, required_level) values (?, ?, 3)', [ids.position, ids.competency])).toBe(
      'position_requirement_position_id_competency_id_unique',
    );
    await sql('delete from position_requirement where position_id = ?', [ids.position]);
  });

  it('keeps assessments append-only', async () => {
    await sql(`insert into competency_assessment (employee_id, competency_id, level, method, assessed_on) values (?, ?, 2, 'SELF', '2024-01-01')`, [ids.employee, ids.competency]);
    expect(await violation('update competency_assessment set level = 5')).toContain('append-only');
  });
});

describe('the current level is derived from the dated evidence', () => {
  let employee: number;
  let competency: number;

  beforeAll(async () => {
    const em = t.db.orm.em.fork() as SqlEntityManager;
    const unit = factory.workUnit(em);
    const e = factory.employee(em, factory.position(em, unit));
    const c = factory.competency(em);
    // 2023: assessment centre says 2. 2024-06-01: self says 4 and supervisor says 3 on the same day.
    factory.assessment(em, e, c, { level: 2, method: AssessmentMethod.ASSESSMENT_CENTER, assessedOn: '2023-03-01' });
    factory.assessment(em, e, c, { level: 4, method: AssessmentMethod.SELF, assessedOn: '2024-06-01' });
    factory.assessment(em, e, c, { level: 3, method: AssessmentMethod.SUPERVISOR, assessedOn: '2024-06-01' });
    // Recorded in advance for a future day: not current yet.
    factory.assessment(em, e, c, { level: 5, method: AssessmentMethod.UJI_KOMPETENSI, assessedOn: '2099-01-01' });
    await em.flush();
    employee = e.id;
    competency = c.id;
  });

  it('takes the latest day; on the same day the more authoritative method wins', async () => {
    const rows = await sql('select level, method, assessed_on::text as day from current_competency where employee_id = ? and competency_id = ?', [employee, competency]);
    expect(rows).toEqual([{ level: 3, method: 'SUPERVISOR', day: '2024-06-01' }]);
  });

  it('gives the state on any past day', async () => {
    const at = async (day: string) =>
      (await sql('select level from competency_levels_as_of(?::date) where employee_id = ? and competency_id = ?', [day, employee, competency]))[0]?.level ?? null;
    expect(await at('2023-02-28')).toBeNull(); // no data yet, which is not level 0
    expect(await at('2023-03-01')).toBe(2);
    expect(await at('2024-05-31')).toBe(2);
    expect(await at('2024-06-01')).toBe(3);
    expect(await at('2099-01-01')).toBe(5);
  });
});

describe('the SKP predikat is derived by the PermenPANRB 6/2022 matrix', () => {
  const { BELOW_EXPECTATION: BELOW, MEETS_EXPECTATION: MEETS, ABOVE_EXPECTATION: ABOVE } = Rating;
  // [hasil kerja (results), perilaku (behaviour), predikat] — the predikat table of PermenPANRB 6/2022, cell by cell.
  const matrix: [Rating, Rating, Predikat][] = [
    [ABOVE, BELOW, Predikat.KURANG],
    [ABOVE, MEETS, Predikat.BAIK],
    [ABOVE, ABOVE, Predikat.SANGAT_BAIK],
    [MEETS, BELOW, Predikat.KURANG],
    [MEETS, MEETS, Predikat.BAIK],
    [MEETS, ABOVE, Predikat.BAIK],
    [BELOW, BELOW, Predikat.SANGAT_KURANG],
    [BELOW, MEETS, Predikat.BUTUH_PERBAIKAN],
    [BELOW, ABOVE, Predikat.BUTUH_PERBAIKAN],
  ];

  it.each(matrix)('results %s × behaviour %s → %s', async (results, behaviour, predikat) => {
    const em = t.db.orm.em.fork() as SqlEntityManager;
    const employee = factory.employee(em, factory.position(em, factory.workUnit(em)));
    const evaluation = em.create(PerformanceEvaluation, { employee, year: 2025, period: EvaluationPeriod.ANNUAL, resultsRating: results, behaviourRating: behaviour });
    await em.flush();
    em.clear();
    const stored = await em.findOneOrFail(PerformanceEvaluation, evaluation.id);
    expect(stored.predikat).toBe(predikat);
  });

  it('cannot be typed by hand', async () => {
    expect(await violation(`update performance_evaluation set predikat = 'SANGAT_BAIK'`)).toMatch(/generated column|can only be updated to DEFAULT/);
  });
});
