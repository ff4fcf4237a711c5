import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { buildSmallCity } from './support/small-city.js';
import { dumpTables } from './support/table-dump.js';

/** `pnpm run import` as a person runs it: the script under tsx, its output and its exit code. */
const SERVER = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
let t: TestDatabase;
let dir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await buildSmallCity(t.db);
  dir = mkdtempSync(join(tmpdir(), 'kompetensi-cli-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.drop();
});

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({}, ...args);
}

function cliWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      resolve(SERVER, 'node_modules/.bin/tsx'),
      ['scripts/import.ts', ...args],
      { cwd: SERVER, env: { ...process.env, DATABASE_URL: t.url, INIT_CWD: dir, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('pnpm run import', () => {
  it('exits 1 and prints the row errors when the file is refused, writing nothing', async () => {
    writeFileSync(join(dir, 'buruk.csv'), 'kode,nama,jenis\nUNSRI,Universitas Sriwijaya,UNIVERSITAS\n');
    const before = await dumpTables(t.db);
    const run = await cli('training-providers', 'buruk.csv');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/REJECTED/);
    expect(run.stderr).toMatch(/baris 2, kolom jenis \("UNIVERSITAS"\): jenis "UNIVERSITAS" tidak dikenal/);
    expect(run.stderr).toMatch(/jenis "UNIVERSITAS" is not known/);
    expect(await dumpTables(t.db)).toEqual(before);
  });

  it('previews with --dry-run, then commits, exiting 0', async () => {
    writeFileSync(join(dir, 'baik.csv'), 'kode,nama,jenis\nUNSRI,Universitas Sriwijaya,PERGURUAN_TINGGI\n');
    const preview = await cli('training-providers', 'baik.csv', '--dry-run');
    expect(preview).toMatchObject({ code: 0 });
    expect(preview.stdout).toMatch(/PREVIEWED .* create 1, update 0, unchanged 0, written 0/);
    const commit = await cli('training-providers', 'baik.csv');
    expect(commit).toMatchObject({ code: 0 });
    expect(commit.stdout).toMatch(/COMMITTED .* written 1/);
    const [row] = await t.db.orm.em.fork().getConnection().execute(`select name from training_provider where code = 'UNSRI'`);
    expect(row.name).toBe('Universitas Sriwijaya');
  });

  it('applies the import limits of the settings, as the server does', async () => {
    writeFileSync(join(dir, 'tiga.csv'), 'kode,nama,jenis\nA1,Satu,LAN\nA2,Dua,LAN\nA3,Tiga,LAN\n');
    const before = await dumpTables(t.db);
    const run = await cliWith({ IMPORT_MAX_ROWS: '2' }, 'training-providers', 'tiga.csv');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/REJECTED/);
    expect(run.stderr).toMatch(/more than 2 data rows, the limit \(IMPORT_MAX_ROWS\)/);
    expect(await dumpTables(t.db)).toEqual(before);
  });

  it('exits 2 on a usage error', async () => {
    expect((await cli('pets', 'x.csv')).code).toBe(2);
    expect((await cli('employees', 'missing.csv')).code).toBe(2);
  });
});
