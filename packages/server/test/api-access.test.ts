import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/auth/account.entity.js';
import { signInAs, startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/** The file endpoints under /api follow the same rules as GraphQL: signed in, and imports and exports are ADMIN's. */
let t: TestDatabase;
let admin: TestApp;
let analyst: TestApp;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await startTestApp(t.db);
  analyst = await startTestApp(t.db, { as: await signInAs(t.db, Role.ANALYST) });
});
afterAll(async () => {
  await admin?.close();
  await analyst?.close();
  await t?.drop();
});

describe('/api access', () => {
  it('nobody signed in gets 401 for templates, exports and imports', async () => {
    for (const [method, path] of [['GET', '/api/import-templates/employees.csv'], ['GET', '/api/exports/employees.csv'], ['POST', '/api/imports?kind=employees']]) {
      const res = await fetch(`${admin.url}${path}`, { method, body: method === 'POST' ? 'nip\n' : undefined });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('an analyst may download a blank template, but not export or import people', async () => {
    expect((await analyst.fetch(`${analyst.url}/api/import-templates/employees.csv`)).status).toBe(200);
    expect((await analyst.fetch(`${analyst.url}/api/exports/employees.csv`)).status).toBe(403);
    expect((await analyst.fetch(`${analyst.url}/api/imports?kind=employees`, { method: 'POST', body: 'nip\n' })).status).toBe(403);
  });

  it('a refused export is audited: who asked, for what', async () => {
    expect((await analyst.fetch(`${analyst.url}/api/exports/assessments.csv?workUnitId=7`)).status).toBe(403);
    const rows = await t.db.orm.em.fork().getConnection().execute(`select role, outcome, summary from audit_event where operation = 'API' order by id desc limit 1`);
    expect(rows).toEqual([{ role: 'ANALYST', outcome: 'DENIED', summary: { method: 'GET', path: '/exports/assessments.csv', query: { workUnitId: '7' } } }]);
  });

  it('an administrator exports', async () => {
    const res = await admin.fetch(`${admin.url}/api/exports/employees.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/csv/);
  });
});

describe('imports are audited', () => {
  it('a committed file writes an IMPORT row, with who, the file and its counts, in the same transaction', async () => {
    const csv = 'kode_unit,nama_unit,nama_singkat,jenis_unit,kode_unit_induk\nAUDIT.UNIT,Unit Uji Audit,,DINAS,\n';
    const res = await admin.fetch(`${admin.url}/api/imports?kind=work-units&dryRun=false&fileName=unit.csv`, { method: 'POST', body: csv, headers: { 'content-type': 'text/csv' } });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    const rows = await t.db.orm.em.fork().getConnection().execute(`select username, role, outcome, summary from audit_event where operation = 'IMPORT'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ username: admin.viewer.username, role: 'ADMIN', outcome: 'SUCCESS', summary: { kind: 'WORK_UNITS', fileName: 'unit.csv', toCreate: 1, written: 1 } });
  });
});
