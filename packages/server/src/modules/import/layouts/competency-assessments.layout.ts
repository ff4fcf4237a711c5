import { assessorOf } from '../../access/separation-of-duties.js';
import { AssessmentMethod } from '../../assessment/competency-assessment.entity.js';
import { cell } from '../import-cells.js';
import { complete, ImportKind, type KindDefinition } from '../import-kind.js';
import { copyRows, refreshAnalytics } from '../import-write.js';
import { codeIds, duplicateKeys, employeeIds, known, obeys } from './shared.js';

interface AssessmentRow {
  nip: string;
  competencyCode: string;
  level: number;
  method: AssessmentMethod;
  assessedOn: string;
  assessorNip: string | null;
  assessorName: string | null;
  note: string | null;
}

const METHOD_WORDS: Record<string, AssessmentMethod> = {
  AC: AssessmentMethod.ASSESSMENT_CENTER,
  ASESMEN: AssessmentMethod.ASSESSMENT_CENTER,
  SERTIFIKAT: AssessmentMethod.CERTIFICATE,
  PELATIHAN: AssessmentMethod.TRAINING,
  ATASAN: AssessmentMethod.SUPERVISOR,
  REKAN_360: AssessmentMethod.PEER_360,
  MANDIRI: AssessmentMethod.SELF,
};

const keyOf = (v: AssessmentRow) => `${v.nip}|${v.competencyCode}|${v.assessedOn}|${v.method}`;

/** The file's columns for the fields of the API's rules. */
const DUTY_COLUMNS = { employeeId: 'nip', assessorId: 'assessorNip', method: 'method' };

/**
 * Penilaian kompetensi. Assessments are append-only evidence: a row equal to a stored assessment
 * (same employee, competency, day and method) is unchanged; one that differs from it is an error,
 * since a stored assessment is never changed (a correction is a new assessment).
 */
