import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportJob, ImportStatus } from '../src/modules/import/import-job.entity.js';
import { ImportKind } from '../src/modules/import/import-kind.js';
import { IMPORT_LIMITS } from '../src/modules/import/import-limits.js';
import { importService, type ImportRunOptions } from '../src/modules/import/import.service.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { buildSmallCity } from './support/small-city.js';
import { dumpTables } from './support/table-dump.js';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await buildSmallCity(t.db);
});
afterAll(() => t.drop());

const EMPLOYEE_HEADER = 'nip,nama,status,golongan,pendidikan,kode_unit,nama_jabatan,nip_atasan';
/** A valid new employee in unit A, jabatan PA (the small city's "Analis Ahli Muda"). */
const newEmployee = (seq: number, extra: Partial<Record<'nip' | 'unit' | 'supervisor', string>> = {}) =>
  `${extra.nip ?? `19900215201503${1}${String(seq).padStart(3, '0')}`.replace(/^(\d{14})1/, '$11')},Pegawai Baru ${seq},PNS,III/a,S1,${extra.unit ?? 'A'},Analis Ahli Muda,${extra.supervisor ?? ''}`;

/** A CSV of 30 MiB: a valid header and the same valid row over and over. */
function thirtyMegabytes(): Buffer {
  const line = `${newEmployee(1)}\n`;
  return Buffer.from(`${EMPLOYEE_HEADER}\n${line.repeat(Math.ceil((30 * 1024 * 1024) / line.length))}`);
}

function upload(kind: ImportKind, content: string | Buffer, dryRun: boolean, fileName = 'berkas.csv', options: ImportRunOptions = {}): Promise<ImportJob> {
  return importService.importFile(t.db, { kind, fileName, body: Readable.from([typeof content === 'string' ? Buffer.from(content) : content]), dryRun }, options);
}

const messages = (job: ImportJob) => job.rowErrors.map((e) => `${e.row ?? '-'}|${e.column ?? '-'}|${e.messageEnglish}`);

describe('bad files are refused with row errors and change nothing', () => {
  const cases: { name: string; kind?: ImportKind; content: () => string | Buffer; expect: RegExp[] }[] = [
    { name: 'wrong header', content: () => `nip,nama_lengkap,status\n${newEmployee(1)}\n`, expect: [/^1\|nama_lengkap\|column "nama_lengkap" is not part/, /^1\|pendidikan\|the required column "pendidikan"/] },
    { name: 'bad NIP', content: () => `${EMPLOYEE_HEADER}\n199002302015031001,X,PNS,III/a,S1,A,Analis Ahli Muda,\n`, expect: [/^2\|nip\|nip is not valid: NIP digits 1–8 \(19900230\) are not a real birth date/] },
    { name: 'unknown unit code', content: () => `${EMPLOYEE_HEADER}\n${newEmployee(1, { unit: 'ZZZ' })}\n`, expect: [/^2\|kode_unit\|there is no work unit with code ZZZ/] },
    {
      name: 'level 7',
      kind: ImportKind.COMPETENCY_ASSESSMENTS,
      content: () => 'nip;kode_kompetensi;level;metode;tanggal_penilaian\n198001012005011001;T.X.01;7;SUPERVISOR;2025-01-02\n',
      expect: [/^2\|level\|level must be a whole level from 1 to 5; got 7/],
    },
    {
      name: 'end before start',
      kind: ImportKind.TRAINING_RECORDS,
      content: () => 'nip,kode_pelatihan,status,tanggal_mulai,tanggal_selesai\n198001012005011001,K1,COMPLETED,2025-03-10,2025-03-01\n',
      expect: [/^2\|tanggal_selesai\|end date 2025-03-01 is before start date 2025-03-10/],
    },
    { name: 'duplicate NIP inside the file', content: () => `${EMPLOYEE_HEADER}\n${newEmployee(1)}\n${newEmployee(1)}\n`, expect: [/^3\|nip\|199002152015031001 is already in row 2 of this file/] },
    { name: 'an empty file', content: () => '', expect: [/^-\|-\|The file is empty/] },
    { name: 'a header and no rows', content: () => `${EMPLOYEE_HEADER}\n`, expect: [/^-\|-\|The file has the header row only/] },
    { name: 'a file that is not a spreadsheet', content: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), expect: [/^-\|-\|This file is not a spreadsheet/] },
    {
      name: 'a CSV saved as Windows-1252 instead of UTF-8',
      content: () => Buffer.concat([Buffer.from(`${EMPLOYEE_HEADER}\n199002152015031001,Andr`), Buffer.from([0xe9]), Buffer.from(',PNS,III/a,S1,A,Analis Ahli Muda,\n')]),
      expect: [/^-\|-\|The CSV file is not UTF-8/],
    },
    {
      name: 'more rows than the limit',
      kind: ImportKind.TRAINING_PROVIDERS,
      content: () => `kode,nama,jenis\n${'P,Penyelenggara,LAN\n'.repeat(IMPORT_LIMITS.maxRows + 1)}`,
      expect: [/^-\|-\|The file has more than 200,000 data rows, the limit/],
    },
    { name: 'a 30 MB file', content: () => thirtyMegabytes(), expect: [/^-\|-\|The file is too large \(3\d\.\d MB\); the limit is 25\.0 MB/] },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const before = await dumpTables(t.db);
      for (const dryRun of [true, false]) {
        const job = await upload(c.kind ?? ImportKind.EMPLOYEES, c.content(), dryRun);
        expect(job.status).toBe(ImportStatus.REJECTED);
        expect(job.rowsWritten).toBe(0);
        for (const pattern of c.expect) expect(messages(job), messages(job).join('\n')).toContainEqual(expect.stringMatching(pattern));
        expect(job.rowErrors.every((e) => e.messageIndonesian.length > 0)).toBe(true);
      }
      expect(await dumpTables(t.db)).toEqual(before);
    });
  }

  it('states the limits it enforces', () => {
    expect(IMPORT_LIMITS).toMatchObject({ maxBytes: 25 * 1024 * 1024, maxRows: 200_000 });
  });
});

