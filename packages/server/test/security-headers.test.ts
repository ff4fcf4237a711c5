import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { signInAs, TEST_LIMITS } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/**
 * Browser-side defences on every answer of the real HTTP server (docs/security.md, "Uploads, exports
 * and the browser"): the built app at `/` (a stand-in index.html here; the browser test runs the real
 * build under the policy), `/graphql`, `/api`, `/healthz`.
 */
let t: TestDatabase;
let web: string;
let token: string;
const servers: App[] = [];

async function serve(env: Record<string, string> = {}): Promise<string> {
  const app = await createApp(t.db, { ...loadConfig(env), webDistDir: web, limits: TEST_LIMITS, dashboardStaleAfterMs: Number.POSITIVE_INFINITY, viewerCacheMs: 0 });
  servers.push(app);
  return `http://127.0.0.1:${await app.listen(0)}`;
}

let url: string;
beforeAll(async () => {
  t = await createTestDatabase();
  web = mkdtempSync(join(tmpdir(), 'kompetensi-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><meta name="csp-nonce" content="__CSP_NONCE__"><title>app</title>');
  token = (await signInAs(t.db, Role.ADMIN)).token;
  url = await serve();
});
afterAll(async () => {
  for (const app of servers) await app.stop();
  rmSync(web, { recursive: true, force: true });
  await t.drop();
});

/** The policy, with the nonce of the answer (22 base64 characters and padding: 128 bits). */
const POLICY =
  /^default-src 'self'; script-src 'self'; style-src 'self' 'nonce-([A-Za-z0-9+/]{22}==)'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'$/;

const graphqlPost = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body: JSON.stringify(body) });

describe('security headers', () => {
  const requests: [string, () => Promise<Response>][] = [
    ['the app at /', () => fetch(`${url}/`)],
    ['an app route', () => fetch(`${url}/peta-kesenjangan`)],
    ['/graphql', () => graphqlPost(url, { query: '{ me { username } }' })],
    ['/api', () => fetch(`${url}/api/exports/work-units.csv`, { headers: { authorization: `Bearer ${token}` } })],
    ['/api refusing a caller not signed in', () => fetch(`${url}/api/exports/work-units.csv`)],
    ['/healthz', () => fetch(`${url}/healthz`)],
  ];

  it.each(requests)('are on %s', async (_name, request) => {
    const res = await request();
    expect(res.headers.get('content-security-policy')).toMatch(POLICY);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    // Plain HTTP: no HSTS (a browser ignores it there, and a proxy that is not trusted cannot claim HTTPS).
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('give each answer a nonce of its own, written into the app shell it serves', async () => {
    const nonces: string[] = [];
    for (const path of ['/', '/konsol', '/index.html']) {
      const res = await fetch(`${url}${path}`);
      const nonce = POLICY.exec(res.headers.get('content-security-policy') ?? '')?.[1];
      expect(nonce).toBeTruthy();
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain(`<meta name="csp-nonce" content="${nonce}">`);
      nonces.push(nonce!);
    }
    expect(new Set(nonces).size).toBe(3);
  });

  it('send HSTS when a trusted proxy says the request came over HTTPS, and only then', async () => {
    const proxied = await serve({ TRUST_PROXY: '1' });
    const overHttps = await fetch(`${proxied}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect((await fetch(`${proxied}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    // Without TRUST_PROXY the same claim is not believed.
    expect((await fetch(`${url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toBeNull();
  });
});

type Answer = { errors?: { extensions?: { code?: string } }[] };

describe('automatic persisted queries', () => {
  it('are off: a hash alone is refused, and a document with a hash is not remembered', async () => {
    const query = '{ me { username } }';
    const sha256Hash = 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38';
    const withDocument = (await (await graphqlPost(url, { query, extensions: { persistedQuery: { version: 1, sha256Hash } } })).json()) as Answer;
    expect(withDocument.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    const hashOnly = (await (await graphqlPost(url, { extensions: { persistedQuery: { version: 1, sha256Hash } } })).json()) as Answer;
    expect(hashOnly.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});
