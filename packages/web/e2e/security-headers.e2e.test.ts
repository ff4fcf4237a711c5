import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openAs } from './support/browser.ts';
import { useBrowser } from './support/fixture.ts';

/**
 * The browser-side defences (docs/security.md, "Uploads, exports and the browser"): the headers on
 * the app, /graphql and /api of the real server, and the app working under its Content-Security-Policy
 * with no violation and no console error on its main pages (the fixture fails the file on any console
 * error; here every `securitypolicyviolation` event is collected as well).
 */
const browser = useBrowser();
const baseUrl = inject('baseUrl');

const POLICY =
  /^default-src 'self'; script-src 'self'; style-src 'self' 'nonce-[A-Za-z0-9+/]{22}=='; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'$/;

function expectDefences(headers: Headers): void {
  expect(headers.get('content-security-policy')).toMatch(POLICY);
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('same-origin');
}

/** Records every CSP violation of the page's documents in `window.__cspViolations` (installed before any script of the app runs). */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

describe('security headers', () => {
  it('are sent with the app, its assets, /graphql and /api', async () => {
    const app = await fetch(`${baseUrl}/peta-kesenjangan`);
    expectDefences(app.headers);
    const html = await app.text();
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    expectDefences((await fetch(new URL(script!, baseUrl))).headers);
    const graphql = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { username } }' }) });
    expectDefences(graphql.headers);
    expectDefences((await fetch(`${baseUrl}/api/exports/work-units.csv`)).headers);
  });
});

describe('the app under its Content-Security-Policy', () => {
  // The main pages of each area, as the role that uses them: one browser context (and sign-in) each.
  const pages: ['ADMIN' | 'SUPERVISOR' | 'ANALYST', string][] = [
    ['ADMIN', '/'],
    ['ADMIN', '/peta-kesenjangan'],
    ['ADMIN', '/peta-kesenjangan?view=table'],
    ['ADMIN', '/dasbor-pimpinan'],
    ['ADMIN', '/bandingkan-unit'],
    ['ADMIN', '/kebutuhan-pelatihan'],
    ['ADMIN', '/impor'],
    ['SUPERVISOR', '/tim-saya'],
    ['ANALYST', '/konsol'],
  ];

  it.each(pages)('as %s, shows %s without a violation', async (role, path) => {
    const { page } = await browser.open();
    await watchViolations(page);
    await openAs(page, role, path);
    expect(await violations(page)).toEqual([]);
  });

  it("styles the console's code editor through the page's nonce", async () => {
    const { page } = await browser.open();
    await watchViolations(page);
    await openAs(page, 'ANALYST', '/konsol');
    await page.getByRole('textbox', { name: 'Kueri GraphQL' }).waitFor();
    // CodeMirror's own rules apply (its <style> element was admitted): the editor is a flex box.
    expect(await page.locator('.cm-editor').first().evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    expect(await violations(page)).toEqual([]);
  });

  it('opens a profile and downloads the map as CSV, PNG and Excel without a violation', async () => {
    const { page } = await browser.open();
    await watchViolations(page);
    await openAs(page, 'ADMIN', '/pegawai');
    const first = page.locator('.search ul a').first();
    await first.waitFor();
    await first.click();
    await page.waitForURL(/\/pegawai\/\d+/);
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);

    await page.goto('/peta-kesenjangan');
    await page.waitForLoadState('networkidle');
    const downloads = page.getByRole('group', { name: 'Unduh peta' });
    for (const name of ['Unduh CSV', 'Unduh PNG', 'Unduh Excel']) {
      const [file] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name, exact: true }).click()]);
      expect(await file.failure()).toBeNull();
    }
    expect(await violations(page)).toEqual([]);
  });
});
