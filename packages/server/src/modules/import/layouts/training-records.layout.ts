import { today } from '../../../common/validate.js';
import { refuseOwnTraining } from '../../access/separation-of-duties.js';
import { checkJpFitsDates } from '../../training/development-hours.js';
import { TrainingStatus } from '../../training/training-record.entity.js';
import { cell } from '../import-cells.js';
import { complete, ImportKind, type KindDefinition, type ParsedRow } from '../import-kind.js';
import { copyRows, scratchTable } from '../import-write.js';
import { duplicateKeys, employeeIds, known, obeys } from './shared.js';

interface TrainingRow {
  nip: string;
  courseCode: string;
  status: TrainingStatus;
  startDate: string;
  endDate: string | null;
  jp: number | null;
  score: number | null;
  certificateNumber: string | null;
}

const STATUS_WORDS: Record<string, TrainingStatus> = {
  DIRENCANAKAN: TrainingStatus.PLANNED,
  BERJALAN: TrainingStatus.ONGOING,
  SEDANG_BERJALAN: TrainingStatus.ONGOING,
  SELESAI: TrainingStatus.COMPLETED,
  LULUS: TrainingStatus.COMPLETED,
  TIDAK_LULUS: TrainingStatus.FAILED,
  GAGAL: TrainingStatus.FAILED,
};

const keyOf = (v: TrainingRow) => `${v.nip}|${v.courseCode}|${v.startDate}`;

/** The file's columns for the fields of the API's rules. */
const RULE_COLUMNS = { trainingRecordId: 'nip', endDate: 'endDate' };

