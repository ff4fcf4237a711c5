import { DomainError } from '../../../common/errors.js';
import { EducationLevel, EmployeeStatus, Gender } from '../../employee/employee.entity.js';
import { checkGolongan } from '../../employee/employee-write.service.js';
import { parseNip } from '../../employee/nip.js';
import { cell } from '../import-cells.js';
import { CellProblem } from '../import-row.js';
import { complete, ImportKind, type KindDefinition, type PlanContext } from '../import-kind.js';
import { analyzeScratch, copyRows, refreshAnalytics, scratchTable } from '../import-write.js';
import { codeIds, duplicateKeys } from './shared.js';

interface EmployeeRow {
  nip: string;
  name: string;
  status: EmployeeStatus;
  golongan: string | null;
  gender: Gender;
  birthDate: string;
  educationLevel: EducationLevel;
  unitCode: string;
  positionName: string;
  positionUnitCode: string;
  supervisorNip: string | null;
}

interface StoredEmployee {
  nip: string;
  name: string;
  status: string;
  golongan: string | null;
  gender: string;
  birth_date: string;
  education_level: string;
  position_id: number;
  work_unit_id: number;
  supervisor_nip: string | null;
}

const GENDER_WORDS: Record<string, Gender> = { L: Gender.MALE, LAKI_LAKI: Gender.MALE, PRIA: Gender.MALE, P: Gender.FEMALE, PEREMPUAN: Gender.FEMALE, WANITA: Gender.FEMALE };
const EDUCATION_WORDS: Record<string, EducationLevel> = { SLTA: EducationLevel.SMA, SMK: EducationLevel.SMA, SLTP: EducationLevel.SMP, DIII: EducationLevel.D3, DIV: EducationLevel.D4 };

/**
 * Marks rows whose supervisor chain, as it would be after the import, comes back to them. The chain
 * runs through the file's rows and, beyond them, through the database (`storedSupervisor`).
 */
function supervisorLoops(after: Map<string, string | null>, rowOf: Map<string, number>, ctx: PlanContext): Set<string> {
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: known to end without a loop
  const looped = new Set<string>();
  for (const start of rowOf.keys()) {
    const path: string[] = [];
    let at: string | null | undefined = start;
    while (at && !state.has(at)) {
      state.set(at, 1);
      path.push(at);
      at = after.get(at);
    }
    if (at && state.get(at) === 1) {
      for (const nip of path.slice(path.indexOf(at))) {
        const row = rowOf.get(nip);
        if (row === undefined || looped.has(nip)) continue;
        looped.add(nip);
        ctx.errors.add(row, ctx.column('supervisorNip'), after.get(nip) ?? null, `nip_atasan membuat lingkaran atasan (melalui ${at})`, `the supervisor makes a loop of supervisors (through ${at})`);
      }
    }
    for (const nip of path) state.set(nip, 2);
  }
  return looped;
}

