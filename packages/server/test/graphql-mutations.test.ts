import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_TABLES, seedDemo } from '../src/db/seed/demo-seed.js';
import { formatNip } from '../src/modules/employee/nip.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

let t: TestDatabase;
let api: TestApp;
const sql = (text: string, params: unknown[] = []) => t.db.orm.em.getConnection().execute(text, params);
const one = async (text: string, params: unknown[] = []) => (await sql(text, params))[0];

/** Every row of every table, hashed: "nothing was written" means this did not change. */
async function fingerprint(): Promise<string> {
  const parts: string[] = [];
  for (const table of SEEDED_TABLES) {
    const [row] = await sql(`select md5(coalesce(string_agg(to_jsonb(t)::text, '|' order by t.id), '')) as hash from ${table} t`);
    parts.push(`${table}:${row.hash}`);
  }
  return parts.join('\n');
}

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function ok(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const { data, errors } = await api.graphql<Data>(query, variables);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!;
}

// Fixtures from the demo data, read once.
let f: {
  employee: number;
  other: number;
  supervisor: number;
  report: number;
  position: number;
  positionB: number;
  unit: number;
  competency: number;
  competencyB: number;
  digitalGroup: number;
  provider: number;
  course: number;
  completedRecord: number;
  evaluated: { employee: number; year: number };
};

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, { employees: 300, seed: 11, today: '2026-11-27' });
  api = await startTestApp(t.db);
  // An employee in the middle of the list, apart from the two at the end that the tests change.
  const report = await one(`select id, supervisor_id from employee where supervisor_id is not null order by id limit 1 offset 100`);
  const positions = await sql(`select id, work_unit_id from position order by id limit 2`);
  const competencies = await sql(`select id from competency where kind = 'TEKNIS' order by id limit 2`);
  const evaluated = await one(`select employee_id, year from performance_evaluation order by id limit 1`);
  f = {
    employee: Number((await one(`select id from employee order by id desc limit 1`)).id),
    other: Number((await one(`select id from employee order by id desc offset 1 limit 1`)).id),
    supervisor: Number(report.supervisor_id),
    report: Number(report.id),
    position: Number(positions[0].id),
    positionB: Number(positions[1].id),
    unit: Number(positions[1].work_unit_id),
    competency: Number(competencies[0].id),
    competencyB: Number(competencies[1].id),
    digitalGroup: Number((await one(`select id from competency_group where kind = 'DIGITAL' order by id limit 1`)).id),
    provider: Number((await one(`select id from training_provider order by id limit 1`)).id),
    course: Number((await one(`select id from course order by id limit 1`)).id),
    completedRecord: Number((await one(`select id from training_record where status = 'COMPLETED' order by id limit 1`)).id),
    evaluated: { employee: Number(evaluated.employee_id), year: Number(evaluated.year) },
  };
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});

describe('employees', () => {
  it('creates an employee, taking birth date and gender from the NIP', async () => {
    const nip = formatNip('1993-07-14', 2019, 3, 'FEMALE', 901);
    const data = await ok(
      `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id nip birthDate gender status golongan workUnit { id } position { id } } } }`,
      { input: { nip: `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`, name: 'Rina Maharani, S.Kom.', status: 'PNS', golongan: 'III/a', educationLevel: 'S1', positionId: String(f.position) } },
    );
    expect(data.createEmployee.employee).toMatchObject({ nip, birthDate: '1993-07-14', gender: 'FEMALE', status: 'PNS', golongan: 'III/a', position: { id: String(f.position) } });
    const row = await one(`select name from employee where nip = ?`, [nip]);
    expect(row.name).toBe('Rina Maharani, S.Kom.');
  });

  it('updates an employee and moves them to another jabatan', async () => {
    await ok(`mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } } }`, {
      input: { id: String(f.other), name: 'Nama Baru', educationLevel: 'S2' },
    });
    expect(await one(`select name, education_level from employee where id = ?`, [f.other])).toEqual({ name: 'Nama Baru', education_level: 'S2' });

    const data = await ok(`mutation($input: MoveEmployeeInput!) { moveEmployee(input: $input) { employee { position { id } workUnit { id } supervisor { id } } } }`, {
      input: { employeeId: String(f.other), positionId: String(f.positionB), supervisorId: String(f.supervisor) },
    });
    expect(data.moveEmployee.employee).toEqual({ position: { id: String(f.positionB) }, workUnit: { id: String(f.unit) }, supervisor: { id: String(f.supervisor) } });
  });
});