describe('preview and commit', () => {
  const employees = (rows: string[]) => `${EMPLOYEE_HEADER}\n${rows.join('\n')}\n`;
  // e1 as stored (unchanged), e2 with a new name (update; its jabatan belongs to unit A while it
  // works in A1), and two new employees, the first listed reporting to the second.
  const file = () =>
    `${EMPLOYEE_HEADER},kode_unit_jabatan\n${[
      '198001012005011001,Pegawai e1,PNS,III/a,S1,A,Analis Ahli Muda,,',
      '198001012005011002,Nama Baru e2,PNS,III/b,S1,A1,Analis Ahli Muda,,A',
      '199002152015032002,Pegawai Baru 2,PNS,III/a,S1,A,Analis Ahli Muda,199002152015031001,',
      '199002152015031001,Pegawai Baru 1,PNS,III/a,S1,A,Analis Ahli Muda,,',
    ].join('\n')}\n`;

  it('previews counts and writes nothing, then commits all of it, and the same file again changes nothing', async () => {
    // The small city names its people e1..e5: make e1 match the file exactly first.
    await t.db.orm.em.fork().getConnection().execute(`update employee set name = 'Pegawai e1' where nip = '198001012005011001'`);
    const content = file();
    const before = await dumpTables(t.db);
    const preview = await upload(ImportKind.EMPLOYEES, content, true);
    expect(messages(preview)).toEqual([]);
    expect(preview).toMatchObject({ status: ImportStatus.PREVIEWED, rowsRead: 4, rowsValid: 4, rowsToCreate: 2, rowsToUpdate: 1, rowsUnchanged: 1, rowsWritten: 0 });
    expect(await dumpTables(t.db)).toEqual(before);

    const committed = await importService.commit(t.db, preview);
    expect(committed).toMatchObject({ status: ImportStatus.COMMITTED, rowsWritten: 3 });
    const rows = await t.db.orm.em.fork().getConnection().execute(
      `select e.nip, e.name, s.nip as supervisor from employee e left join employee s on s.id = e.supervisor_id where e.nip like '1990%' or e.nip = '198001012005011002' order by e.nip`,
    );
    expect(rows).toEqual([
      { nip: '198001012005011002', name: 'Nama Baru e2', supervisor: null },
      { nip: '199002152015031001', name: 'Pegawai Baru 1', supervisor: null },
      { nip: '199002152015032002', name: 'Pegawai Baru 2', supervisor: '199002152015031001' },
    ]);
    // The read model follows in the same transaction: the new employees have facts.
    const [facts] = await t.db.orm.em.fork().getConnection().execute(
      `select count(*)::int as n from analytics.competency_fact f join employee e on e.id = f.employee_id where e.nip like '1990%'`,
    );
    expect(facts.n).toBe(4);

    // ... and equals what a full rebuild computes.
    const readModel = async () => {
      const dump = await dumpTables(t.db);
      return [dump['analytics.competency_fact'], dump['analytics.gap_rollup']];
    };
    const maintained = await readModel();
    await t.db.bulk((session) => session.query('select analytics.rebuild()'));
    expect(await readModel()).toEqual(maintained);

    const afterCommit = await dumpTables(t.db);
    const again = await upload(ImportKind.EMPLOYEES, content, false);
    expect(again).toMatchObject({ status: ImportStatus.COMMITTED, rowsToCreate: 0, rowsToUpdate: 0, rowsUnchanged: 4, rowsWritten: 0, duplicateOfJobId: committed.id });
    expect(await dumpTables(t.db)).toEqual(afterCommit);
  });

  it('writes nothing when the commit fails at row N', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `19910315201603${i % 2 ? 1 : 2}${String(i + 1).padStart(3, '0')},Pegawai Gagal ${i},PNS,III/a,S1,A,Analis Ahli Muda,`);
    const before = await dumpTables(t.db);
    const job = await upload(ImportKind.EMPLOYEES, employees(rows), false, 'gagal.csv', { failAfterRows: 10 });
    expect(job.status).toBe(ImportStatus.FAILED);
    expect(messages(job)).toEqual([expect.stringMatching(/nothing was written: injected failure after 30 rows written/)]);
    expect(await dumpTables(t.db)).toEqual(before);
  });

  it('asks for the file again when the previewed file is no longer kept', async () => {
    const preview = await upload(ImportKind.TRAINING_PROVIDERS, 'kode,nama,jenis\nGONE,Hilang,SWASTA\n', true);
    expect(preview.status).toBe(ImportStatus.PREVIEWED);
    // Another preview in this process pushes the first out of the in-memory cache; then its staged file goes.
    for (let i = 0; i < 2; i++) await upload(ImportKind.TRAINING_PROVIDERS, `kode,nama,jenis\nX${i},Isi,SWASTA\n`, true);
    const dir = process.env.IMPORT_STAGING_DIR ?? join(tmpdir(), 'kompetensi-imports');
    await rm(join(dir, `${preview.id}-${preview.fileHash}`));
    const before = await dumpTables(t.db);
    const job = await importService.commit(t.db, preview);
    expect(job.status).toBe(ImportStatus.REJECTED);
    expect(messages(job)).toEqual([expect.stringMatching(/^-\|-\|The previewed file is no longer kept/)]);
    expect(await dumpTables(t.db)).toEqual(before);
  });

  it('refuses to commit a job that is not previewed', async () => {
    const rejected = await upload(ImportKind.EMPLOYEES, '', true);
    await expect(importService.commit(t.db, rejected)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('formats', () => {
  const assessments = [
    ['nip', 'kode_kompetensi', 'level', 'metode', 'tanggal_penilaian', 'nama_penilai'],
    ['198001012005011005', 'T.X.01', '4', 'Assessment Center', '2025-02-03', 'UPT Penilaian; Kompetensi'],
    ['198001012005011005', 'T.X.02', '2', 'atasan', '03-02-2025', ''],
  ];

  it('reads CSV with a BOM and ; as delimiter, Indonesian words and dates', async () => {
    const csv = `\uFEFF${assessments.map((r) => r.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';')).join('\r\n')}\r\n`;
    const job = await upload(ImportKind.COMPETENCY_ASSESSMENTS, csv, true, 'penilaian.csv');
    expect(messages(job)).toEqual([]);
    expect(job).toMatchObject({ format: 'CSV', status: ImportStatus.PREVIEWED, rowsToCreate: 2 });
  });

  it('reads .xlsx with English headers, date cells and numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['NIP', 'Competency Code', 'Level', 'Method', 'Assessed On', 'Assessor Name']);
    sheet.addRow(['198001012005011005', 'T.X.01', 4, 'ASSESSMENT_CENTER', new Date(Date.UTC(2025, 1, 3)), 'UPT']);
    sheet.addRow(['198001012005011005', 'T.X.02', 2, 'SUPERVISOR', new Date(Date.UTC(2025, 1, 3)), null]);
    const job = await upload(ImportKind.COMPETENCY_ASSESSMENTS, Buffer.from(await workbook.xlsx.writeBuffer()), false, 'penilaian.xlsx');
    expect(messages(job)).toEqual([]);
    expect(job).toMatchObject({ format: 'XLSX', status: ImportStatus.COMMITTED, rowsWritten: 2 });
    const [row] = await t.db.orm.em.fork().getConnection().execute(
      `select level, assessed_on::text as day from competency_assessment a join employee e on e.id = a.employee_id where e.nip = '198001012005011005' and a.method = 'ASSESSMENT_CENTER'`,
    );
    expect(row).toEqual({ level: 4, day: '2025-02-03' });
  });

  it('says so when Excel turned a NIP into a number', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['nip', 'kode_kompetensi', 'level', 'metode', 'tanggal_penilaian']);
    // What Excel stores when a NIP is typed into a number cell: the nearest double.
    sheet.addRow([Number('198001012005011005'), 'T.X.01', 4, 'SELF', '2025-02-03']);
    const job = await upload(ImportKind.COMPETENCY_ASSESSMENTS, Buffer.from(await workbook.xlsx.writeBuffer()), true, 'angka.xlsx');
    expect(messages(job)).toEqual([expect.stringMatching(/^2\|nip\|nip was stored as a number in Excel/)]);
  });
});
