import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/modules/access/access.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { ImportKind } from '../src/modules/import/import-kind.js';
import { importService } from '../src/modules/import/import.service.js';
import { MAX_JP_PER_DAY } from '../src/modules/training/development-hours.js';
import { signInAs } from './support/app.js';
import { startDemoCity, type DemoCity } from './support/demo-city.js';

/**
 * Separation of duties (docs/security.md): nobody judges or credits themselves, the judge is the
 * person signed in unless BKPSDM enters the judgement for them (and then it says so), and JP earned
 * fit the dates. Through the real schema and guard, on the demo city with its demo accounts, and
 * through the import that BKPSDM runs.
 */
let city: DemoCity;
let atasan: Viewer;
let admin: Viewer;
/** An ADMIN whose account has a person: the rules bind BKPSDM's staff on their own records too. */
let adminWithPerson: Viewer;
let ids: { atasan: number; superior: number; report: number; adminPerson: number; competency: number; longCourse: number; longCourseJp: number };

const SKP = `mutation($input: RecordPerformanceEvaluationInput!) {
  recordPerformanceEvaluation(input: $input) { performanceEvaluation { id predikat evaluator { id } enteredBy { displayName role onBehalf } } } }`;
const ASSESS = `mutation($input: RecordCompetencyAssessmentInput!) {
  recordCompetencyAssessment(input: $input) { assessment { id level method assessor { id } enteredBy { displayName role onBehalf } } } }`;
