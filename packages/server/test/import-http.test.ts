import type { Server } from 'node:http';
import ExcelJS from 'exceljs';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportStatus } from '../src/modules/import/import-job.entity.js';
import { LAYOUTS } from '../src/modules/import/import-layouts.js';
import { createImportRouter } from '../src/modules/import/import.router.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { buildSmallCity } from './support/small-city.js';
import { dumpTables } from './support/table-dump.js';

/**
 * The import router over HTTP, mounted alone as app.ts mounts it (the access-control module wraps it
 * there): exports, templates, uploads, and the round trip export → import → no change.
 */
let t: TestDatabase;
let server: Server;
let base: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await buildSmallCity(t.db);
  const app = express();
  app.use('/api', createImportRouter(t.db));
  server = app.listen(0);
  await new Promise((done) => server.once('listening', done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  await t.drop();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const post = async (path: string, body?: string | Buffer | FormData) => {
  const res = await fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/octet-stream' } });
  return { status: res.status, json: (await res.json()) as Json };
};

describe('round trip: an export imported back changes nothing', () => {
  for (const layout of LAYOUTS) {
    for (const format of ['csv', 'xlsx'] as const) {
      it(`${layout.slug}.${format}`, async () => {
        const before = await dumpTables(t.db);
        const exported = await fetch(`${base}/exports/${layout.slug}.${format}`);
        expect(exported.status).toBe(200);
        const file = Buffer.from(await exported.arrayBuffer());
        const { status, json } = await post(`/imports?kind=${layout.slug}&dryRun=false&fileName=ekspor.${format}`, file);
        expect(json.rowErrors).toEqual([]);
        expect(status).toBe(200);
        expect(json).toMatchObject({ status: ImportStatus.COMMITTED, format: format.toUpperCase(), rowsToCreate: 0, rowsToUpdate: 0, rowsWritten: 0 });
        expect(json.rowsUnchanged).toBeGreaterThan(0);
        expect(await dumpTables(t.db)).toEqual(before);
      });
    }
  }
});

describe('an edited export', () => {
  it('changes exactly the rows edited', async () => {
    const csv = await (await fetch(`${base}/exports/employees.csv`)).text();
    const lines = csv.split('\r\n');
    const at = lines.findIndex((line) => line.startsWith('198001012005011004,'));
    lines[at] = lines[at].replace(/^(198001012005011004),[^,]*,/, '$1,Nama Diubah,');
    const { json } = await post('/imports?kind=employees&dryRun=false', lines.join('\r\n'));
    expect(json).toMatchObject({ status: 'COMMITTED', rowsToCreate: 0, rowsToUpdate: 1, rowsUnchanged: lines.filter(Boolean).length - 2, rowsWritten: 1 });
    const [row] = await t.db.orm.em.fork().getConnection().execute(`select name from employee where nip = '198001012005011004'`);
    expect(row.name).toBe('Nama Diubah');
  });
});

describe('HTTP', () => {
  it('previews an upload, then commits it by id; the job reads back the same', async () => {
    const csv = 'kode,nama,jenis\nUNSRI,Universitas Sriwijaya,PERGURUAN_TINGGI\nP,Penyelenggara,LAN\n';
    const preview = await post('/imports?kind=training-providers&fileName=penyelenggara.csv', csv);
    expect(preview).toMatchObject({ status: 200, json: { status: 'PREVIEWED', rowsToCreate: 1, rowsUnchanged: 1, fileName: 'penyelenggara.csv' } });
    const committed = await post(`/imports/${preview.json.id}/commit`);
    expect(committed).toMatchObject({ status: 200, json: { status: 'COMMITTED', rowsWritten: 1 } });
    const again = await post(`/imports/${preview.json.id}/commit`);
    expect(again).toMatchObject({ status: 409, json: { errors: [{ extensions: { code: 'CONFLICT' } }] } });
    const read = await (await fetch(`${base}/imports/${preview.json.id}`)).json();
    expect(read).toMatchObject({ id: preview.json.id, status: 'COMMITTED', kind: 'TRAINING_PROVIDERS' });
  });

  it('answers 422 with row errors for a bad file, and 413 for a file over the limit', async () => {
    const bad = await post('/imports?kind=employees', 'nip,nama\n123,X\n');
    expect(bad.status).toBe(422);
    expect(bad.json.status).toBe('REJECTED');
    const big = await post('/imports?kind=employees', Buffer.alloc(26 * 1024 * 1024, 'a'));
    expect(big.status).toBe(413);
    expect(big.json.rowErrors[0].messageEnglish).toMatch(/too large/);
  });

  it('refuses an unknown kind and a multipart form with 400', async () => {
    expect((await post('/imports?kind=pets', 'x')).status).toBe(400);
    const form = new FormData();
    form.append('file', new Blob(['nip\n']), 'a.csv');
    const res = await fetch(`${base}/imports?kind=employees`, { method: 'POST', body: form });
    expect(res.status).toBe(400);
  });

  it('records who asked, as the requestedBy option says', async () => {
    const app = express();
    app.use('/api', createImportRouter(t.db, { requestedBy: (req) => (req.headers['x-test-user'] as string | undefined) ?? null }));
    const other = app.listen(0);
    await new Promise((done) => other.once('listening', done));
    const address = other.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api`;
    try {
      const res = await fetch(`${url}/imports?kind=training-providers`, { method: 'POST', body: 'kode,nama,jenis\nLAN,Lembaga Administrasi Negara,LAN\n', headers: { 'x-test-user': 'akun:uji' } });
      expect(await res.json()).toMatchObject({ status: 'PREVIEWED', requestedBy: 'akun:uji' });
    } finally {
      await new Promise((done) => other.close(done));
    }
  });

  it('exports the heatmap as CSV with its labels and counts, one line per cell', async () => {
    const res = await fetch(`${base}/exports/heatmap.csv?competencyCodes=T.X.01,T.X.02&minGroupSize=1&asOf=2025-01-01`);
    expect(res.status).toBe(200);
    const [header, ...lines] = (await res.text()).trim().split('\r\n');
    expect(header).toBe('metrik,tanggal,kunci_baris,baris,grup_baris,kunci_kolom,kolom,grup_kolom,nilai,jumlah_pegawai,alasan_kosong');
    // Top-level units A and B × T.X.01 and T.X.02 on 2025-01-01 (small-city.ts works these out by hand).
    expect(lines).toHaveLength(4);
    const cell = (unit: string, code: string) => lines.map((l) => l.split(',')).find((c) => c[3] === unit && c[5] === code);
    expect(cell('Dinas A', 'T.X.01')?.slice(8, 10)).toEqual(['0.3333', '3']);
    expect(cell('Kecamatan B', 'T.X.01')?.slice(8, 10)).toEqual(['0', '1']);
    expect((await fetch(`${base}/exports/heatmap.csv?metric=WRONG`)).status).toBe(400);
  });

  it('gives templates with the layout headers, in CSV and xlsx', async () => {
    for (const layout of LAYOUTS) {
      const headers = layout.columns.filter((c) => !c.exportOnly).map((c) => c.header);
      const csv = await (await fetch(`${base}/import-templates/${layout.slug}.csv`)).text();
      expect(csv).toBe(`${headers.join(',')}\r\n`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await (await fetch(`${base}/import-templates/${layout.slug}.xlsx`)).arrayBuffer());
      expect((workbook.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(headers);
    }
  });
});
