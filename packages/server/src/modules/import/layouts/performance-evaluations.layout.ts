import { evaluatorOf } from '../../access/separation-of-duties.js';
import { EvaluationPeriod, Predikat, Rating } from '../../performance/performance-evaluation.entity.js';
import { cell } from '../import-cells.js';
import { CellProblem } from '../import-row.js';
import { complete, ImportKind, type KindDefinition, type ParsedRow } from '../import-kind.js';
import { copyRows, scratchTable } from '../import-write.js';
import { duplicateKeys, employeeIds, known, obeys } from './shared.js';

interface EvaluationRow {
  nip: string;
  year: number;
  period: EvaluationPeriod;
  resultsRating: Rating;
  behaviourRating: Rating;
  evaluatorNip: string | null;
}

const RATING_WORDS: Record<string, Rating> = {
  DI_BAWAH_EKSPEKTASI: Rating.BELOW_EXPECTATION,
  DIBAWAH_EKSPEKTASI: Rating.BELOW_EXPECTATION,
  SESUAI_EKSPEKTASI: Rating.MEETS_EXPECTATION,
  DI_ATAS_EKSPEKTASI: Rating.ABOVE_EXPECTATION,
  DIATAS_EKSPEKTASI: Rating.ABOVE_EXPECTATION,
};
const PERIOD_WORDS: Record<string, EvaluationPeriod> = {
  TAHUNAN: EvaluationPeriod.ANNUAL,
  TRIWULAN_I: EvaluationPeriod.Q1,
  TRIWULAN_II: EvaluationPeriod.Q2,
  TRIWULAN_III: EvaluationPeriod.Q3,
  TRIWULAN_IV: EvaluationPeriod.Q4,
};

const keyOf = (v: EvaluationRow) => `${v.nip}|${v.year}|${v.period}`;

/** The file's columns for the fields of the API's rules. */
const DUTY_COLUMNS = { employeeId: 'nip', evaluatorId: 'evaluatorNip' };