describe('work units, positions, competencies', () => {
  it('creates a unit below another, then moves it to the top', async () => {
    const created = await ok(`mutation($input: CreateWorkUnitInput!) { createWorkUnit(input: $input) { workUnit { id parent { id } ancestors { id } } } }`, {
      input: { code: 'DISKOMINFO.BID.X', name: 'Bidang Persandian', kind: 'BIDANG', parentId: String(f.unit) },
    });
    expect(created.createWorkUnit.workUnit.parent).toEqual({ id: String(f.unit) });
    const id = created.createWorkUnit.workUnit.id;
    const moved = await ok(`mutation($input: UpdateWorkUnitInput!) { updateWorkUnit(input: $input) { workUnit { parent { id } name } } }`, {
      input: { id, makeTopLevel: true, name: 'Badan Persandian' },
    });
    expect(moved.updateWorkUnit.workUnit).toEqual({ parent: null, name: 'Badan Persandian' });
  });

  it('sets a position standard, replacing the old one, and the holders\' gaps follow', async () => {
    const position = await ok(`mutation($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`, {
      input: { name: 'Analis Data Ahli Muda', kind: 'FUNGSIONAL_AHLI_MUDA', workUnitId: String(f.unit) },
    });
    const positionId = position.createPosition.position.id;
    await ok(`mutation($input: MoveEmployeeInput!) { moveEmployee(input: $input) { employee { id } } }`, {
      input: { employeeId: String(f.employee), positionId },
    });
    const first = { positionId, requirements: [{ competencyId: String(f.competency), requiredLevel: 2 }] };
    await ok(`mutation($input: SetPositionStandardInput!) { setPositionStandard(input: $input) { position { id } } }`, { input: first });
    const data = await ok(
      `mutation($input: SetPositionStandardInput!) { setPositionStandard(input: $input) { position { requirements { requiredLevel weight critical competency { id } } } } }`,
      { input: { positionId, requirements: [{ competencyId: String(f.competencyB), requiredLevel: 4, weight: 2, critical: true }] } },
    );
    expect(data.setPositionStandard.position.requirements).toEqual([{ requiredLevel: 4, weight: 2, critical: true, competency: { id: String(f.competencyB) } }]);

    const gaps = await ok(`query($id: ID) { employee(id: $id) { competencyGaps { requiredLevel currentLevel gap status competency { id } } } }`, { id: String(f.employee) });
    const [gap] = gaps.employee.competencyGaps;
    const current = await one(`select level from current_competency where employee_id = ? and competency_id = ?`, [f.employee, f.competencyB]);
    if (current) expect(gap).toMatchObject({ requiredLevel: 4, currentLevel: current.level, gap: 4 - current.level });
    else expect(gap).toMatchObject({ requiredLevel: 4, currentLevel: null, gap: null, status: 'NO_DATA' });
  });

  it('creates and updates a competency with its five levels', async () => {
    const levels = [1, 2, 3, 4, 5].map((level) => ({ level, description: `Tingkat ${level}`, indicators: [`Indikator ${level}.1`] }));
    const data = await ok(`mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { competency { id code group { id } levels { level } } } }`, {
      input: { code: 'DC.9.1', name: 'Literasi AI', kind: 'DIGITAL', definition: 'Memahami dan memakai kecerdasan artifisial secara bertanggung jawab.', groupId: String(f.digitalGroup), levels },
    });
    expect(data.createCompetency.competency.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5]);
    const id = data.createCompetency.competency.id;
    const updated = await ok(`mutation($input: UpdateCompetencyInput!) { updateCompetency(input: $input) { competency { name levels { description } } } }`, {
      input: { id, name: 'Literasi Kecerdasan Artifisial', levels: levels.map((l) => ({ ...l, description: `Baru ${l.level}` })) },
    });
    expect(updated.updateCompetency.competency.name).toBe('Literasi Kecerdasan Artifisial');
    expect(updated.updateCompetency.competency.levels[4].description).toBe('Baru 5');
  });
});

