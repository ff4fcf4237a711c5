/**
 * Debian's Chromium driven by playwright-core (which never downloads a browser), and what every
 * browser test does with it: open a page as a role, check accessibility, keep a screenshot.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Result as AxeResult } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from './environment.ts';

/**
 * The flags Chromium needs when run as root (no sandbox) on a machine without a GPU, and to stay
 * quiet on the network (no QUIC, first-run pages, background updates or sync).
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The screen the app is built for (a modest office PC). */
export const VIEWPORT = { width: 1366, height: 768 };

/**
 * Chromium from Debian (`CHROMIUM_PATH` to use another). Playwright starts it with a fresh temporary
 * `--user-data-dir` of its own on every launch, so no profile, cache or storage carries over.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
}

/** The roles of the access-control issue; each signs in with its demo account (docs/demo-accounts.json). */
export type Role = 'ADMIN' | 'LEADERSHIP' | 'PLANNER' | 'SUPERVISOR' | 'EMPLOYEE' | 'ANALYST';

export interface RolePage {
  context: BrowserContext;
  page: Page;
  /** Problems the page reported: uncaught exceptions and console errors. */
  problems: string[];
}

/**
 * A new browser context (its own cookies and storage) with a page at 1366×768 that may reach only
 * the server under test: any request to another host is refused, so a test can never depend on the
 * network.
 */
export async function newRolePage(browser: Browser, baseUrl: string): Promise<RolePage> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: VIEWPORT, locale: 'id-ID', timezoneId: 'Asia/Jakarta', acceptDownloads: true });
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { context, page, problems };
}

interface DemoAccount {
  username: string;
  password: string;
  role: Role;
}

/** The demo accounts the seed creates, one per role (docs/demo-accounts.json). */
const DEMO_ACCOUNTS = JSON.parse(readFileSync(join(REPO_ROOT, 'docs/demo-accounts.json'), 'utf8')) as DemoAccount[];

export function demoAccount(role: Role): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`docs/demo-accounts.json has no ${role} account`);
  return account;
}

/** Who each browser context is signed in as. */
const signedIn = new WeakMap<BrowserContext, Role>();

/**
 * Opens `path` signed in as the demo account of `role`: the first time in a browser context through
 * the app's sign-in page (the app sends a visitor there, the server sets its HTTP-only session
 * cookie, the app goes on to `path`), afterwards directly.
 */
export async function openAs(page: Page, role: Role, path: string): Promise<void> {
  const context = page.context();
  await page.goto(path);
  if (signedIn.get(context) !== role) {
    const account = demoAccount(role);
    if (signedIn.has(context)) throw new Error('openAs: one role per browser context; open another page for another role');
    await page.waitForURL((url) => url.pathname === '/masuk');
    await page.locator('#sign-in-username').fill(account.username);
    await page.locator('#sign-in-password').fill(account.password);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname !== '/masuk');
    signedIn.set(context, role);
    const target = new URL(path, page.url());
    const now = new URL(page.url());
    // The app sends a role to its home page when `path` is not for it: then the test must know.
    if (now.pathname !== target.pathname) throw new Error(`${role} was sent to ${now.pathname}, not ${target.pathname}`);
    if (now.search !== target.search) await page.goto(path);
  }
  await page.waitForLoadState('networkidle');
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's findings of serious or critical impact on the page as it is now, one line each. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const present = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, not added as an inline <script>: the app's
  // Content-Security-Policy (script-src 'self') refuses inline scripts, as it should.
  if (!present) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeResult[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.join(', ')}`);
}

/** Saves what the page shows at 1366×768 into docs/screenshots/NAME.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const dir = join(REPO_ROOT, 'docs/screenshots');
  await mkdir(dir, { recursive: true });
  // Rendering settles: fonts loaded, no request in flight.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(dir, `${name}.png`), animations: 'disabled', caret: 'hide' });
}
