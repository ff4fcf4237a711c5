import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/db/seed/reference/demo-accounts.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { ACCOUNT_ATTEMPTS, ADDRESS_ATTEMPTS, authService, resetAddressLimits } from '../src/modules/auth/auth.service.js';
import { SESSION_COOKIE } from '../src/modules/auth/session-cookie.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

let t: TestDatabase;
let api: TestApp;

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token expiresAt account { username role } } }`;
const ME = `{ me { username role } }`;

/** A raw POST to /graphql, with whatever headers the test gives (no bearer token unless given). */
async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { res, body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

const login = (username: string, password: string) => post(LOGIN, { input: { username, password } });

beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
  const em = t.db.orm.em.fork() as never;
  await authService.createAccount(em, { username: 'analis', displayName: 'Analis Data', password: 'kata-sandi-analis', role: Role.ANALYST });
  await authService.createAccount(em, { username: 'sasaran', displayName: 'Akun Sasaran', password: 'kata-sandi-sasaran', role: Role.ANALYST });
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});
beforeEach(() => resetAddressLimits());

describe('signing in', () => {
  it('nobody is signed in without a token: me is null, and the graph refuses with UNAUTHENTICATED', async () => {
    expect((await post(ME)).body.data).toEqual({ me: null });
    const { body } = await post('{ employees(first: 1) { totalCount } }');
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
  });

  it('login sets an HTTP-only, SameSite=Strict cookie and returns a token; both sign later requests in', async () => {
    const { res, body } = await login('Analis', 'kata-sandi-analis');
    expect(body.errors).toBeUndefined();
    expect(body.data.login.account).toEqual({ username: 'analis', role: 'ANALYST' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`${SESSION_COOKIE}=${encodeURIComponent(body.data.login.token)}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(new Date(body.data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const byCookie = await post(ME, {}, { cookie: cookie.split(';')[0] });
    expect(byCookie.body.data).toEqual({ me: { username: 'analis', role: 'ANALYST' } });
    const byBearer = await post(ME, {}, { authorization: `Bearer ${body.data.login.token}` });
    expect(byBearer.body.data).toEqual({ me: { username: 'analis', role: 'ANALYST' } });
  });

  it('logout ends the session: the token and the cookie stop working, and the cookie is cleared', async () => {
    const { body } = await login('analis', 'kata-sandi-analis');
    const auth = { authorization: `Bearer ${body.data.login.token}` };
    const out = await post('mutation { logout { ok } }', {}, auth);
    expect(out.body.data).toEqual({ logout: { ok: true } });
    expect(out.res.headers.get('set-cookie')).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    expect((await post(ME, {}, auth)).body.data).toEqual({ me: null });
  });

  it('a wrong password and an unknown username get the same answer', async () => {
    const wrong = await login('analis', 'bukan-kata-sandi');
    const unknown = await login('tidak-ada', 'bukan-kata-sandi');
    expect(wrong.body.errors?.[0]).toMatchObject({ message: 'The username or the password is wrong', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.body.errors?.[0]).toEqual(wrong.body.errors?.[0]);
  });

  it(`locks an account after ${ACCOUNT_ATTEMPTS} wrong passwords in a row: even the right one is refused then`, async () => {
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) expect((await login('sasaran', 'salah-salah-salah')).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const locked = await login('sasaran', 'kata-sandi-sasaran');
    expect(locked.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(locked.body.errors?.[0].message).toMatch(/locked until/);
    // An administrator's new password unlocks it.
    await api.ok(`mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { username } } }`, {
      input: { id: String((await t.db.orm.em.fork().getConnection().execute(`select id from account where username = 'sasaran'`))[0].id), password: 'kata-sandi-baru-1' },
    });
    expect((await login('sasaran', 'kata-sandi-baru-1')).body.errors).toBeUndefined();
  });

  it(`refuses an address after ${ADDRESS_ATTEMPTS} failed sign-ins, whichever accounts they tried`, async () => {
    for (let i = 0; i < ADDRESS_ATTEMPTS; i++) await login(`coba-${i}`, 'tebakan-saja');
    const refused = await login('analis', 'kata-sandi-analis');
    expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('a disabled account\'s sessions stop working at once', async () => {
    const em = t.db.orm.em.fork() as never;
    const account = await authService.createAccount(em, { username: 'sementara', displayName: 'Sementara', password: 'kata-sandi-sementara', role: Role.ANALYST });
    const { body } = await login('sementara', 'kata-sandi-sementara');
    const auth = { authorization: `Bearer ${body.data.login.token}` };
    expect((await post(ME, {}, auth)).body.data.me.username).toBe('sementara');
    await api.ok(`mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { active } } }`, { input: { id: String(account.id), active: false } });
    expect((await post(ME, {}, auth)).body.data).toEqual({ me: null });
    expect((await login('sementara', 'kata-sandi-sementara')).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('personal API tokens', () => {
  it('an analyst creates one, uses it as a bearer token, lists it without its secret, and revokes it', async () => {
    const session = (await login('analis', 'kata-sandi-analis')).body.data.login.token;
    const auth = { authorization: `Bearer ${session}` };
    const created = await post(`mutation { createApiToken(input: { name: "laporan bulanan", days: 30 }) { secret token { id name prefix kind } } }`, {}, auth);
    const { secret, token } = created.body.data.createApiToken;
    expect(token).toMatchObject({ name: 'laporan bulanan', kind: 'API', prefix: secret.slice(0, 10) });

    expect((await post(ME, {}, { authorization: `Bearer ${secret}` })).body.data.me.username).toBe('analis');
    const listed = await post('{ apiTokens { id name } }', {}, auth);
    expect(listed.body.data.apiTokens).toEqual([{ id: token.id, name: 'laporan bulanan' }]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    await post(`mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { token { revokedAt } } }`, { input: { id: token.id } }, auth);
    expect((await post(ME, {}, { authorization: `Bearer ${secret}` })).body.data).toEqual({ me: null });
  });

  it('only the hash of a secret is stored', async () => {
    const rows = await t.db.orm.em.fork().getConnection().execute(`select secret_hash, prefix from auth_token`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the demo accounts', () => {
  it('docs/demo-accounts.json lists exactly the accounts the demo data seeds, one per role', () => {
    const documented = JSON.parse(readFileSync(new URL('../../../docs/demo-accounts.json', import.meta.url), 'utf8'));
    expect(documented).toEqual(DEMO_ACCOUNTS.map(({ username, password, role, displayName, scope }) => ({ username, password, role, displayName, scope })));
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role)).size).toBe(Object.values(Role).length);
  });
});

describe('behind a reverse proxy that terminates TLS', () => {
  it('with TRUST_PROXY the session cookie is Secure when the proxy says the request came over HTTPS; without it, it is not', async () => {
    const { createApp: createServerApp } = await import('../src/app.js');
    const { loadConfig } = await import('../src/config.js');
    const proxied = await createServerApp(t.db, { ...loadConfig({ TRUST_PROXY: '1' }), webDistDir: '/nonexistent', dashboardStaleAfterMs: Number.POSITIVE_INFINITY, viewerCacheMs: 0 });
    const port = await proxied.listen(0);
    try {
      const cookieOf = async (url: string) =>
        (
          await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
            body: JSON.stringify({ query: LOGIN, variables: { input: { username: 'analis', password: 'kata-sandi-analis' } } }),
          })
        ).headers.get('set-cookie') ?? '';
      expect(await cookieOf(`http://127.0.0.1:${port}`)).toMatch(/;\s*Secure/i);
      expect(await cookieOf(api.url)).not.toMatch(/;\s*Secure/i);
    } finally {
      await proxied.stop();
    }
  });
});

describe('remembering who a token belongs to (VIEWER_CACHE_MS)', () => {
  it('answers from memory for a moment, and forgets at once after a mutation through this process', async () => {
    const { createApp: createServerApp } = await import('../src/app.js');
    const { loadConfig } = await import('../src/config.js');
    // A long memory, so nothing here depends on the clock.
    const cached = await createServerApp(t.db, { ...loadConfig({}), webDistDir: '/nonexistent', dashboardStaleAfterMs: Number.POSITIVE_INFINITY, viewerCacheMs: 3_600_000 });
    const url = `http://127.0.0.1:${await cached.listen(0)}`;
    const ask = async (query: string, token: string) =>
      (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) })).json()) as {
        data?: { me?: { username: string } | null };
        errors?: Array<{ extensions?: { code?: string } }>;
      };
    try {
      const first = (await login('analis', 'kata-sandi-analis')).body.data.login.token as string;
      const second = (await login('analis', 'kata-sandi-analis')).body.data.login.token as string;
      expect((await ask(ME, first)).data?.me?.username).toBe('analis');
      expect((await ask(ME, second)).data?.me?.username).toBe('analis');

      // Revoked behind this process's back (another server process, or SQL by hand): remembered until
      // the memory runs out or this process sees a mutation.
      await t.db.orm.em.getConnection().execute(`update auth_token set revoked_at = now() where secret_hash = encode(sha256(?::bytea), 'hex')`, [first]);
      expect((await ask(ME, first)).data?.me?.username).toBe('analis');

      // Any mutation through this process (here the other session signing out) forgets every token.
      expect((await ask('mutation { logout { ok } }', second)).errors).toBeUndefined();
      expect((await ask(ME, first)).data?.me ?? null).toBeNull();
      expect((await ask(ME, second)).data?.me ?? null).toBeNull();
    } finally {
      await cached.stop();
    }
  });
});