describe('assessments, SKP and the talent box', () => {
  it('records an assessment that becomes the current level', async () => {
    const data = await ok(`mutation($input: RecordCompetencyAssessmentInput!) { recordCompetencyAssessment(input: $input) { assessment { id level method } } }`, {
      input: { employeeId: String(f.report), competencyId: String(f.competency), level: 5, method: 'ASSESSMENT_CENTER', assessedOn: new Date().toISOString().slice(0, 10), assessorName: 'UPT Penilaian Kompetensi' },
    });
    const current = await ok(`query($id: ID) { employee(id: $id) { currentCompetencies { level method competency { id } assessment { id } } } }`, { id: String(f.report) });
    const entry = current.employee.currentCompetencies.find((c: { competency: { id: string } }) => c.competency.id === String(f.competency));
    expect(entry).toEqual({ level: 5, method: 'ASSESSMENT_CENTER', competency: { id: String(f.competency) }, assessment: { id: data.recordCompetencyAssessment.assessment.id } });
  });

  it('records an SKP whose predikat is derived, and a potential whose band follows the thresholds; together they place the 9-box', async () => {
    const year = new Date().getUTCFullYear();
    const skp = await ok(`mutation($input: RecordPerformanceEvaluationInput!) { recordPerformanceEvaluation(input: $input) { performanceEvaluation { predikat year } } }`, {
      input: { employeeId: String(f.employee), year, period: 'ANNUAL', resultsRating: 'ABOVE_EXPECTATION', behaviourRating: 'ABOVE_EXPECTATION', evaluatorId: String(f.supervisor) },
    });
    expect(skp.recordPerformanceEvaluation.performanceEvaluation).toEqual({ predikat: 'SANGAT_BAIK', year });
    const potential = await ok(`mutation($input: RecordPotentialAssessmentInput!) { recordPotentialAssessment(input: $input) { potentialAssessment { band score } } }`, {
      input: { employeeId: String(f.employee), assessedOn: new Date().toISOString().slice(0, 10), score: 85 },
    });
    expect(potential.recordPotentialAssessment.potentialAssessment).toEqual({ band: 'TINGGI', score: 85 });
    const box = await ok(`query($id: ID) { employee(id: $id) { talentBox { box performance potential predikat evaluationYear } } }`, { id: String(f.employee) });
    expect(box.employee.talentBox).toEqual({ box: 9, performance: 'ABOVE_EXPECTATION', potential: 'TINGGI', predikat: 'SANGAT_BAIK', evaluationYear: year });
  });
});