/** SKP evaluations, keyed by NIP, year and period; the predikat is derived by the database, exported for reading only. */
export const performanceEvaluationsLayout: KindDefinition<EvaluationRow> = {
  kind: ImportKind.PERFORMANCE_EVALUATIONS,
  slug: 'performance-evaluations',
  titleIndonesian: 'Evaluasi SKP',
  titleEnglish: 'SKP evaluations',
  columns: [
    { key: 'nip', header: 'nip', headerEnglish: 'nip', required: true, description: 'NIP of the employee evaluated (must exist).', example: '198609262015051001' },
    { key: 'year', header: 'tahun', headerEnglish: 'year', required: true, description: 'Year evaluated, 2000 to this year.', example: '2025' },
    { key: 'period', header: 'periode', headerEnglish: 'period', required: true, description: `${Object.values(EvaluationPeriod).join(', ')} (or Tahunan, Triwulan I–IV).`, example: 'ANNUAL' },
    { key: 'resultsRating', header: 'hasil_kerja', headerEnglish: 'results_rating', required: true, description: `${Object.values(Rating).join(', ')} (or di bawah / sesuai / di atas ekspektasi).`, example: 'MEETS_EXPECTATION' },
    { key: 'behaviourRating', header: 'perilaku_kerja', headerEnglish: 'behaviour_rating', required: true, description: 'Same values as hasil_kerja.', example: 'ABOVE_EXPECTATION' },
    { key: 'evaluatorNip', header: 'nip_penilai', headerEnglish: 'evaluator_nip', required: false, description: 'NIP of the evaluator (must exist, not the employee).', example: '' },
    { key: 'predikat', header: 'predikat', headerEnglish: 'predikat', required: false, exportOnly: true, description: `Written by export only (${Object.values(Predikat).join(', ')}), derived from the two ratings; ignored on import.`, example: '' },
  ],
  parseRow(r) {
    const nip = r.take('nip', (c, v) => cell.nip(c, v));
    const year = r.take('year', (c, v) => {
      const year = cell.integer(c, v);
      const last = new Date().getUTCFullYear();
      if (year < 2000 || year > last) throw new CellProblem(`${c} harus antara 2000 dan ${last}; tertulis ${year}`, `${c} must be between 2000 and ${last}; got ${year}`);
      return year;
    });
    const period = r.take('period', (c, v) => cell.oneOf(c, v, EvaluationPeriod, PERIOD_WORDS));
    const resultsRating = r.take('resultsRating', (c, v) => cell.oneOf(c, v, Rating, RATING_WORDS));
    const behaviourRating = r.take('behaviourRating', (c, v) => cell.oneOf(c, v, Rating, RATING_WORDS));
    const evaluatorNip = r.optional('evaluatorNip', (c, v) => cell.nip(c, v));
    if (nip && evaluatorNip === nip) r.fail('evaluatorNip', 'pegawai tidak dapat menilai SKP-nya sendiri', 'an employee cannot evaluate their own SKP');
    return complete(r, { nip: nip!, year: year!, period: period!, resultsRating: resultsRating!, behaviourRating: behaviourRating!, evaluatorNip: evaluatorNip ?? null });
  },
  async plan(rows, ctx) {
    const { session } = ctx;
    const unique = duplicateKeys(rows, keyOf, ctx, 'period', 'SKP');
    const employees = await employeeIds(session, unique.flatMap(({ value: v }) => (v.evaluatorNip ? [v.nip, v.evaluatorNip] : [v.nip])));
    const valid = unique.filter(({ row, value: v }) => {
      const a = known(employees, v.nip, row, ctx, 'nip', 'pegawai dengan NIP', 'employee with NIP');
      const b = known(employees, v.evaluatorNip, row, ctx, 'evaluatorNip', 'pegawai dengan NIP', 'employee with NIP');
      return a && b;
    });
    const stored = new Map(
      (await session.query<{ id: number; nip: string; year: number; period: string; results_rating: string; behaviour_rating: string; evaluator_nip: string | null }>(
        `select p.id, e.nip, p.year, p.period, p.results_rating, p.behaviour_rating, s.nip as evaluator_nip
           from unnest($1::text[], $2::int[], $3::text[]) k(nip, year, period)
           join employee e on e.nip = k.nip join performance_evaluation p on p.employee_id = e.id and p.year = k.year and p.period = k.period
           left join employee s on s.id = p.evaluator_id`,
        [valid.map((r) => r.value.nip), valid.map((r) => r.value.year), valid.map((r) => r.value.period)],
      )).map((s) => [`${s.nip}|${s.year}|${s.period}`, s]),
    );
    const creates = valid.filter((r) => !stored.has(keyOf(r.value)));
    const updates = valid.filter(({ value: v }) => {
      const s = stored.get(keyOf(v));
      return s && (s.results_rating !== v.resultsRating || s.behaviour_rating !== v.behaviourRating || s.evaluator_nip !== v.evaluatorNip);
    });
    const evaluator = (v: EvaluationRow) => (v.evaluatorNip ? employees.get(v.evaluatorNip)! : null);
    // What the file changes obeys the API's rules: nobody enters their own SKP (separation of duties).
    const obeyed = ({ row, value: v }: ParsedRow<EvaluationRow>) =>
      obeys(row, ctx, DUTY_COLUMNS, () => evaluatorOf(ctx.writer, { employeeId: employees.get(v.nip)!, evaluatorId: evaluator(v) }));
    const allowedCreates = creates.filter(obeyed);
    const allowedUpdates = updates.filter(obeyed);
    const enteredBy = ctx.writer.accountId;
    return {
      toCreate: allowedCreates.length,
      toUpdate: allowedUpdates.length,
      unchanged: valid.length - creates.length - updates.length,
      async apply(session, hooks) {
        await copyRows(
          session,
          'performance_evaluation',
          ['employee_id', 'year', 'period', 'results_rating', 'behaviour_rating', 'evaluator_id', 'entered_by_account_id'],
          allowedCreates.map(({ value: v }) => [employees.get(v.nip)!, v.year, v.period, v.resultsRating, v.behaviourRating, evaluator(v), enteredBy]),
          hooks,
        );
        if (allowedUpdates.length) {
          await scratchTable(session, 'import_skp', 'id int, results_rating text, behaviour_rating text, evaluator_id int');
          await copyRows(session, 'import_skp', ['id', 'results_rating', 'behaviour_rating', 'evaluator_id'], allowedUpdates.map(({ value: v }) => [stored.get(keyOf(v))!.id, v.resultsRating, v.behaviourRating, evaluator(v)]));
          await session.query(
            `update performance_evaluation p set results_rating = t.results_rating, behaviour_rating = t.behaviour_rating, evaluator_id = t.evaluator_id, entered_by_account_id = $1
               from import_skp t where p.id = t.id`,
            [enteredBy],
          );
          hooks.written(allowedUpdates.length);
        }
        return allowedCreates.length + allowedUpdates.length;
      },
    };
  },
  exportSql: `select p.id as _id, e.nip, p.year::text as year, p.period, p.results_rating as "resultsRating", p.behaviour_rating as "behaviourRating", s.nip as "evaluatorNip", p.predikat
                from performance_evaluation p join employee e on e.id = p.employee_id left join employee s on s.id = p.evaluator_id
               where p.id > $1 order by p.id limit $2`,
};
