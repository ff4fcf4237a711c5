import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/db/seed/reference/demo-accounts.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { authService, forgetQuietSignIns, resetAddressLimits, SIGN_IN_LIMITS } from '../src/modules/auth/auth.service.js';
import { passwordsChecked } from '../src/modules/auth/password.js';
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

/** The one answer to every refused sign-in. */
const REFUSED = 'The username or the password is wrong, or there were too many attempts: check them, wait a minute and try again';

type LoginAnswer = { data?: { login: { account: { username: string } } }; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/**
 * A server behind a trusted proxy (TRUST_PROXY=1), so a test can sign in "from" several addresses
 * (X-Forwarded-For), as the clients of a real reverse proxy do.
 */
async function withProxiedApp(work: (from: (address: string) => (username: string, password: string) => Promise<LoginAnswer>) => Promise<void>) {
  const { createApp: createServerApp } = await import('../src/app.js');
  const { loadConfig } = await import('../src/config.js');
  const proxied = await createServerApp(t.db, { ...loadConfig({ TRUST_PROXY: '1' }), webDistDir: '/nonexistent', dashboardStaleAfterMs: Number.POSITIVE_INFINITY, viewerCacheMs: 0 });
  const url = `http://127.0.0.1:${await proxied.listen(0)}`;
  const from = (address: string) => async (username: string, password: string) =>
    (await (
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }),
      })
    ).json()) as LoginAnswer;
  try {
    await work(from);
  } finally {
    await proxied.stop();
  }
}

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
    expect(wrong.body.errors?.[0]).toMatchObject({ message: REFUSED, extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.body.errors?.[0]).toEqual(wrong.body.errors?.[0]);
  });
});

describe('sign-in throttling: growing delays per username and address, no lock-out', () => {
  const { freeAttempts, addressAttempts } = SIGN_IN_LIMITS;

  it(`after ${freeAttempts} wrong passwords even the right one is refused, with the same answer as an unknown username, and without checking it`, async () => {
    const unknown = await login('belum-pernah-ada', 'bukan-kata-sandi');
    for (let i = 0; i < freeAttempts; i++) expect((await login('sasaran', 'salah-salah-salah')).body.errors?.[0]).toEqual(unknown.body.errors?.[0]);
    const checked = passwordsChecked();
    const throttled = await login('sasaran', 'kata-sandi-sasaran');
    expect(throttled.body.errors?.[0]).toEqual(unknown.body.errors?.[0]);
    expect(throttled.res.status).toBe(unknown.res.status);
    expect(passwordsChecked()).toBe(checked);
    // Unknown usernames are throttled alike, so the throttle does not tell which usernames exist.
    for (let i = 0; i < freeAttempts; i++) await login('belum-pernah-ada', 'bukan-kata-sandi');
    expect((await login('belum-pernah-ada', 'bukan-kata-sandi')).body.errors?.[0]).toEqual(unknown.body.errors?.[0]);

    // An administrator's new password lifts the delays at once.
    await api.ok(`mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { username } } }`, {
      input: { id: String((await t.db.orm.em.fork().getConnection().execute(`select id from account where username = 'sasaran'`))[0].id), password: 'kata-sandi-baru-1' },
    });
    expect((await login('sasaran', 'kata-sandi-baru-1')).body.errors).toBeUndefined();
  });

  it(`40 parallel wrong passwords for one account check at most ${freeAttempts} of them`, async () => {
    const em = t.db.orm.em.fork() as never;
    await authService.createAccount(em, { username: 'serentak', displayName: 'Serentak', password: 'kata-sandi-serentak', role: Role.ANALYST });
    const checked = passwordsChecked();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => login('serentak', `tebakan-${i}`)));
    expect(passwordsChecked() - checked).toBe(freeAttempts);
    expect(answers.every((a) => a.body.errors?.[0].extensions?.code === 'UNAUTHENTICATED')).toBe(true);
  });

  it('an outsider cannot lock the administrator out: from another address the administrator signs in at once', async () => {
    const em = t.db.orm.em.fork() as never;
    await authService.createAccount(em, { username: 'admin-kota', displayName: 'Admin Kota', password: 'kata-sandi-admin-kota', role: Role.ADMIN });
    await withProxiedApp(async (from) => {
      const outsider = from('203.0.113.9');
      for (let i = 0; i < 30; i++) expect((await outsider('admin-kota', `tebakan-${i}`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // The outsider's own address now waits, even with the right password…
      expect((await outsider('admin-kota', 'kata-sandi-admin-kota')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // …while the administrator, from their own address, is not held up at all.
      const admin = await from('198.51.100.4')('admin-kota', 'kata-sandi-admin-kota');
      expect(admin.errors).toBeUndefined();
      expect(admin.data?.login.account.username).toBe('admin-kota');
    });
  });

  it(`an address that failed ${addressAttempts} times, whatever usernames it tried, waits; other addresses do not`, async () => {
    await withProxiedApp(async (from) => {
      const sprayer = from('203.0.113.20');
      for (let i = 0; i < addressAttempts; i++) await sprayer(`coba-${i}`, 'tebakan-saja');
      expect((await sprayer('analis', 'kata-sandi-analis')).errors?.[0].message).toBe(REFUSED);
      expect((await from('198.51.100.20')('analis', 'kata-sandi-analis')).errors).toBeUndefined();
    });
  });

  it('audit:maintain removes the counts of pairs quiet for a day, and only those', async () => {
    const run = (text: string) => t.db.orm.em.fork().getConnection().execute(text);
    await run(`insert into sign_in_throttle values ('lama', '203.0.113.30', 7, now() - interval '25 hours'), ('baru', '203.0.113.30', 7, now())`);
    expect(await forgetQuietSignIns(t.db.orm.em.fork() as never)).toBe(1);
    expect(await run(`select username_key from sign_in_throttle where address = '203.0.113.30'`)).toEqual([{ username_key: 'baru' }]);
  });

  it('a disabled account\'s sessions stop working at once, and it gets the same answer as a wrong password', async () => {
    const em = t.db.orm.em.fork() as never;
    const account = await authService.createAccount(em, { username: 'sementara', displayName: 'Sementara', password: 'kata-sandi-sementara', role: Role.ANALYST });
    const { body } = await login('sementara', 'kata-sandi-sementara');
    const auth = { authorization: `Bearer ${body.data.login.token}` };
    expect((await post(ME, {}, auth)).body.data.me.username).toBe('sementara');
    await api.ok(`mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { active } } }`, { input: { id: String(account.id), active: false } });
    expect((await post(ME, {}, auth)).body.data).toEqual({ me: null });
    expect((await login('sementara', 'kata-sandi-sementara')).body.errors?.[0]).toMatchObject({ message: REFUSED, extensions: { code: 'UNAUTHENTICATED' } });
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
