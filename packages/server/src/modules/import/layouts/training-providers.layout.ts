import { ProviderKind } from '../../training/training-provider.entity.js';
import { cell } from '../import-cells.js';
import { complete, ImportKind, type KindDefinition } from '../import-kind.js';
import { copyRows, scratchTable } from '../import-write.js';
import { duplicateKeys } from './shared.js';

interface ProviderRow {
  code: string;
  name: string;
  kind: ProviderKind;
}

/** Lembaga penyelenggara pelatihan, keyed by code. */
export const trainingProvidersLayout: KindDefinition<ProviderRow> = {
  kind: ImportKind.TRAINING_PROVIDERS,
  slug: 'training-providers',
  titleIndonesian: 'Penyelenggara pelatihan',
  titleEnglish: 'Training providers',
  columns: [
    { key: 'code', header: 'kode', headerEnglish: 'code', required: true, description: 'Unique provider code, e.g. LAN, UNSRI.', example: 'BPSDM-SUMSEL' },
    { key: 'name', header: 'nama', headerEnglish: 'name', required: true, description: 'Name of the provider (at most 200 characters).', example: 'BPSDM Provinsi Sumatera Selatan' },
    { key: 'kind', header: 'jenis', headerEnglish: 'kind', required: true, description: `Kind of provider: ${Object.values(ProviderKind).join(', ')}.`, example: 'BPSDM_PROVINSI' },
  ],
  parseRow(r) {
    const code = r.take('code', (c, v) => cell.text(c, v, 40));
    const name = r.take('name', (c, v) => cell.text(c, v, 200));
    const kind = r.take('kind', (c, v) => cell.oneOf(c, v, ProviderKind));
    return complete(r, { code: code!, name: name!, kind: kind! });
  },
  async plan(rows, ctx) {
    const unique = duplicateKeys(rows, (v) => v.code, ctx, 'code');
    const existing = new Map(
      (await ctx.session.query<{ id: number; code: string; name: string; kind: string }>('select id, code, name, kind from training_provider where code = any($1)', [unique.map((r) => r.value.code)])).map((e) => [e.code, e]),
    );
    const creates = unique.filter((r) => !existing.has(r.value.code));
    const updates = unique.filter((r) => {
      const e = existing.get(r.value.code);
      return e && (e.name !== r.value.name || e.kind !== r.value.kind);
    });
    return {
      toCreate: creates.length,
      toUpdate: updates.length,
      unchanged: unique.length - creates.length - updates.length,
      async apply(session, hooks) {
        await copyRows(session, 'training_provider', ['code', 'name', 'kind'], creates.map(({ value: v }) => [v.code, v.name, v.kind]), hooks);
        // Even an update of no rows fires the statement trigger that moves the data version: skip it.
        if (updates.length) {
          await scratchTable(session, 'import_provider', 'code varchar(40), name varchar(200), kind text');
          await copyRows(session, 'import_provider', ['code', 'name', 'kind'], updates.map(({ value: v }) => [v.code, v.name, v.kind]));
          await session.query('update training_provider p set name = t.name, kind = t.kind from import_provider t where p.code = t.code');
          hooks.written(updates.length);
        }
        return creates.length + updates.length;
      },
    };
  },
  exportSql: `select id as _id, code, name, kind from training_provider where id > $1 order by id limit $2`,
};