const SCHEDULE = `mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { trainingRecord { id } } }`;
const START = `mutation($input: StartTrainingInput!) { startTraining(input: $input) { trainingRecord { status } } }`;
const COMPLETE = `mutation($input: CompleteTrainingInput!) { completeTraining(input: $input) { trainingRecord { status jpEarned } } }`;
const FAIL = `mutation($input: FailTrainingInput!) { failTraining(input: $input) { trainingRecord { status } } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

async function ok(viewer: Viewer, query: string, input: Record<string, unknown>): Promise<Data> {
  const { data, errors } = await city.run(viewer, query, { input });
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!;
}

async function refused(viewer: Viewer, query: string, input: Record<string, unknown>) {
  const { data, errors } = await city.run(viewer, query, { input });
  expect(data).toBeNull();
  expect(errors).toHaveLength(1);
  return { code: errors![0].extensions?.code, field: errors![0].extensions?.field, message: errors![0].message };
}

const today = new Date().toISOString().slice(0, 10);
const daysBefore = (day: string, n: number) => new Date(Date.parse(day) - n * 86_400_000).toISOString().slice(0, 10);
const count = async (text: string, params: unknown[]) => (await city.sql<{ n: number }>(`select count(*)::int as n from ${text}`, params))[0].n;

beforeAll(async () => {
  city = await startDemoCity();
  atasan = city.viewers.SUPERVISOR;
  admin = city.viewers.ADMIN;
  const [adminPerson] = await city.sql<{ id: number }>('select id from employee where id not in (?, ?) and supervisor_id is not null order by id desc limit 1', [atasan.employeeId, city.viewers.EMPLOYEE.employeeId]);
  ({ viewer: adminWithPerson } = await signInAs(city.t.db, Role.ADMIN, { username: 'admin.pegawai', employeeId: adminPerson.id }));
  const [competency] = await city.sql<{ id: number }>(`select id from competency where kind = 'MANAJERIAL' order by id limit 1`);
  const [course] = await city.sql<{ id: number; jp: number }>('select id, jp from course order by jp desc, id limit 1');
  ids = {
    atasan: atasan.employeeId!,
    superior: atasan.supervisorId!,
    report: city.viewers.EMPLOYEE.employeeId!,
    adminPerson: adminPerson.id,
    competency: competency.id,
    longCourse: course.id,
    longCourseJp: Number(course.jp),
  };
  expect(ids.longCourseJp).toBeGreaterThan(MAX_JP_PER_DAY);
}, 120_000);
afterAll(async () => {
  await city?.close();
});

describe('the three attacks: a supervisor judging and crediting themselves', () => {
  it('refuses their own SKP, rated SANGAT_BAIK with their own superior named as evaluator', async () => {
    const input = { employeeId: String(ids.atasan), year: 2025, period: 'Q4', resultsRating: 'ABOVE_EXPECTATION', behaviourRating: 'ABOVE_EXPECTATION', evaluatorId: String(ids.superior) };
    expect(await refused(atasan, SKP, input)).toEqual({ code: 'FORBIDDEN', field: 'employeeId', message: expect.stringMatching(/Nobody records their own SKP.*PermenPANRB 6\/2022/) });
    expect(await count(`performance_evaluation where employee_id = ? and year = 2025 and period = 'Q4'`, [ids.atasan])).toBe(0);
  });

  it('refuses an ASSESSMENT_CENTER level 5 on themselves with a spoofed assessor', async () => {
    const input = { employeeId: String(ids.atasan), competencyId: String(ids.competency), level: 5, method: 'ASSESSMENT_CENTER', assessedOn: today, assessorId: String(ids.superior) };
    expect(await refused(atasan, ASSESS, input)).toMatchObject({ code: 'FORBIDDEN', field: 'employeeId' });
    expect(await count(`competency_assessment where employee_id = ? and assessed_on = ?`, [ids.atasan, today])).toBe(0);
  });

  it('refuses starting, completing or failing their own training (480 JP in a day), though they may ask for it', async () => {
    const jpBefore = await count(`training_record where employee_id = ? and status = 'COMPLETED'`, [ids.atasan]);
    const planned = await ok(atasan, SCHEDULE, { employeeId: String(ids.atasan), courseId: String(ids.longCourse), startDate: today });
    const trainingRecordId = planned.scheduleTraining.trainingRecord.id;
    for (const [mutation, input] of [
      [START, { trainingRecordId }],
      [COMPLETE, { trainingRecordId, endDate: today }],
      [FAIL, { trainingRecordId, endDate: today }],
    ] as const) {
      expect(await refused(atasan, mutation, input)).toMatchObject({ code: 'FORBIDDEN', field: 'trainingRecordId', message: expect.stringMatching(/Nobody starts, completes or fails their own training/) });
    }
    const [record] = await city.sql<{ status: string; jp_earned: number }>('select status, jp_earned from training_record where id = ?', [trainingRecordId]);
    expect(record).toEqual({ status: 'PLANNED', jp_earned: 0 });
    expect(await count(`training_record where employee_id = ? and status = 'COMPLETED'`, [ids.atasan])).toBe(jpBefore);
  });
});

describe('the judge is the person signed in', () => {
  it('a supervisor naming someone else as evaluator or assessor of a report is refused, naming the field', async () => {
    const skp = { employeeId: String(ids.report), year: 2024, period: 'Q1', resultsRating: 'MEETS_EXPECTATION', behaviourRating: 'MEETS_EXPECTATION', evaluatorId: String(ids.superior) };
    expect(await refused(atasan, SKP, skp)).toMatchObject({ code: 'FORBIDDEN', field: 'evaluatorId' });
    const assessment = { employeeId: String(ids.report), competencyId: String(ids.competency), level: 3, method: 'SUPERVISOR', assessedOn: today, assessorId: String(ids.superior) };
    expect(await refused(atasan, ASSESS, assessment)).toMatchObject({ code: 'FORBIDDEN', field: 'assessorId' });
  });

  it('a supervisor records SUPERVISOR ratings, not assessment-centre results, uji kompetensi or SELF assessments of others', async () => {
    for (const method of ['ASSESSMENT_CENTER', 'UJI_KOMPETENSI', 'CERTIFICATE', 'TRAINING', 'PEER_360', 'SELF']) {
      const input = { employeeId: String(ids.report), competencyId: String(ids.competency), level: 4, method, assessedOn: today };
      expect(await refused(atasan, ASSESS, input), method).toMatchObject({ code: 'FORBIDDEN', field: 'method' });
    }
  });

  it('a supervisor assessing and evaluating a report is recorded as the assessor and evaluator, entered by themselves', async () => {
    const assessed = await ok(atasan, ASSESS, { employeeId: String(ids.report), competencyId: String(ids.competency), level: 3, method: 'SUPERVISOR', assessedOn: today });
    expect(assessed.recordCompetencyAssessment.assessment).toMatchObject({
      method: 'SUPERVISOR',
      assessor: { id: String(ids.atasan) },
      enteredBy: { displayName: 'Kepala Diskominfo', role: 'SUPERVISOR', onBehalf: false },
    });
    const evaluated = await ok(atasan, SKP, { employeeId: String(ids.report), year: 2024, period: 'Q2', resultsRating: 'MEETS_EXPECTATION', behaviourRating: 'ABOVE_EXPECTATION' });
    expect(evaluated.recordPerformanceEvaluation.performanceEvaluation).toMatchObject({
      predikat: 'BAIK',
      evaluator: { id: String(ids.atasan) },
      enteredBy: { displayName: 'Kepala Diskominfo', role: 'SUPERVISOR', onBehalf: false },
    });
    const [row] = await city.sql<{ entered: number; evaluator: number }>(
      'select p.entered_by_account_id as entered, p.evaluator_id as evaluator from performance_evaluation p where p.id = ?',
      [evaluated.recordPerformanceEvaluation.performanceEvaluation.id],
    );
    expect(row).toEqual({ entered: atasan.accountId, evaluator: ids.atasan });
  });

  it('a supervisor may record a SELF assessment of themselves (the one judgement of oneself there is)', async () => {
    const data = await ok(atasan, ASSESS, { employeeId: String(ids.atasan), competencyId: String(ids.competency), level: 3, method: 'SELF', assessedOn: today });
    expect(data.recordCompetencyAssessment.assessment).toMatchObject({ method: 'SELF', enteredBy: { role: 'SUPERVISOR', onBehalf: false } });
  });

  it('ADMIN enters a paper form for an assessor and an evaluator: recorded as entered by BKPSDM for them', async () => {
    const assessed = await ok(admin, ASSESS, { employeeId: String(ids.report), competencyId: String(ids.competency), level: 2, method: 'SUPERVISOR', assessedOn: daysBefore(today, 3), assessorId: String(ids.atasan) });
    expect(assessed.recordCompetencyAssessment.assessment).toMatchObject({ assessor: { id: String(ids.atasan) }, enteredBy: { displayName: 'Admin BKPSDM', role: 'ADMIN', onBehalf: true } });
    const centre = await ok(admin, ASSESS, { employeeId: String(ids.report), competencyId: String(ids.competency), level: 3, method: 'ASSESSMENT_CENTER', assessedOn: daysBefore(today, 2), assessorName: 'UPT Penilaian Kompetensi BKN' });
    expect(centre.recordCompetencyAssessment.assessment).toMatchObject({ assessor: null, enteredBy: { role: 'ADMIN', onBehalf: true } });
    const evaluated = await ok(admin, SKP, { employeeId: String(ids.report), year: 2024, period: 'Q3', resultsRating: 'MEETS_EXPECTATION', behaviourRating: 'MEETS_EXPECTATION', evaluatorId: String(ids.atasan) });
    expect(evaluated.recordPerformanceEvaluation.performanceEvaluation).toMatchObject({ evaluator: { id: String(ids.atasan) }, enteredBy: { displayName: 'Admin BKPSDM', onBehalf: true } });
  });

  it('ADMIN may not name the employee as their own assessor or evaluator', async () => {
    const skp = { employeeId: String(ids.report), year: 2024, period: 'Q4', resultsRating: 'MEETS_EXPECTATION', behaviourRating: 'MEETS_EXPECTATION', evaluatorId: String(ids.report) };
    expect(await refused(admin, SKP, skp)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evaluatorId' });
    const assessment = { employeeId: String(ids.report), competencyId: String(ids.competency), level: 4, method: 'SUPERVISOR', assessedOn: today, assessorId: String(ids.report) };
    expect(await refused(admin, ASSESS, assessment)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessorId' });
  });
});

describe('nobody on themselves, whatever the role', () => {
  it('an ADMIN with a person may not record their own SKP or assessment, nor credit their own training', async () => {
    const me = String(ids.adminPerson);
    expect(await refused(adminWithPerson, SKP, { employeeId: me, year: 2024, period: 'Q1', resultsRating: 'ABOVE_EXPECTATION', behaviourRating: 'ABOVE_EXPECTATION', evaluatorId: String(ids.atasan) })).toMatchObject({ code: 'FORBIDDEN', field: 'employeeId' });
    expect(await refused(adminWithPerson, ASSESS, { employeeId: me, competencyId: String(ids.competency), level: 5, method: 'UJI_KOMPETENSI', assessedOn: today })).toMatchObject({ code: 'FORBIDDEN', field: 'employeeId' });
    const planned = await ok(adminWithPerson, SCHEDULE, { employeeId: me, courseId: String(ids.longCourse), startDate: daysBefore(today, 100) });
    expect(await refused(adminWithPerson, COMPLETE, { trainingRecordId: planned.scheduleTraining.trainingRecord.id, endDate: today })).toMatchObject({ code: 'FORBIDDEN', field: 'trainingRecordId' });
    // The same ADMIN still works on everyone else's records.
    const other = await ok(adminWithPerson, SCHEDULE, { employeeId: String(ids.report), courseId: String(ids.longCourse), startDate: daysBefore(today, 100) });
    expect((await ok(adminWithPerson, COMPLETE, { trainingRecordId: other.scheduleTraining.trainingRecord.id, endDate: today })).completeTraining.trainingRecord).toEqual({ status: 'COMPLETED', jpEarned: ids.longCourseJp });
  });

  it('a PLANNER with a person in their unit may not complete their own training', async () => {
    const planner = city.viewers.PLANNER;
    const [colleague] = await city.sql<{ id: number }>(
      `select id from employee where work_unit_id in (with recursive tree as (select id from work_unit where id = ? union all select w.id from work_unit w join tree t on w.parent_id = t.id) select id from tree) and id not in (?, ?) order by id limit 1`,
      [planner.workUnitId, ids.atasan, ids.report],
    );
    const { viewer } = await signInAs(city.t.db, Role.PLANNER, { username: 'perencana.pegawai', employeeId: colleague.id, workUnitId: planner.workUnitId });
    const planned = await ok(viewer, SCHEDULE, { employeeId: String(colleague.id), courseId: String(ids.longCourse), startDate: daysBefore(today, 60) });
    expect(await refused(viewer, COMPLETE, { trainingRecordId: planned.scheduleTraining.trainingRecord.id, endDate: today })).toMatchObject({ code: 'FORBIDDEN', field: 'trainingRecordId' });
  });
});

describe(`JP fit the dates: at most ${MAX_JP_PER_DAY} JP a calendar day`, () => {
  const needed = () => Math.ceil(ids.longCourseJp / MAX_JP_PER_DAY);

  it('the demo city\'s training histories respect it', async () => {
    const [row] = await city.sql<{ completed: number; over: number }>(
      `select count(*)::int as completed, count(*) filter (where jp_earned > ? * (end_date - start_date + 1))::int as over
         from training_record where status = 'COMPLETED'`,
      [MAX_JP_PER_DAY],
    );
    expect(row.completed).toBeGreaterThan(100);
    expect(row.over).toBe(0);
  });

  it('through the API: refused on endDate when the course\'s JP do not fit, accepted when they do', async () => {
    const planned = await ok(admin, SCHEDULE, { employeeId: String(ids.report), courseId: String(ids.longCourse), startDate: daysBefore(today, needed() - 2) });
    const id = planned.scheduleTraining.trainingRecord.id;
    expect(await refused(admin, COMPLETE, { trainingRecordId: id, endDate: today })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'endDate',
      message: `${ids.longCourseJp} JP cannot be earned in ${needed() - 1} day(s) from ${daysBefore(today, needed() - 2)} to ${today}: at most ${MAX_JP_PER_DAY} JP a day, so at least ${needed()} days`,
    });
    expect((await city.sql<{ status: string }>('select status from training_record where id = ?', [id]))[0].status).toBe('PLANNED');
    const fits = await ok(admin, SCHEDULE, { employeeId: String(ids.report), courseId: String(ids.longCourse), startDate: daysBefore(today, needed() - 1) });
    expect((await ok(admin, COMPLETE, { trainingRecordId: fits.scheduleTraining.trainingRecord.id, endDate: today })).completeTraining.trainingRecord.status).toBe('COMPLETED');
  });

  it('through the import: a COMPLETED record over the maximum is refused on the end-date column, and nothing is written', async () => {
    const [course] = await city.sql<{ code: string }>('select code from course where id = ?', [ids.longCourse]);
    const [report] = await city.sql<{ nip: string }>('select nip from employee where id = ?', [ids.report]);
    const start = daysBefore(today, 30);
    const csv = `nip,kode_pelatihan,status,tanggal_mulai,tanggal_selesai\n${report.nip},${course.code},COMPLETED,${start},${start}\n`;
    const before = await count('training_record', []);
    const job = await importService.importFile(city.t.db, { kind: ImportKind.TRAINING_RECORDS, fileName: 'riwayat.csv', body: Readable.from([Buffer.from(csv)]), dryRun: false, requestedBy: 'admin' });
    expect(job.status).toBe('REJECTED');
    expect(job.rowErrors).toEqual([
      {
        row: 2,
        column: 'tanggal_selesai',
        value: null,
        messageIndonesian: `${ids.longCourseJp} JP tidak mungkin diperoleh dalam 1 hari dari ${start} sampai ${start}: paling banyak ${MAX_JP_PER_DAY} JP sehari, jadi paling sedikit ${needed()} hari`,
        messageEnglish: `${ids.longCourseJp} JP cannot be earned in 1 day(s) from ${start} to ${start}: at most ${MAX_JP_PER_DAY} JP a day, so at least ${needed()} days`,
      },
    ]);
    expect(await count('training_record', [])).toBe(before);
  });
});

describe('the import applies the same rules to whoever runs it', () => {
  const nipOf = async (id: number) => (await city.sql<{ nip: string }>('select nip from employee where id = ?', [id]))[0].nip;
  const run = (kind: ImportKind, csv: string, requestedBy: string) =>
    importService.importFile(city.t.db, { kind, fileName: 'berkas.csv', body: Readable.from([Buffer.from(csv)]), dryRun: false, requestedBy });

  it('refuses an ADMIN importing their own SKP, or completing their own training, and an assessor who is the employee', async () => {
    const me = await nipOf(ids.adminPerson);
    const atasanNip = await nipOf(ids.atasan);
    const skp = await run(ImportKind.PERFORMANCE_EVALUATIONS, `nip,tahun,periode,hasil_kerja,perilaku_kerja,nip_penilai\n${me},2024,Q1,ABOVE_EXPECTATION,ABOVE_EXPECTATION,${atasanNip}\n`, 'admin.pegawai');
    expect(skp.rowErrors).toEqual([expect.objectContaining({ row: 2, column: 'nip', messageEnglish: expect.stringMatching(/Nobody records their own SKP/) })]);
    const [course] = await city.sql<{ code: string }>(`select code from course where jp <= ? order by id limit 1`, [MAX_JP_PER_DAY]);
    const training = await run(ImportKind.TRAINING_RECORDS, `nip,kode_pelatihan,status,tanggal_mulai,tanggal_selesai\n${me},${course.code},COMPLETED,${daysBefore(today, 9)},${daysBefore(today, 9)}\n`, 'admin.pegawai');
    expect(training.rowErrors).toEqual([expect.objectContaining({ row: 2, column: 'nip', messageEnglish: expect.stringMatching(/Nobody starts, completes or fails their own training/) })]);
    const [competency] = await city.sql<{ code: string }>('select code from competency where id = ?', [ids.competency]);
    const reportNip = await nipOf(ids.report);
    const assessment = await run(ImportKind.COMPETENCY_ASSESSMENTS, `nip,kode_kompetensi,level,metode,tanggal_penilaian,nip_penilai\n${reportNip},${competency.code},4,SUPERVISOR,${daysBefore(today, 9)},${reportNip}\n`, 'admin');
    expect(assessment.rowErrors).toEqual([expect.objectContaining({ row: 2, column: 'nip_penilai', messageIndonesian: expect.stringMatching(/kecuali pada penilaian MANDIRI/) })]);
  });

  it('records the importing account as who entered the rows, for the evaluator named in the file', async () => {
    const reportNip = await nipOf(ids.report);
    const atasanNip = await nipOf(ids.atasan);
    const job = await run(ImportKind.PERFORMANCE_EVALUATIONS, `nip,tahun,periode,hasil_kerja,perilaku_kerja,nip_penilai\n${reportNip},2023,Q2,MEETS_EXPECTATION,MEETS_EXPECTATION,${atasanNip}\n`, 'admin');
    expect(job.rowErrors).toEqual([]);
    const [row] = await city.sql<{ entered: number; evaluator: number }>(
      `select entered_by_account_id as entered, evaluator_id as evaluator from performance_evaluation where employee_id = ? and year = 2023 and period = 'Q2'`,
      [ids.report],
    );
    expect(row).toEqual({ entered: admin.accountId, evaluator: ids.atasan });
  });
});