/** Riwayat pelatihan, keyed by NIP, course code and start day. */
export const trainingRecordsLayout: KindDefinition<TrainingRow> = {
  kind: ImportKind.TRAINING_RECORDS,
  slug: 'training-records',
  titleIndonesian: 'Riwayat pelatihan',
  titleEnglish: 'Training records',
  columns: [
    { key: 'nip', header: 'nip', headerEnglish: 'nip', required: true, description: 'NIP of the participant (must exist).', example: '198609262015051001' },
    { key: 'courseCode', header: 'kode_pelatihan', headerEnglish: 'course_code', required: true, description: 'Code of the course in the catalogue (import courses first).', example: 'PKA-2025' },
    { key: 'status', header: 'status', headerEnglish: 'status', required: true, description: `${Object.values(TrainingStatus).join(', ')} (or Direncanakan, Berjalan, Selesai, Tidak lulus).`, example: 'COMPLETED' },
    { key: 'startDate', header: 'tanggal_mulai', headerEnglish: 'start_date', required: true, description: 'First day, YYYY-MM-DD (or DD-MM-YYYY).', example: '2025-05-05' },
    { key: 'endDate', header: 'tanggal_selesai', headerEnglish: 'end_date', required: false, description: 'Last day; required once COMPLETED, not before the first day, not in the future when COMPLETED; a COMPLETED training credits at most 10 JP a calendar day from the first day to the last.', example: '2025-05-09' },
    { key: 'jp', header: 'jp', headerEnglish: 'lesson_hours', required: false, description: "JP earned (≥ 0); empty: the course's JP when COMPLETED, 0 otherwise.", example: '40' },
    { key: 'score', header: 'nilai', headerEnglish: 'score', required: false, description: 'Final score 0–100, where the course grades.', example: '85.5' },
    { key: 'certificateNumber', header: 'nomor_sertifikat', headerEnglish: 'certificate_number', required: false, description: 'Number of the certificate (STTPP).', example: '' },
  ],
  parseRow(r) {
    const nip = r.take('nip', (c, v) => cell.nip(c, v));
    const courseCode = r.take('courseCode', (c, v) => cell.text(c, v, 40));
    const status = r.take('status', (c, v) => cell.oneOf(c, v, TrainingStatus, STATUS_WORDS));
    const startDate = r.take('startDate', (c, v) => cell.day(c, v));
    const endDate = r.optional('endDate', (c, v) => cell.day(c, v));
    const jp = r.optional('jp', (c, v) => cell.range(c, v, 0, 10_000));
    const score = r.optional('score', (c, v) => cell.range(c, v, 0, 100));
    const certificateNumber = r.take('certificateNumber', (c, v) => cell.optionalText(c, v, 100));
    if (startDate && endDate && endDate < startDate) {
      r.fail('endDate', `tanggal_selesai ${endDate} sebelum tanggal_mulai ${startDate}`, `end date ${endDate} is before start date ${startDate}`);
    }
    if (status === TrainingStatus.COMPLETED && endDate === null) r.fail('endDate', 'pelatihan yang selesai (COMPLETED) wajib punya tanggal_selesai', 'a COMPLETED training must have an end date');
    if (status === TrainingStatus.COMPLETED && endDate && endDate > today()) r.fail('endDate', `pelatihan tidak dapat selesai di masa depan (${endDate})`, `a training cannot be completed in the future (${endDate})`);
    return complete(r, { nip: nip!, courseCode: courseCode!, status: status!, startDate: startDate!, endDate: endDate ?? null, jp: jp ?? null, score: score ?? null, certificateNumber: certificateNumber ?? null });
  },
  async plan(rows, ctx) {
    const { session } = ctx;
    const unique = duplicateKeys(rows, keyOf, ctx, 'startDate', 'pelatihan');
    const employees = await employeeIds(session, unique.map((r) => r.value.nip));
    const courses = new Map(
      (await session.query<{ code: string; id: number; jp: number }>('select code, id, jp from course where code = any($1)', [[...new Set(unique.map((r) => r.value.courseCode))]])).map((c) => [c.code, c]),
    );
    const valid = unique.filter(({ row, value: v }) => {
      const a = known(employees, v.nip, row, ctx, 'nip', 'pegawai dengan NIP', 'employee with NIP');
      const b = known(courses, v.courseCode, row, ctx, 'courseCode', 'pelatihan dengan kode', 'course with code');
      return a && b;
    });
    // JP as stored: given, or the course's once completed.
    const jpOf = (v: TrainingRow) => v.jp ?? (v.status === TrainingStatus.COMPLETED ? Number(courses.get(v.courseCode)!.jp) : 0);
    const stored = new Map(
      (await session.query<{ id: number; nip: string; code: string; start: string; status: string; end_date: string | null; jp_earned: number; score: number | null; certificate_number: string | null }>(
        `select t.id, e.nip, c.code, t.start_date::text as start, t.status, t.end_date::text as end_date, t.jp_earned, t.score, t.certificate_number
           from unnest($1::text[], $2::text[], $3::date[]) k(nip, code, start)
           join employee e on e.nip = k.nip join course c on c.code = k.code
           join training_record t on t.employee_id = e.id and t.course_id = c.id and t.start_date = k.start`,
        [valid.map((r) => r.value.nip), valid.map((r) => r.value.courseCode), valid.map((r) => r.value.startDate)],
      )).map((s) => [`${s.nip}|${s.code}|${s.start}`, s]),
    );
    const creates = valid.filter((r) => !stored.has(keyOf(r.value)));
    const updates = valid.filter(({ value: v }) => {
      const s = stored.get(keyOf(v));
      return s && (s.status !== v.status || s.end_date !== v.endDate || Number(s.jp_earned) !== jpOf(v) || (s.score === null ? null : Number(s.score)) !== v.score || s.certificate_number !== v.certificateNumber);
    });
    // What the file changes obeys the API's rules: nobody starts, completes or fails their own
    // training (separation of duties), and completed JP fit the dates (MAX_JP_PER_DAY).
    const obeyed = ({ row, value: v }: ParsedRow<TrainingRow>) =>
      obeys(row, ctx, RULE_COLUMNS, () => {
        if (v.status !== TrainingStatus.PLANNED) refuseOwnTraining(ctx.writer, employees.get(v.nip)!, 'trainingRecordId');
        if (v.status === TrainingStatus.COMPLETED) checkJpFitsDates(jpOf(v), v.startDate, v.endDate!);
      });
    const allowedCreates = creates.filter(obeyed);
    const allowedUpdates = updates.filter(obeyed);
    const row = (v: TrainingRow) => [v.status, v.startDate, v.endDate, jpOf(v), v.score, v.certificateNumber];
    return {
      toCreate: allowedCreates.length,
      toUpdate: allowedUpdates.length,
      unchanged: valid.length - creates.length - updates.length,
      async apply(session, hooks) {
        await copyRows(
          session,
          'training_record',
          ['employee_id', 'course_id', 'status', 'start_date', 'end_date', 'jp_earned', 'score', 'certificate_number'],
          allowedCreates.map(({ value: v }) => [employees.get(v.nip)!, courses.get(v.courseCode)!.id, ...row(v)]),
          hooks,
        );
        if (allowedUpdates.length) {
          await scratchTable(session, 'import_training', 'id int, status text, start_date date, end_date date, jp_earned double precision, score double precision, certificate_number varchar(100)');
          await copyRows(session, 'import_training', ['id', 'status', 'start_date', 'end_date', 'jp_earned', 'score', 'certificate_number'], allowedUpdates.map(({ value: v }) => [stored.get(keyOf(v))!.id, ...row(v)]));
          await session.query(
            `update training_record r set status = t.status, end_date = t.end_date, jp_earned = t.jp_earned, score = t.score, certificate_number = t.certificate_number
               from import_training t where r.id = t.id`,
          );
          hooks.written(allowedUpdates.length);
        }
        // Training records feed the JP dashboards, which read them directly: no read-model upkeep.
        return allowedCreates.length + allowedUpdates.length;
      },
    };
  },
  exportSql: `select t.id as _id, e.nip, c.code as "courseCode", t.status, t.start_date::text as "startDate", t.end_date::text as "endDate", t.jp_earned::text as jp, t.score::text as score, t.certificate_number as "certificateNumber"
                from training_record t join employee e on e.id = t.employee_id join course c on c.id = t.course_id
               where t.id > $1 order by t.id limit $2`,
};