describe('training: schedule, start, complete, fail', () => {
  let courseId: string;
  let competencyId: string;

  beforeAll(async () => {
    // A course that raises a competency the employee has never been assessed on, to level 3.
    const [fresh] = await sql(`select c.id from competency c where c.kind = 'TEKNIS' and not exists (
      select 1 from competency_assessment a where a.employee_id = ? and a.competency_id = c.id) order by c.id limit 1`, [f.other]);
    competencyId = String(fresh.id);
    const provider = await ok(`mutation($input: CreateTrainingProviderInput!) { createTrainingProvider(input: $input) { trainingProvider { id } } }`, {
      input: { code: 'POLTEKKES-PLG', name: 'Poltekkes Kemenkes Palembang', kind: 'PERGURUAN_TINGGI' },
    });
    const course = await ok(`mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id jp competencies { targetLevel rule competency { id } } } } }`, {
      input: {
        code: 'TST-001', title: 'Pelatihan Uji', providerId: provider.createTrainingProvider.trainingProvider.id, mode: 'BLENDED', kind: 'TEKNIS', jp: 24,
        competencies: [{ competencyId, targetLevel: 3, rule: 'RAISE_TO_TARGET' }, { competencyId: String(f.competencyB), targetLevel: 2, rule: 'EVIDENCE_ONLY' }],
      },
    });
    courseId = course.createCourse.course.id;
    expect(course.createCourse.course.competencies).toHaveLength(2);
  });

  it('completing a course earns its JP and raises the competency to the target level', async () => {
    const planned = await ok(`mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { trainingRecord { id status jpEarned } } }`, {
      input: { employeeId: String(f.other), courseId, startDate: '2026-03-02', endDate: '2026-03-05' },
    });
    expect(planned.scheduleTraining.trainingRecord).toMatchObject({ status: 'PLANNED', jpEarned: 0 });
    const id = planned.scheduleTraining.trainingRecord.id;
    const before = await ok(`query($id: ID) { employee(id: $id) { jpByYear { year jp } } }`, { id: String(f.other) });
    const jp2026 = before.employee.jpByYear.find((y: { year: number }) => y.year === 2026)?.jp ?? 0;

    await ok(`mutation($input: StartTrainingInput!) { startTraining(input: $input) { trainingRecord { status } } }`, { input: { trainingRecordId: id } });
    const done = await ok(
      `mutation($input: CompleteTrainingInput!) { completeTraining(input: $input) { trainingRecord { status jpEarned endDate kind } raisedCompetencies { level method assessedOn competency { id } } } }`,
      { input: { trainingRecordId: id, endDate: '2026-03-05', score: 88.5, certificateNumber: 'STTPP/2026/001' } },
    );
    expect(done.completeTraining.trainingRecord).toEqual({ status: 'COMPLETED', jpEarned: 24, endDate: '2026-03-05', kind: 'TEKNIS' });
    expect(done.completeTraining.raisedCompetencies).toEqual([{ level: 3, method: 'TRAINING', assessedOn: '2026-03-05', competency: { id: competencyId } }]);

    const after = await ok(`query($id: ID) { employee(id: $id) { jpByYear { year jp meetsTarget } } }`, { id: String(f.other) });
    const year = after.employee.jpByYear.find((y: { year: number }) => y.year === 2026);
    expect(year.jp).toBe(jp2026 + 24);
    expect(year.meetsTarget).toBe(year.jp >= 20);
  });

  it('does not raise a competency already at the target level', async () => {
    const planned = await ok(`mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { trainingRecord { id } } }`, {
      input: { employeeId: String(f.other), courseId, startDate: '2026-04-06' },
    });
    const done = await ok(`mutation($input: CompleteTrainingInput!) { completeTraining(input: $input) { raisedCompetencies { id } } }`, {
      input: { trainingRecordId: planned.scheduleTraining.trainingRecord.id, endDate: '2026-04-08' },
    });
    expect(done.completeTraining.raisedCompetencies).toEqual([]);
  });

  it('a failed training earns no JP', async () => {
    const planned = await ok(`mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { trainingRecord { id } } }`, {
      input: { employeeId: String(f.other), courseId, startDate: '2026-05-04' },
    });
    const failed = await ok(`mutation($input: FailTrainingInput!) { failTraining(input: $input) { trainingRecord { status jpEarned endDate } } }`, {
      input: { trainingRecordId: planned.scheduleTraining.trainingRecord.id, endDate: '2026-05-05' },
    });
    expect(failed.failTraining.trainingRecord).toEqual({ status: 'FAILED', jpEarned: 0, endDate: '2026-05-05' });
  });

  it('updates a course and its provider', async () => {
    const data = await ok(`mutation($input: UpdateCourseInput!) { updateCourse(input: $input) { course { jp title competencies { competency { id } } } } }`, {
      input: { id: courseId, jp: 32, title: 'Pelatihan Uji Lanjutan', competencies: [{ competencyId, targetLevel: 4, rule: 'RAISE_TO_TARGET' }] },
    });
    expect(data.updateCourse.course).toEqual({ jp: 32, title: 'Pelatihan Uji Lanjutan', competencies: [{ competency: { id: competencyId } }] });
    const provider = await ok(`mutation($input: UpdateTrainingProviderInput!) { updateTrainingProvider(input: $input) { trainingProvider { name kind } } }`, {
      input: { id: String(f.provider), name: 'LAN RI' },
    });
    expect(provider.updateTrainingProvider.trainingProvider.name).toBe('LAN RI');
  });
});

