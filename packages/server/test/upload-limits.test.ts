import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configureImportLimits, DEFAULT_IMPORT_LIMITS, IMPORT_LIMITS } from '../src/modules/import/import-limits.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { buildSmallCity } from './support/small-city.js';
import { dumpTables } from './support/table-dump.js';
import { workbookOf, zipOf } from './support/zip.js';

/**
 * Uploads that cannot take the server down (docs/security.md, "Uploads, exports and the browser"): a
 * zip bomb, a workbook over the total or per-sheet inflated size, too many rows, too many cells. Each
 * is posted as ADMIN to /api/imports over HTTP, refused with 413 and the limit named, and the server
 * answers /healthz and GraphQL afterwards.
 */
let t: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  t = await createTestDatabase();
  await buildSmallCity(t.db);
  api = await startTestApp(t.db);
});
afterAll(async () => {
  await api.close();
  await t.drop();
});
// Tests that lower a limit to keep their files small put the defaults back.
afterEach(() => configureImportLimits(DEFAULT_IMPORT_LIMITS));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

async function upload(kind: string, body: Buffer | string, fileName: string): Promise<{ status: number; json: Json }> {
  const res = await api.fetch(`${api.url}/api/imports?kind=${kind}&dryRun=true&fileName=${fileName}`, { method: 'POST', body, headers: { 'content-type': 'application/octet-stream' } });
  return { status: res.status, json: (await res.json()) as Json };
}

/** Refused whole, with the limit named in both languages and on the row error. */
function expectRefused(answer: { status: number; json: Json }, limit: string, english: RegExp): void {
  expect(answer.status).toBe(413);
  expect(answer.json).toMatchObject({ status: 'REJECTED', errorCount: 1, rowsRead: 0 });
  expect(answer.json.rowErrors).toHaveLength(1);
  const [error] = answer.json.rowErrors;
  expect(error).toMatchObject({ row: null, limit });
  expect(error.messageEnglish).toMatch(english);
  expect(error.messageEnglish).toContain(limit);
  expect(error.messageIndonesian).toContain(limit);
}