export const competencyAssessmentsLayout: KindDefinition<AssessmentRow> = {
  kind: ImportKind.COMPETENCY_ASSESSMENTS,
  slug: 'competency-assessments',
  titleIndonesian: 'Penilaian kompetensi',
  titleEnglish: 'Competency assessments',
  columns: [
    { key: 'nip', header: 'nip', headerEnglish: 'nip', required: true, description: 'NIP of the employee assessed (must exist).', example: '198609262015051001' },
    { key: 'competencyCode', header: 'kode_kompetensi', headerEnglish: 'competency_code', required: true, description: 'Competency code of the dictionary, e.g. M.01, SK.01, DC.1.1.', example: 'M.01' },
    { key: 'level', header: 'level', headerEnglish: 'level', required: true, description: 'Level reached, a whole number 1 to 5.', example: '3' },
    { key: 'method', header: 'metode', headerEnglish: 'method', required: true, description: `How it was established: ${Object.values(AssessmentMethod).join(', ')}.`, example: 'ASSESSMENT_CENTER' },
    { key: 'assessedOn', header: 'tanggal_penilaian', headerEnglish: 'assessed_on', required: true, description: 'Day of the assessment, YYYY-MM-DD (or DD-MM-YYYY); not in the future.', example: '2025-03-14' },
    { key: 'assessorNip', header: 'nip_penilai', headerEnglish: 'assessor_nip', required: false, description: 'NIP of the assessor when an employee of the city (must exist; never the employee assessed, other than in a SELF assessment).', example: '' },
    { key: 'assessorName', header: 'nama_penilai', headerEnglish: 'assessor_name', required: false, description: 'Name of an assessor from outside (e.g. an assessment centre).', example: 'UPT Penilaian Kompetensi BKN' },
    { key: 'note', header: 'catatan', headerEnglish: 'note', required: false, description: 'Free-text note or a reference to the evidence.', example: '' },
  ],
  parseRow(r) {
    const nip = r.take('nip', (c, v) => cell.nip(c, v));
    const competencyCode = r.take('competencyCode', (c, v) => cell.text(c, v, 20));
    const level = r.take('level', (c, v) => cell.level(c, v));
    const method = r.take('method', (c, v) => cell.oneOf(c, v, AssessmentMethod, METHOD_WORDS));
    const assessedOn = r.take('assessedOn', (c, v) => cell.pastDay(c, v));
    const assessorNip = r.optional('assessorNip', (c, v) => cell.nip(c, v));
    const assessorName = r.take('assessorName', (c, v) => cell.optionalText(c, v, 200));
    const note = r.take('note', (c, v) => cell.optionalText(c, v, 4000));
    return complete(r, { nip: nip!, competencyCode: competencyCode!, level: level!, method: method!, assessedOn: assessedOn!, assessorNip: assessorNip ?? null, assessorName: assessorName ?? null, note: note ?? null });
  },
  async plan(rows, ctx) {
    const { session } = ctx;
    const unique = duplicateKeys(rows, keyOf, ctx, 'competencyCode', 'penilaian');
    const employees = await employeeIds(session, unique.flatMap(({ value: v }) => (v.assessorNip ? [v.nip, v.assessorNip] : [v.nip])));
    const competencies = await codeIds(session, 'competency', unique.map((r) => r.value.competencyCode));
    const valid = unique.filter(({ row, value: v }) => {
      const a = known(employees, v.nip, row, ctx, 'nip', 'pegawai dengan NIP', 'employee with NIP');
      const b = known(competencies, v.competencyCode, row, ctx, 'competencyCode', 'kompetensi dengan kode', 'competency with code');
      const c = known(employees, v.assessorNip, row, ctx, 'assessorNip', 'pegawai dengan NIP', 'employee with NIP');
      return a && b && c;
    });
    const stored = await session.query<{ nip: string; code: string; day: string; method: string; level: number; assessor_nip: string | null; assessor_name: string | null; note: string | null }>(
      `select e.nip, c.code, a.assessed_on::text as day, a.method, a.level, s.nip as assessor_nip, a.assessor_name, a.note
         from unnest($1::text[], $2::text[], $3::date[], $4::text[]) k(nip, code, day, method)
         join employee e on e.nip = k.nip join competency c on c.code = k.code
         join competency_assessment a on a.employee_id = e.id and a.competency_id = c.id and a.assessed_on = k.day and a.method = k.method
         left join employee s on s.id = a.assessor_id`,
      [valid.map((r) => r.value.nip), valid.map((r) => r.value.competencyCode), valid.map((r) => r.value.assessedOn), valid.map((r) => r.value.method)],
    );
    const byKey = new Map<string, typeof stored>();
    for (const s of stored) {
      const key = `${s.nip}|${s.code}|${s.day}|${s.method}`;
      byKey.set(key, [...(byKey.get(key) ?? []), s]);
    }
    const creates: typeof valid = [];
    let unchanged = 0;
    for (const r of valid) {
      const v = r.value;
      const same = byKey.get(keyOf(v));
      if (!same) {
        creates.push(r);
      } else if (same.some((s) => Number(s.level) === v.level && s.assessor_nip === v.assessorNip && s.assessor_name === v.assessorName && s.note === v.note)) {
        unchanged++;
      } else {
        ctx.errors.add(
          r.row,
          ctx.column('level'),
          String(v.level),
          `penilaian ${v.competencyCode} tanggal ${v.assessedOn} dengan metode ${v.method} sudah tercatat dengan isi lain (level ${same[0].level}); penilaian tidak dapat diubah: catat koreksi sebagai penilaian baru`,
          `an assessment of ${v.competencyCode} on ${v.assessedOn} by ${v.method} is already recorded with other values (level ${same[0].level}); assessments cannot be changed: record a correction as a new assessment`,
        );
      }
    }
    // What the file adds obeys the API's rules of who may record what on whom (separation of duties).
    const assessorId = (v: AssessmentRow) => (v.assessorNip ? employees.get(v.assessorNip)! : null);
    const allowed = creates.filter(({ row, value: v }) =>
      obeys(row, ctx, DUTY_COLUMNS, () => assessorOf(ctx.writer, { employeeId: employees.get(v.nip)!, method: v.method, assessorId: assessorId(v) })),
    );
    return {
      toCreate: allowed.length,
      toUpdate: 0,
      unchanged,
      async apply(session, hooks) {
        await copyRows(
          session,
          'competency_assessment',
          ['employee_id', 'competency_id', 'level', 'method', 'assessor_id', 'assessor_name', 'assessed_on', 'note', 'entered_by_account_id'],
          allowed.map(({ value: v }) => [employees.get(v.nip)!, competencies.get(v.competencyCode)!, v.level, v.method, assessorId(v), v.assessorName, v.assessedOn, v.note, ctx.writer.accountId]),
          hooks,
        );
        await refreshAnalytics(session, [...new Set(allowed.map((r) => employees.get(r.value.nip)!))], hooks);
        return allowed.length;
      },
    };
  },
  exportSql: `select a.id as _id, e.nip, c.code as "competencyCode", a.level::text as level, a.method, a.assessed_on::text as "assessedOn", s.nip as "assessorNip", a.assessor_name as "assessorName", a.note
                from competency_assessment a join employee e on e.id = a.employee_id join competency c on c.id = a.competency_id
                left join employee s on s.id = a.assessor_id where a.id > $1 order by a.id limit $2`,
};
