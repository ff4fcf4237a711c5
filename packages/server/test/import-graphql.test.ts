import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportKind } from '../src/modules/import/import-kind.js';
import { importService } from '../src/modules/import/import.service.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { buildSmallCity } from './support/small-city.js';

/** importJob and importJobs through the real schema over HTTP, as the web app polls them. */
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

const upload = (content: string, dryRun: boolean) =>
  importService.importFile(t.db, { kind: ImportKind.TRAINING_PROVIDERS, fileName: 'penyelenggara.csv', body: Readable.from([Buffer.from(content)]), dryRun });

describe('GraphQL', () => {
  it('reads a job with its counts and errors, and pages through the jobs', async () => {
    const good = await upload('kode,nama,jenis\nLAN,Lembaga Administrasi Negara,LAN\n', false);
    const bad = await upload('kode,nama,jenis\nX,Nama,TIDAK_ADA\n', true);
    const data = await api.ok(
      `query ($good: ID!, $bad: ID!) {
        good: importJob(id: $good) { id kind status fileName format rowsRead rowsToCreate rowsWritten errorCount committedAt }
        bad: importJob(id: $bad) { status errorCount rowErrors { row column value messageIndonesian messageEnglish } }
        importJobs(first: 1) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
      }`,
      { good: String(good.id), bad: String(bad.id) },
    );
    expect(data.good).toMatchObject({ id: String(good.id), kind: 'TRAINING_PROVIDERS', status: 'COMMITTED', format: 'CSV', rowsRead: 1, rowsToCreate: 1, rowsWritten: 1, errorCount: 0 });
    expect(data.good.committedAt).toEqual(expect.any(String));
    expect(data.bad).toMatchObject({ status: 'REJECTED', errorCount: 1 });
    expect(data.bad.rowErrors).toEqual([
      expect.objectContaining({ row: 2, column: 'jenis', value: 'TIDAK_ADA', messageIndonesian: expect.stringContaining('tidak dikenal'), messageEnglish: expect.stringContaining('is not known') }),
    ]);
    expect(data.importJobs).toMatchObject({ totalCount: 2, nodes: [{ id: String(good.id) }], pageInfo: { hasNextPage: true } });
    const next = await api.ok(`query ($after: String) { importJobs(first: 5, after: $after) { nodes { id } pageInfo { hasNextPage } } }`, { after: data.importJobs.pageInfo.endCursor });
    expect(next.importJobs).toEqual({ nodes: [{ id: String(bad.id) }], pageInfo: { hasNextPage: false } });
  });

  it('answers NOT_FOUND for a job that does not exist', async () => {
    const { errors } = await api.graphql('{ importJob(id: "999999") { id } }');
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('is for administrators only', async () => {
    const planner = await startTestApp(t.db, { role: Role.PLANNER });
    try {
      const { errors } = await planner.graphql('{ importJobs(first: 1) { totalCount } }');
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await planner.close();
    }
  });
});
