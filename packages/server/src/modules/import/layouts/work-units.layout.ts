import { WorkUnitKind } from '../../work-unit/work-unit.entity.js';
import { cell } from '../import-cells.js';
import { complete, ImportKind, type KindDefinition } from '../import-kind.js';
import { copyRows, scratchTable } from '../import-write.js';
import { duplicateKeys } from './shared.js';

interface WorkUnitRow {
  code: string;
  name: string;
  shortName: string | null;
  kind: WorkUnitKind;
  parentCode: string | null;
}

interface StoredUnit {
  code: string;
  name: string;
  short_name: string | null;
  kind: string;
  parent_code: string | null;
}

/** The work-unit tree, keyed by unit code; the parent is named by its code (in the database or in the same file). */
export const workUnitsLayout: KindDefinition<WorkUnitRow> = {
  kind: ImportKind.WORK_UNITS,
  slug: 'work-units',
  titleIndonesian: 'Unit kerja',
  titleEnglish: 'Work units',
  columns: [
    { key: 'code', header: 'kode_unit', headerEnglish: 'unit_code', required: true, description: 'Unique unit code: the Kemendagri code for kecamatan and kelurahan (16.71.07), an agency code otherwise.', example: '16.71.07' },
    { key: 'name', header: 'nama_unit', headerEnglish: 'unit_name', required: true, description: 'Official name (at most 200 characters).', example: 'Kecamatan Sukarami' },
    { key: 'shortName', header: 'nama_singkat', headerEnglish: 'short_name', required: false, description: 'Short name in daily use (at most 60 characters); empty for none.', example: '' },
    { key: 'kind', header: 'jenis_unit', headerEnglish: 'unit_kind', required: true, description: `Kind of unit: ${Object.values(WorkUnitKind).join(', ')}.`, example: 'KECAMATAN' },
    { key: 'parentCode', header: 'kode_unit_induk', headerEnglish: 'parent_unit_code', required: false, description: 'Code of the parent unit (in the database or earlier/later in the same file); empty for a top-level unit.', example: '' },
  ],
  parseRow(r) {
    const code = r.take('code', (c, v) => cell.text(c, v, 40));
    const name = r.take('name', (c, v) => cell.text(c, v, 200));
    const shortName = r.take('shortName', (c, v) => cell.optionalText(c, v, 60));
    const kind = r.take('kind', (c, v) => cell.oneOf(c, v, WorkUnitKind));
    const parentCode = r.take('parentCode', (c, v) => cell.optionalText(c, v, 40));
    if (code && parentCode === code) r.fail('parentCode', 'unit tidak dapat menjadi induk dirinya sendiri', 'a unit cannot be its own parent');
    return complete(r, { code: code!, name: name!, shortName: shortName ?? null, kind: kind!, parentCode: parentCode ?? null });
  },
  async plan(rows, ctx) {
    const unique = duplicateKeys(rows, (v) => v.code, ctx, 'code');
    // The whole tree is small (hundreds of units): read it all, so loops can be checked on the result.
    const stored = await ctx.session.query<StoredUnit>(
      'select w.code, w.name, w.short_name, w.kind, p.code as parent_code from work_unit w left join work_unit p on p.id = w.parent_id',
    );
    const byCode = new Map(stored.map((u) => [u.code, u]));
    const parentAfter = new Map(stored.map((u) => [u.code, u.parent_code]));
    for (const { value } of unique) parentAfter.set(value.code, value.parentCode);

    const valid = unique.filter(({ row, value }) => {
      if (value.parentCode && !parentAfter.has(value.parentCode)) {
        ctx.errors.add(row, ctx.column('parentCode'), value.parentCode, `unit induk ${value.parentCode} tidak ada di basis data maupun di berkas`, `there is no parent unit ${value.parentCode} in the database or the file`);
        return false;
      }
      // Walk up the tree as it would be after the import: coming back to the unit is a loop.
      const seen = new Set([value.code]);
      for (let at = value.parentCode; at; at = parentAfter.get(at) ?? null) {
        if (seen.has(at)) {
          ctx.errors.add(row, ctx.column('parentCode'), value.parentCode, `kode_unit_induk membuat lingkaran di pohon unit (melalui ${at})`, `the parent makes a loop in the unit tree (through ${at})`);
          return false;
        }
        seen.add(at);
      }
      return true;
    });
    const creates = valid.filter((r) => !byCode.has(r.value.code));
    const updates = valid.filter(({ value: v }) => {
      const e = byCode.get(v.code);
      return e && (e.name !== v.name || e.short_name !== v.shortName || e.kind !== v.kind || e.parent_code !== v.parentCode);
    });
    const moved = updates.some(({ value: v }) => byCode.get(v.code)?.parent_code !== v.parentCode);
    return {
      toCreate: creates.length,
      toUpdate: updates.length,
      unchanged: valid.length - creates.length - updates.length,
      async apply(session, hooks) {
        const changed = [...creates, ...updates];
        if (!changed.length) return 0;
        await scratchTable(session, 'import_work_unit', 'code varchar(40), name varchar(200), short_name varchar(60), kind text, parent_code varchar(40)');
        await copyRows(session, 'import_work_unit', ['code', 'name', 'short_name', 'kind', 'parent_code'], changed.map(({ value: v }) => [v.code, v.name, v.shortName, v.kind, v.parentCode]));
        // New units first without parents (a parent may be new too), then every changed unit's fields and parent.
        await session.query(
          `insert into work_unit (code, name, short_name, kind) select code, name, short_name, kind from import_work_unit t
            where not exists (select 1 from work_unit w where w.code = t.code)`,
        );
        hooks.written(creates.length);
        await session.query(
          `update work_unit w set name = t.name, short_name = t.short_name, kind = t.kind,
                  parent_id = (select p.id from work_unit p where p.code = t.parent_code)
             from import_work_unit t where w.code = t.code`,
        );
        hooks.written(updates.length);
        // The closure (new units have no employees yet); the roll-ups too when an existing unit moved.
        await session.query(moved ? 'select analytics.rebuild_rollup()' : 'select analytics.refresh_work_unit_closure()');
        return changed.length;
      },
    };
  },
  exportSql: `select w.id as _id, w.code, w.name, w.short_name as "shortName", w.kind, p.code as "parentCode"
                from work_unit w left join work_unit p on p.id = w.parent_id where w.id > $1 order by w.id limit $2`,
};