/** Pegawai ASN, keyed by NIP; the jabatan is named by its unit's code and its name. */
export const employeesLayout: KindDefinition<EmployeeRow> = {
  kind: ImportKind.EMPLOYEES,
  slug: 'employees',
  titleIndonesian: 'Pegawai',
  titleEnglish: 'Employees',
  columns: [
    { key: 'nip', header: 'nip', headerEnglish: 'nip', required: true, description: 'NIP, 18 digits (spaces allowed): birth date, start of service, gender, sequence. In Excel, format the column as Text.', example: '198609262015051001' },
    { key: 'name', header: 'nama', headerEnglish: 'name', required: true, description: 'Full name with academic titles (at most 200 characters).', example: 'Ahmad Fauzi, S.Kom.' },
    { key: 'status', header: 'status', headerEnglish: 'status', required: true, description: `Employment status: ${Object.values(EmployeeStatus).join(', ')}.`, example: 'PNS' },
    { key: 'golongan', header: 'golongan', headerEnglish: 'grade', required: false, description: 'Golongan: I/a–IV/e for PNS, I–XVII for PPPK; empty for none.', example: 'III/b' },
    { key: 'gender', header: 'jenis_kelamin', headerEnglish: 'gender', required: false, description: 'MALE/FEMALE (or L/P, Laki-laki/Perempuan); taken from the NIP when empty, and must agree with it.', example: 'L' },
    { key: 'birthDate', header: 'tanggal_lahir', headerEnglish: 'birth_date', required: false, description: 'Birth date YYYY-MM-DD (or DD-MM-YYYY); taken from the NIP when empty, and must agree with it.', example: '1986-09-26' },
    { key: 'educationLevel', header: 'pendidikan', headerEnglish: 'education', required: true, description: `Highest education: ${Object.values(EducationLevel).join(', ')} (SLTA/SMK count as SMA).`, example: 'S1' },
    { key: 'unitCode', header: 'kode_unit', headerEnglish: 'unit_code', required: true, description: 'Code of the work unit the employee works in.', example: '16.71.07' },
    { key: 'positionName', header: 'nama_jabatan', headerEnglish: 'position_name', required: true, description: 'Name of the jabatan, as in the positions of the unit (kode_unit_jabatan, or kode_unit when that is empty).', example: 'Camat Sukarami' },
    { key: 'positionUnitCode', header: 'kode_unit_jabatan', headerEnglish: 'position_unit_code', required: false, description: 'Code of the unit the jabatan belongs to, when it is not kode_unit.', example: '' },
    { key: 'supervisorNip', header: 'nip_atasan', headerEnglish: 'supervisor_nip', required: false, description: 'NIP of the direct supervisor (in the database or in the same file); empty for none.', example: '' },
  ],
  parseRow(r) {
    const nip = r.take('nip', (c, v) => cell.nip(c, v));
    const name = r.take('name', (c, v) => cell.text(c, v, 200));
    const status = r.take('status', (c, v) => cell.oneOf(c, v, EmployeeStatus));
    const golongan = status
      ? r.take('golongan', (_column, v) => {
          try {
            return checkGolongan(status, v || null);
          } catch (error) {
            if (error instanceof DomainError) throw new CellProblem(`golongan ${v} tidak ada untuk ${status}`, error.message);
            throw error;
          }
        })
      : undefined;
    const parsed = nip ? parseNip(nip) : undefined;
    const fromNip = parsed?.ok ? parsed.value : undefined;
    const gender = r.optional('gender', (c, v) => cell.oneOf(c, v, Gender, GENDER_WORDS));
    if (gender && fromNip && gender !== fromNip.gender) r.fail('gender', `jenis_kelamin ${gender} tidak sesuai dengan NIP (${fromNip.gender})`, `gender ${gender} disagrees with the NIP, which says ${fromNip.gender}`);
    const birthDate = r.optional('birthDate', (c, v) => cell.day(c, v));
    if (birthDate && fromNip && birthDate !== fromNip.birthDate) r.fail('birthDate', `tanggal_lahir ${birthDate} tidak sesuai dengan NIP (${fromNip.birthDate})`, `birth date ${birthDate} disagrees with the NIP, which says ${fromNip.birthDate}`);
    const educationLevel = r.take('educationLevel', (c, v) => cell.oneOf(c, v, EducationLevel, EDUCATION_WORDS));
    const unitCode = r.take('unitCode', (c, v) => cell.text(c, v, 40));
    const positionName = r.take('positionName', (c, v) => cell.text(c, v, 200));
    const positionUnitCode = r.optional('positionUnitCode', (c, v) => cell.text(c, v, 40));
    const supervisorNip = r.optional('supervisorNip', (c, v) => cell.nip(c, v));
    if (nip && supervisorNip === nip) r.fail('supervisorNip', 'pegawai tidak dapat menjadi atasan dirinya sendiri', 'an employee cannot be their own supervisor');
    if (!fromNip) return undefined;
    return complete(r, {
      nip: nip!,
      name: name!,
      status: status!,
      golongan: golongan ?? null,
      gender: fromNip.gender as Gender,
      birthDate: fromNip.birthDate,
      educationLevel: educationLevel!,
      unitCode: unitCode!,
      positionName: positionName!,
      positionUnitCode: positionUnitCode ?? unitCode!,
      supervisorNip: supervisorNip ?? null,
    });
  },
  async plan(rows, ctx) {
    const { session } = ctx;
    const unique = duplicateKeys(rows, (v) => v.nip, ctx, 'nip', 'NIP');
    const units = await codeIds(session, 'work_unit', unique.flatMap(({ value: v }) => [v.unitCode, v.positionUnitCode]));

    // Jabatan by (unit, name); a name held twice in one unit cannot be told apart.
    const pairs = [...new Set(unique.map(({ value: v }) => `${units.get(v.positionUnitCode) ?? 0}\u0000${v.positionName}`))].map((k) => k.split('\u0000'));
    const positionRows = await session.query<{ id: number; work_unit_id: number; name: string }>(
      `select p.id, p.work_unit_id, p.name from position p join unnest($1::int[], $2::text[]) k(unit_id, name) on p.work_unit_id = k.unit_id and p.name = k.name`,
      [pairs.map(([u]) => Number(u)), pairs.map(([, n]) => n)],
    );
    const positions = new Map<string, number[]>();
    for (const p of positionRows) {
      const key = `${p.work_unit_id}\u0000${p.name}`;
      positions.set(key, [...(positions.get(key) ?? []), Number(p.id)]);
    }

    const stored = new Map(
      (await session.query<StoredEmployee>(
        `select e.nip, e.name, e.status, e.golongan, e.gender, e.birth_date::text as birth_date, e.education_level, e.position_id, e.work_unit_id, s.nip as supervisor_nip
           from employee e left join employee s on s.id = e.supervisor_id where e.nip = any($1)`,
        [unique.map((r) => r.value.nip)],
      )).map((e) => [e.nip, e]),
    );

    // Supervisors outside the file, with their own chains upwards (to check for loops).
    const inFile = new Map(unique.map((r) => [r.value.nip, r.row]));
    const outside = [...new Set(unique.map((r) => r.value.supervisorNip).filter((n): n is string => n !== null && !inFile.has(n)))];
    const chains = outside.length
      ? await session.query<{ nip: string; supervisor_nip: string | null }>(
          `with recursive up(nip, supervisor_nip, depth) as (
             select e.nip, s.nip, 0 from employee e left join employee s on s.id = e.supervisor_id where e.nip = any($1)
             union
             select e.nip, s.nip, up.depth + 1 from up join employee e on e.nip = up.supervisor_nip left join employee s on s.id = e.supervisor_id where up.depth < 100)
           select distinct nip, supervisor_nip from up`,
          [outside],
        )
      : [];
    const supervisorAfter = new Map<string, string | null>(chains.map((c) => [c.nip, c.supervisor_nip]));
    for (const { value: v } of unique) supervisorAfter.set(v.nip, v.supervisorNip);

    const resolved: { row: number; value: EmployeeRow; positionId: number; unitId: number }[] = [];
    for (const { row, value: v } of unique) {
      let ok = true;
      const unitId = units.get(v.unitCode);
      if (unitId === undefined) {
        ctx.errors.add(row, ctx.column('unitCode'), v.unitCode, `unit kerja dengan kode ${v.unitCode} tidak ada`, `there is no work unit with code ${v.unitCode}`);
        ok = false;
      }
      const positionUnit = units.get(v.positionUnitCode);
      if (positionUnit === undefined && v.positionUnitCode !== v.unitCode) {
        ctx.errors.add(row, ctx.column('positionUnitCode'), v.positionUnitCode, `unit kerja dengan kode ${v.positionUnitCode} tidak ada`, `there is no work unit with code ${v.positionUnitCode}`);
        ok = false;
      }
      const candidates = positionUnit === undefined ? [] : (positions.get(`${positionUnit}\u0000${v.positionName}`) ?? []);
      if (positionUnit !== undefined && candidates.length !== 1) {
        const [id, en] = candidates.length
          ? [`ada ${candidates.length} jabatan bernama "${v.positionName}" di unit ${v.positionUnitCode}; beri nama yang berbeda`, `${candidates.length} positions are named "${v.positionName}" in unit ${v.positionUnitCode}; give them different names`]
          : [`tidak ada jabatan "${v.positionName}" di unit ${v.positionUnitCode}; impor jabatan lebih dahulu`, `there is no position "${v.positionName}" in unit ${v.positionUnitCode}; import the positions first`];
        ctx.errors.add(row, ctx.column('positionName'), v.positionName, id, en);
        ok = false;
      }
      if (v.supervisorNip && !supervisorAfter.has(v.supervisorNip)) {
        ctx.errors.add(row, ctx.column('supervisorNip'), v.supervisorNip, `tidak ada pegawai dengan NIP ${v.supervisorNip} di basis data maupun di berkas`, `there is no employee with NIP ${v.supervisorNip} in the database or the file`);
        ok = false;
      }
      if (ok) resolved.push({ row, value: v, positionId: candidates[0], unitId: unitId! });
    }
    const looped = supervisorLoops(supervisorAfter, inFile, ctx);
    const valid = resolved.filter((r) => !looped.has(r.value.nip));

    const isChanged = ({ value: v, positionId, unitId }: (typeof valid)[number]) => {
      const e = stored.get(v.nip)!;
      return (
        e.name !== v.name || e.status !== v.status || (e.golongan ?? null) !== v.golongan || e.gender !== v.gender || e.birth_date !== v.birthDate ||
        e.education_level !== v.educationLevel || Number(e.position_id) !== positionId || Number(e.work_unit_id) !== unitId || (e.supervisor_nip ?? null) !== v.supervisorNip
      );
    };
    const creates = valid.filter((r) => !stored.has(r.value.nip));
    const updates = valid.filter((r) => stored.has(r.value.nip) && isChanged(r));
    return {
      toCreate: creates.length,
      toUpdate: updates.length,
      unchanged: valid.length - creates.length - updates.length,
      async apply(session, hooks) {
        const changed = [...creates.map((r) => ({ ...r, isNew: true })), ...updates.map((r) => ({ ...r, isNew: false }))];
        if (!changed.length) return 0;
        const columns = ['nip', 'name', 'status', 'golongan', 'gender', 'birth_date', 'education_level', 'position_id', 'work_unit_id', 'supervisor_nip', 'is_new'];
        await hooks.timed('write: scratch table', async () => {
          await scratchTable(
            session,
            'import_employee',
            'nip char(18), name varchar(200), status text, golongan varchar(6), gender text, birth_date date, education_level text, position_id int, work_unit_id int, supervisor_nip char(18), is_new boolean',
          );
          await copyRows(session, 'import_employee', columns, changed.map(({ value: v, positionId, unitId, isNew }) => [v.nip, v.name, v.status, v.golongan, v.gender, v.birthDate, v.educationLevel, positionId, unitId, v.supervisorNip, isNew]));
          await session.query('create index on import_employee (nip)');
          await analyzeScratch(session, 'import_employee');
        });
        await hooks.timed('write: insert employees', () =>
          session.query(
            `insert into employee (nip, name, status, golongan, gender, birth_date, education_level, position_id, work_unit_id, supervisor_id)
             select t.nip, t.name, t.status, t.golongan, t.gender, t.birth_date, t.education_level, t.position_id, t.work_unit_id, s.id
               from import_employee t left join employee s on s.nip = t.supervisor_nip where t.is_new`,
          ),
        );
        hooks.written(creates.length);
        await hooks.timed('write: supervisors and updates', async () => {
          // New employees whose supervisor is new too: the supervisor exists now.
          if (creates.some((r) => r.value.supervisorNip)) {
            await session.query(
              `update employee e set supervisor_id = s.id from import_employee t join employee s on s.nip = t.supervisor_nip
                where t.is_new and e.nip = t.nip and e.supervisor_id is null`,
            );
          }
          if (updates.length) {
            await session.query(
              `update employee e set name = t.name, status = t.status, golongan = t.golongan, gender = t.gender, birth_date = t.birth_date,
                      education_level = t.education_level, position_id = t.position_id, work_unit_id = t.work_unit_id, supervisor_id = s.id, updated_at = now()
                 from import_employee t left join employee s on s.nip = t.supervisor_nip where not t.is_new and e.nip = t.nip`,
            );
          }
        });
        hooks.written(updates.length);
        const ids = await session.query<{ id: number }>('select e.id from employee e join import_employee t on t.nip = e.nip');
        await refreshAnalytics(session, ids.map((r) => Number(r.id)), hooks);
        return changed.length;
      },
    };
  },
  exportSql: `select e.id as _id, e.nip, e.name, e.status, e.golongan, e.gender, e.birth_date::text as "birthDate", e.education_level as "educationLevel",
                     u.code as "unitCode", p.name as "positionName", case when pu.id <> u.id then pu.code end as "positionUnitCode", s.nip as "supervisorNip"
                from employee e join work_unit u on u.id = e.work_unit_id join position p on p.id = e.position_id
                join work_unit pu on pu.id = p.work_unit_id left join employee s on s.id = e.supervisor_id
               where e.id > $1 order by e.id limit $2`,
};