/** The server is still there: its health check and a GraphQL query answer. */
async function expectServerAlive(): Promise<void> {
  const health = await fetch(`${api.url}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok' });
  const data = await api.ok('{ workUnits(first: 5) { nodes { code } } }');
  expect(data.workUnits.nodes.map((n: { code: string }) => n.code)).toContain('A');
}

/** 1 MiB of shared strings with rich text, the costliest shape for exceljs to hold (docs/security.md). */
const RICH_STRINGS = Buffer.from('<si><r><t>a</t></r></si>'.repeat(Math.floor(1024 * 1024 / 24)));

describe('a zip bomb', () => {
  it('whose sharedStrings.xml inflates to 200 MB (0.5 MB on the wire) is refused, and the server keeps answering', async () => {
    const bomb = await workbookOf('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { chunk: RICH_STRINGS, times: 200 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = await dumpTables(t.db);
    expectRefused(await upload('work-units', bomb, 'bom.xlsx'), 'IMPORT_MAX_PART_BYTES', /The part "xl\/sharedStrings.xml" of the workbook inflates to more than 32 MB/);
    await expectServerAlive();
    expect(await dumpTables(t.db)).toEqual(before);
  });

  it('is measured by what it inflates to, whatever sizes its headers declare', async () => {
    const lying = await zipOf([{ name: 'xl/styles.xml', data: { chunk: RICH_STRINGS, times: 40 } }], { declaredSize: 100 });
    expectRefused(await upload('work-units', lying, 'kecil.xlsx'), 'IMPORT_MAX_PART_BYTES', /xl\/styles.xml/);
    await expectServerAlive();
  });

  it('with sheets each under their limit but together over the total is refused', async () => {
    configureImportLimits({ maxUnzippedBytes: 3 * 1024 * 1024 });
    const sheet = { chunk: Buffer.from('<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(20_000)), times: 1 };
    const workbook = await zipOf([1, 2, 3, 4].map((n) => ({ name: `xl/worksheets/sheet${n}.xml`, data: sheet })));
    expectRefused(await upload('work-units', workbook, 'empat.xlsx'), 'IMPORT_MAX_UNZIPPED_BYTES', /inflates to more than 3 MB/);
  });

  it('with one sheet over the sheet limit is refused', async () => {
    configureImportLimits({ maxSheetBytes: 1024 * 1024 });
    const sheet = { chunk: Buffer.from('<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(30_000)), times: 1 };
    expectRefused(await upload('work-units', await zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheet }]), 'lembar.xlsx'), 'IMPORT_MAX_SHEET_BYTES', /xl\/worksheets\/sheet1.xml/);
  });

  it('with thousands of tiny entries is refused', async () => {
    const files = Array.from({ length: IMPORT_LIMITS.maxEntries + 1 }, (_, n) => ({ name: `x/${n}.xml`, data: '<a/>' }));
    expectRefused(await upload('work-units', await zipOf(files), 'banyak.xlsx'), 'IMPORT_MAX_ENTRIES', /more than 1000 files/);
  });
});

describe('rows and cells', () => {
  /** A training-providers sheet: the header row, then `count` rows of `cells` (`<c>…</c>` of row n). */
  const providerSheet = (count: number, cells: (n: number) => string = () => '') => {
    const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    const header = `<row r="1">${text('A1', 'kode')}${text('B1', 'nama')}${text('C1', 'jenis')}</row>`;
    const rows = Array.from({ length: count }, (_, i) => `<row r="${i + 2}">${text(`A${i + 2}`, `P${i}`)}${text(`B${i + 2}`, 'Penyelenggara')}${text(`C${i + 2}`, 'LAN')}${cells(i + 2)}</row>`);
    return workbookOf(header + rows.join(''));
  };

  it('refuses an .xlsx whose rows reach column XFD, 16,384 cells each, past the cell limit', async () => {
    const rows = Math.ceil(DEFAULT_IMPORT_LIMITS.maxCells / 16_384) + 1;
    const workbook = await providerSheet(rows, (n) => `<c r="XFD${n}" t="inlineStr"><is><t>x</t></is></c>`);
    expectRefused(await upload('training-providers', workbook, 'lebar.xlsx'), 'IMPORT_MAX_CELLS', /more than 5,000,000 cells/);
    await expectServerAlive();
  });

  it('refuses a CSV past the cell limit', async () => {
    configureImportLimits({ maxCells: 100 });
    const csv = `kode,nama,jenis\n${'P,Penyelenggara,LAN,,,,,,,,,,,,,,,,,\n'.repeat(40)}`;
    expectRefused(await upload('training-providers', csv, 'sel.csv'), 'IMPORT_MAX_CELLS', /more than 100 cells, the limit \(IMPORT_MAX_CELLS\), at row 6/);
  });

  it('refuses an .xlsx past the row limit', async () => {
    configureImportLimits({ maxRows: 10 });
    expectRefused(await upload('training-providers', await providerSheet(11), 'baris.xlsx'), 'IMPORT_MAX_ROWS', /more than 10 data rows/);
  });

  it('refuses a file over the upload limit with 413, naming it', async () => {
    configureImportLimits({ maxBytes: 1024 });
    expectRefused(await upload('training-providers', `kode,nama,jenis\n${'P,Penyelenggara,LAN\n'.repeat(100)}`, 'besar.csv'), 'IMPORT_MAX_BYTES', /too large/);
  });

  it('still reads a workbook inside every limit', async () => {
    const rows = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
      <row r="2"><c r="A2" t="inlineStr"><is><t>UNSRI</t></is></c><c r="B2" t="inlineStr"><is><t>Universitas Sriwijaya</t></is></c><c r="C2" t="inlineStr"><is><t>PERGURUAN_TINGGI</t></is></c></row>`;
    const { status, json } = await upload('training-providers', await workbookOf(rows, '<si><t>kode</t></si><si><t>nama</t></si><si><t>jenis</t></si>'), 'baik.xlsx');
    expect(json.rowErrors).toEqual([]);
    expect({ status, state: json.status, toCreate: json.rowsToCreate }).toEqual({ status: 200, state: 'PREVIEWED', toCreate: 1 });
  });
});
