import { PositionKind } from '../../position/position.entity.js';
import { cell } from '../import-cells.js';
import { complete, ImportKind, type KindDefinition } from '../import-kind.js';
import { copyRows, refreshAnalytics, scratchTable } from '../import-write.js';
import { codeIds, duplicateKeys, known } from './shared.js';

interface RequirementRow {
  unitCode: string;
  name: string;
  kind: PositionKind;
  competencyCode: string | null;
  requiredLevel: number | null;
  weight: number;
  critical: boolean;
}

interface Requirement {
  competencyId: number;
  requiredLevel: number;
  weight: number;
  critical: boolean;
}

const positionKey = (v: RequirementRow) => `${v.unitCode}\u0000${v.name}`;
const standardText = (list: Requirement[]) => list.map((r) => `${r.competencyId}:${r.requiredLevel}:${r.weight}:${r.critical}`).sort().join(';');

/**
 * Jabatan with their standards: one row per required competency, the position named by its unit's
 * code and its name. The rows of a position in the file are its whole standard: requirements not
 * listed are removed (as setPositionStandard does). A row without a competency declares a position
 * with an empty standard.
 */
export const positionsLayout: KindDefinition<RequirementRow> = {
  kind: ImportKind.POSITIONS,
  slug: 'positions',
  titleIndonesian: 'Jabatan dan standar kompetensi',
  titleEnglish: 'Positions and their standards',
  columns: [
    { key: 'unitCode', header: 'kode_unit', headerEnglish: 'unit_code', required: true, description: 'Code of the work unit the jabatan belongs to (must exist).', example: '16.71.07' },
    { key: 'name', header: 'nama_jabatan', headerEnglish: 'position_name', required: true, description: 'Name of the jabatan; with kode_unit it names the position.', example: 'Camat Sukarami' },
    { key: 'kind', header: 'jenis_jabatan', headerEnglish: 'position_kind', required: true, description: `Kind of jabatan: ${Object.values(PositionKind).join(', ')}; the same on every row of the position.`, example: 'ADMINISTRATOR' },
    { key: 'competencyCode', header: 'kode_kompetensi', headerEnglish: 'competency_code', required: false, description: 'Competency required (empty: a position with no standard yet).', example: 'M.01' },
    { key: 'requiredLevel', header: 'level_standar', headerEnglish: 'required_level', required: false, description: 'Required level 1–5; required when kode_kompetensi is given.', example: '3' },
    { key: 'weight', header: 'bobot', headerEnglish: 'weight', required: false, description: 'Weight > 0 (at most 100) used to rank gaps; 1 when empty.', example: '1' },
    { key: 'critical', header: 'kritis', headerEnglish: 'critical', required: false, description: 'ya/tidak: whether the competency is critical for the jabatan; tidak when empty.', example: 'tidak' },
  ],
  parseRow(r) {
    const unitCode = r.take('unitCode', (c, v) => cell.text(c, v, 40));
    const name = r.take('name', (c, v) => cell.text(c, v, 200));
    const kind = r.take('kind', (c, v) => cell.oneOf(c, v, PositionKind));
    const competencyCode = r.take('competencyCode', (c, v) => cell.optionalText(c, v, 20));
    const requiredLevel = competencyCode ? r.take('requiredLevel', (c, v) => cell.level(c, v)) : null;
    const weight = r.optional('weight', (c, v) => cell.range(c, v, Number.MIN_VALUE, 100));
    const critical = r.take('critical', (c, v) => cell.yesNo(c, v));
    return complete(r, { unitCode: unitCode!, name: name!, kind: kind!, competencyCode: competencyCode ?? null, requiredLevel: requiredLevel ?? null, weight: weight ?? 1, critical: critical ?? false });
  },
  async plan(rows, ctx) {
    const { session } = ctx;
    const unique = duplicateKeys(rows, (v) => `${positionKey(v)}\u0000${v.competencyCode ?? ''}`, ctx, 'competencyCode', 'kompetensi jabatan');
    const units = await codeIds(session, 'work_unit', unique.map((r) => r.value.unitCode));
    const competencies = await codeIds(session, 'competency', unique.flatMap((r) => (r.value.competencyCode ? [r.value.competencyCode] : [])));
    const valid = unique.filter(({ row, value: v }) => {
      const a = known(units, v.unitCode, row, ctx, 'unitCode', 'unit kerja dengan kode', 'work unit with code');
      const b = known(competencies, v.competencyCode, row, ctx, 'competencyCode', 'kompetensi dengan kode', 'competency with code');
      return a && b;
    });

    // Group the rows by position; the kind must agree across them.
    const groups = new Map<string, { rows: typeof valid; kind: PositionKind; unitId: number; name: string }>();
    for (const r of valid) {
      const key = positionKey(r.value);
      const group = groups.get(key);
      if (!group) groups.set(key, { rows: [r], kind: r.value.kind, unitId: units.get(r.value.unitCode)!, name: r.value.name });
      else if (group.kind !== r.value.kind) {
        ctx.errors.add(r.row, ctx.column('kind'), r.value.kind, `jenis_jabatan berbeda dengan baris ${group.rows[0].row} untuk jabatan yang sama (${group.kind})`, `the position kind differs from row ${group.rows[0].row} for the same position (${group.kind})`);
      } else group.rows.push(r);
    }

    const stored = await session.query<{ id: number; work_unit_id: number; name: string; kind: string; standard: string }>(
      `select p.id, p.work_unit_id, p.name, p.kind,
              coalesce((select string_agg(r.competency_id || ':' || r.required_level || ':' || r.weight || ':' || r.critical, ';') from position_requirement r where r.position_id = p.id), '') as standard
         from position p join unnest($1::int[], $2::text[]) k(unit_id, name) on p.work_unit_id = k.unit_id and p.name = k.name`,
      [[...groups.values()].map((g) => g.unitId), [...groups.values()].map((g) => g.name)],
    );
    const byKey = new Map<string, typeof stored>();
    for (const s of stored) byKey.set(`${s.work_unit_id}\u0000${s.name}`, [...(byKey.get(`${s.work_unit_id}\u0000${s.name}`) ?? []), s]);

    let toCreate = 0;
    let toUpdate = 0;
    let unchanged = 0;
    const changed: { unitId: number; name: string; kind: PositionKind; standard: Requirement[]; id: number | null }[] = [];
    for (const group of groups.values()) {
      const same = byKey.get(`${group.unitId}\u0000${group.name}`) ?? [];
      if (same.length > 1) {
        for (const r of group.rows) ctx.errors.add(r.row, ctx.column('name'), group.name, `ada ${same.length} jabatan bernama "${group.name}" di unit ini; tidak dapat dibedakan`, `${same.length} positions are named "${group.name}" in this unit; they cannot be told apart`);
        continue;
      }
      const standard = group.rows.filter((r) => r.value.competencyCode).map(({ value: v }) => ({ competencyId: competencies.get(v.competencyCode!)!, requiredLevel: v.requiredLevel!, weight: v.weight, critical: v.critical }));
      const existing = same[0];
      if (!existing) {
        toCreate += group.rows.length;
        changed.push({ unitId: group.unitId, name: group.name, kind: group.kind, standard, id: null });
        continue;
      }
      const storedStandard = existing.standard ? existing.standard.split(';').sort().join(';') : '';
      if (existing.kind === group.kind && storedStandard === standardText(standard)) {
        unchanged += group.rows.length;
      } else {
        toUpdate += group.rows.length;
        changed.push({ unitId: group.unitId, name: group.name, kind: group.kind, standard, id: Number(existing.id) });
      }
    }
    return {
      toCreate,
      toUpdate,
      unchanged,
      async apply(session, hooks) {
        if (!changed.length) return 0;
        await scratchTable(session, 'import_position', 'id int, work_unit_id int, name varchar(200), kind text');
        await copyRows(session, 'import_position', ['id', 'work_unit_id', 'name', 'kind'], changed.map((p) => [p.id, p.unitId, p.name, p.kind]));
        await session.query('insert into position (name, kind, work_unit_id) select name, kind, work_unit_id from import_position where id is null order by work_unit_id, name');
        await session.query('update import_position t set id = p.id from position p where t.id is null and p.work_unit_id = t.work_unit_id and p.name = t.name');
        await session.query('update position p set kind = t.kind from import_position t where p.id = t.id and p.kind <> t.kind');
        await session.query('delete from position_requirement r using import_position t where r.position_id = t.id');
        await scratchTable(session, 'import_requirement', 'work_unit_id int, name varchar(200), competency_id int, required_level smallint, weight double precision, critical boolean');
        const lines = changed.flatMap((p) => p.standard.map((s) => [p.unitId, p.name, s.competencyId, s.requiredLevel, s.weight, s.critical]));
        await copyRows(session, 'import_requirement', ['work_unit_id', 'name', 'competency_id', 'required_level', 'weight', 'critical'], lines);
        await session.query(
          `insert into position_requirement (position_id, competency_id, required_level, weight, critical)
           select t.id, r.competency_id, r.required_level, r.weight, r.critical from import_requirement r join import_position t on t.work_unit_id = r.work_unit_id and t.name = r.name`,
        );
        hooks.written(toCreate + toUpdate);
        const holders = await session.query<{ id: number }>('select e.id from employee e join import_position t on t.id = e.position_id');
        await refreshAnalytics(session, holders.map((h) => Number(h.id)), hooks);
        return toCreate + toUpdate;
      },
    };
  },
  // Paged by position: every requirement row of a position comes in the same page.
  exportSql: `select p.id as _id, u.code as "unitCode", p.name, p.kind, c.code as "competencyCode", r.required_level::text as "requiredLevel",
                     r.weight::text as weight, case when r.critical then 'ya' when r.id is not null then 'tidak' end as critical
                from (select * from position where id > $1 order by id limit $2) p join work_unit u on u.id = p.work_unit_id
                left join position_requirement r on r.position_id = p.id left join competency c on c.id = r.competency_id
               order by p.id, c.code`,
};