describe('bad input gets a clear error naming the field, and nothing is written', () => {
  const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const validNip = formatNip('1990-05-17', 2015, 4, 'MALE', 777);
  const employeeInput = { nip: validNip, name: 'Budi Santoso', status: 'PNS', educationLevel: 'S1', positionId: '1' };
  const levels5 = [1, 2, 3, 4, 5].map((level) => ({ level, description: 'x', indicators: ['y'] }));

  type Case = [name: string, mutation: string, input: () => Record<string, unknown>, code: string, field: string | undefined];
  const cases: Case[] = [
    ['a NIP of 17 digits', 'createEmployee', () => ({ ...employeeInput, nip: validNip.slice(1) }), 'BAD_USER_INPUT', 'nip'],
    ['a NIP whose month is 13', 'createEmployee', () => ({ ...employeeInput, nip: '199005172015131777' }), 'BAD_USER_INPUT', 'nip'],
    ['a NIP whose birth date is not a day', 'createEmployee', () => ({ ...employeeInput, nip: '199002302015041777' }), 'BAD_USER_INPUT', 'nip'],
    ['a birth date that disagrees with the NIP', 'createEmployee', () => ({ ...employeeInput, birthDate: '1990-05-18' }), 'BAD_USER_INPUT', 'birthDate'],
    ['a gender that disagrees with the NIP', 'createEmployee', () => ({ ...employeeInput, gender: 'FEMALE' }), 'BAD_USER_INPUT', 'gender'],
    ['a PNS golongan for a PPPK', 'createEmployee', () => ({ ...employeeInput, status: 'PPPK', golongan: 'III/a' }), 'BAD_USER_INPUT', 'golongan'],
    ['an unknown position', 'createEmployee', () => ({ ...employeeInput, positionId: '999999' }), 'BAD_USER_INPUT', 'positionId'],
    ['an empty name', 'createEmployee', () => ({ ...employeeInput, name: '   ' }), 'BAD_USER_INPUT', 'name'],
    ['a duplicate NIP', 'createEmployee', () => ({ ...employeeInput, nip: '__EXISTING__' }), 'CONFLICT', 'nip'],
    ['an unknown employee', 'updateEmployee', () => ({ id: '999999', name: 'x' }), 'NOT_FOUND', undefined],
    ['an employee as their own supervisor', 'updateEmployee', () => ({ id: String(f.report), supervisorId: String(f.report) }), 'BAD_USER_INPUT', 'supervisorId'],
    ['a supervisor loop', 'updateEmployee', () => ({ id: String(f.supervisor), supervisorId: String(f.report) }), 'BAD_USER_INPUT', 'supervisorId'],
    ['a move to an unknown position', 'moveEmployee', () => ({ employeeId: String(f.report), positionId: '999999' }), 'BAD_USER_INPUT', 'positionId'],
    ['a duplicate unit code', 'createWorkUnit', () => ({ code: '16.71.01', name: 'x', kind: 'KECAMATAN' }), 'CONFLICT', 'code'],
    ['an unknown parent unit', 'createWorkUnit', () => ({ code: 'NEW', name: 'x', kind: 'BIDANG', parentId: '999999' }), 'BAD_USER_INPUT', 'parentId'],
    ['a unit moved below itself', 'updateWorkUnit', () => ({ id: '__KECAMATAN__', parentId: '__KELURAHAN__' }), 'BAD_USER_INPUT', 'parentId'],
    ['a position in an unknown unit', 'createPosition', () => ({ name: 'x', kind: 'PELAKSANA', workUnitId: '999999' }), 'BAD_USER_INPUT', 'workUnitId'],
    ['an unknown position to update', 'updatePosition', () => ({ id: '999999', name: 'x' }), 'NOT_FOUND', undefined],
    ['a required level of 7', 'setPositionStandard', () => ({ positionId: String(f.position), requirements: [{ competencyId: String(f.competency), requiredLevel: 3 }, { competencyId: String(f.competencyB), requiredLevel: 7 }] }), 'BAD_USER_INPUT', 'requirements[1].requiredLevel'],
    ['a competency twice in a standard', 'setPositionStandard', () => ({ positionId: String(f.position), requirements: [{ competencyId: String(f.competency), requiredLevel: 3 }, { competencyId: String(f.competency), requiredLevel: 2 }] }), 'BAD_USER_INPUT', 'requirements[1].competencyId'],
    ['a weight of 0', 'setPositionStandard', () => ({ positionId: String(f.position), requirements: [{ competencyId: String(f.competency), requiredLevel: 3, weight: 0 }] }), 'BAD_USER_INPUT', 'requirements[0].weight'],
    ['a duplicate competency code', 'createCompetency', () => ({ code: 'M.01', name: 'x', kind: 'MANAJERIAL', definition: 'x' }), 'CONFLICT', 'code'],
    ['four levels instead of five', 'createCompetency', () => ({ code: 'X.1', name: 'x', kind: 'TEKNIS', definition: 'x', levels: levels5.slice(1) }), 'BAD_USER_INPUT', 'levels'],
    ['a group of another type', 'createCompetency', () => ({ code: 'X.2', name: 'x', kind: 'TEKNIS', definition: 'x', groupId: String(f.digitalGroup) }), 'BAD_USER_INPUT', 'groupId'],
    ['an unknown competency to update', 'updateCompetency', () => ({ id: '999999', name: 'x' }), 'NOT_FOUND', undefined],
    ['an assessed level of 6', 'recordCompetencyAssessment', () => ({ employeeId: String(f.report), competencyId: String(f.competency), level: 6, method: 'SELF', assessedOn: '2026-01-05' }), 'BAD_USER_INPUT', 'level'],
    ['an assessment in the future', 'recordCompetencyAssessment', () => ({ employeeId: String(f.report), competencyId: String(f.competency), level: 3, method: 'SELF', assessedOn: tomorrow }), 'BAD_USER_INPUT', 'assessedOn'],
    ['an assessment on 30 February', 'recordCompetencyAssessment', () => ({ employeeId: String(f.report), competencyId: String(f.competency), level: 3, method: 'SELF', assessedOn: '2026-02-30' }), 'BAD_USER_INPUT', 'assessedOn'],
    ['an assessment of an unknown employee', 'recordCompetencyAssessment', () => ({ employeeId: '999999', competencyId: String(f.competency), level: 3, method: 'SELF', assessedOn: '2026-01-05' }), 'BAD_USER_INPUT', 'employeeId'],
    ['a second annual SKP for the same year', 'recordPerformanceEvaluation', () => ({ employeeId: String(f.evaluated.employee), year: f.evaluated.year, period: 'ANNUAL', resultsRating: 'MEETS_EXPECTATION', behaviourRating: 'MEETS_EXPECTATION' }), 'CONFLICT', 'period'],
    ['an SKP of 1999', 'recordPerformanceEvaluation', () => ({ employeeId: String(f.report), year: 1999, period: 'ANNUAL', resultsRating: 'MEETS_EXPECTATION', behaviourRating: 'MEETS_EXPECTATION' }), 'BAD_USER_INPUT', 'year'],
    ['an employee evaluating their own SKP', 'recordPerformanceEvaluation', () => ({ employeeId: String(f.report), year: 2026, period: 'Q1', resultsRating: 'MEETS_EXPECTATION', behaviourRating: 'MEETS_EXPECTATION', evaluatorId: String(f.report) }), 'BAD_USER_INPUT', 'evaluatorId'],
    ['a potential score of 120', 'recordPotentialAssessment', () => ({ employeeId: String(f.report), assessedOn: '2026-01-05', score: 120 }), 'BAD_USER_INPUT', 'score'],
    ['a duplicate provider code', 'createTrainingProvider', () => ({ code: 'LAN', name: 'x', kind: 'LAN' }), 'CONFLICT', 'code'],
    ['an unknown provider to update', 'updateTrainingProvider', () => ({ id: '999999', name: 'x' }), 'NOT_FOUND', undefined],
    ['a course of -1 JP', 'createCourse', () => ({ code: 'NEG', title: 'x', providerId: String(f.provider), mode: 'KLASIKAL', kind: 'TEKNIS', jp: -1, competencies: [] }), 'BAD_USER_INPUT', 'jp'],
    ['a course target level of 0', 'createCourse', () => ({ code: 'ZERO', title: 'x', providerId: String(f.provider), mode: 'KLASIKAL', kind: 'TEKNIS', jp: 8, competencies: [{ competencyId: String(f.competency), targetLevel: 0, rule: 'EVIDENCE_ONLY' }] }), 'BAD_USER_INPUT', 'competencies[0].targetLevel'],
    ['a course of an unknown provider', 'createCourse', () => ({ code: 'NOPROV', title: 'x', providerId: '999999', mode: 'KLASIKAL', kind: 'TEKNIS', jp: 8, competencies: [] }), 'BAD_USER_INPUT', 'providerId'],
    ['an unknown course to update', 'updateCourse', () => ({ id: '999999', jp: 3 }), 'NOT_FOUND', undefined],
    ['a training that ends before it starts', 'scheduleTraining', () => ({ employeeId: String(f.report), courseId: String(f.course), startDate: '2026-03-10', endDate: '2026-03-09' }), 'BAD_USER_INPUT', 'endDate'],
    ['a training in an unknown course', 'scheduleTraining', () => ({ employeeId: String(f.report), courseId: '999999', startDate: '2026-03-10' }), 'BAD_USER_INPUT', 'courseId'],
    ['starting a completed training', 'startTraining', () => ({ trainingRecordId: String(f.completedRecord) }), 'CONFLICT', 'trainingRecordId'],
    ['completing a completed training', 'completeTraining', () => ({ trainingRecordId: String(f.completedRecord), endDate: '2026-01-05' }), 'CONFLICT', 'trainingRecordId'],
    ['failing an unknown training', 'failTraining', () => ({ trainingRecordId: '999999' }), 'NOT_FOUND', undefined],
    ['a wrong password', 'login', () => ({ username: 'test-admin', password: 'not-the-password' }), 'UNAUTHENTICATED', undefined],
    ['a password too short', 'createAccount', () => ({ username: 'budi', displayName: 'Budi', password: 'short', role: 'ANALYST' }), 'BAD_USER_INPUT', 'password'],
    ['a supervisor account without its employee', 'createAccount', () => ({ username: 'budi', displayName: 'Budi', password: 'long-enough-password', role: 'SUPERVISOR' }), 'BAD_USER_INPUT', 'employeeId'],
    ['an unknown account', 'updateAccount', () => ({ id: '999999', active: false }), 'NOT_FOUND', undefined],
    ['an API token for 1,000 days', 'createApiToken', () => ({ name: 'laporan', days: 1000 }), 'BAD_USER_INPUT', 'days'],
    ['revoking an unknown token', 'revokeApiToken', () => ({ id: '999999' }), 'NOT_FOUND', undefined],
  ];

  it('covers every mutation of the schema', () => {
    // logout takes no input: there is nothing to get wrong.
    const mutations = Object.values(api.app.schema.getMutationType()!.getFields()).filter((f) => f.args.length > 0).map((f) => f.name);
    expect(new Set(cases.map(([, mutation]) => mutation))).toEqual(new Set(mutations));
  });

  it.each(cases)('%s (%s)', async (_name, mutation, buildInput, code, field) => {
    let input = buildInput();
    if (input.nip === '__EXISTING__') input = { ...input, nip: (await one('select nip from employee order by id limit 1')).nip };
    if (input.id === '__KECAMATAN__') {
      const child = await one(`select k.id, k.parent_id from work_unit k where k.kind = 'KELURAHAN' order by k.id limit 1`);
      input = { id: String(child.parent_id), parentId: String(child.id) };
    }
    const inputType = api.app.schema.getMutationType()!.getFields()[mutation].args[0].type.toString();
    const before = await fingerprint();
    const { data, errors } = await api.graphql(`mutation($input: ${inputType}) { ${mutation}(input: $input) { __typename } }`, { input });
    expect(data?.[mutation] ?? null).toBeNull();
    expect(errors?.[0].extensions).toEqual(field ? { code, field } : { code });
    expect(errors?.[0].message).toMatch(/\w{3,}/);
    expect(await fingerprint()).toBe(before);
  });
});
