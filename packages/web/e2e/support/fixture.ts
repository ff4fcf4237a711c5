import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, onTestFailed } from 'vitest';
import { launchChromium, newRolePage, type RolePage } from './browser.ts';
import { DEMO_TODAY, REPO_ROOT } from './environment.ts';

/**
 * One Chromium per test file and a fresh context per `open()`, closed at the end of the file. Every
 * page must finish without uncaught errors or console errors. When a test fails, its pages are kept
 * as screenshots in test-results/ (git-ignored) to show what the browser saw.
 */
export function useBrowser(): { open: () => Promise<RolePage> } {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  const opened: RolePage[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const { context, problems } of opened) {
      await context.close();
      expect(problems, problems.join('\n')).toEqual([]);
    }
    await browser?.close();
  });
  return {
    open: async () => {
      const rolePage = await newRolePage(browser, baseUrl);
      // The browser's clock starts on the day the demo history ends and runs on from there, so
      // "this year" and "last year" of the dashboards match the seeded data whenever the tests run.
      await rolePage.context.clock.install({ time: new Date(`${DEMO_TODAY}T10:00:00+07:00`) });
      opened.push(rolePage);
      onTestFailed(async ({ task }) => {
        const dir = join(REPO_ROOT, 'test-results');
        await mkdir(dir, { recursive: true });
        const name = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
        await rolePage.page.screenshot({ path: join(dir, `${name}-${opened.indexOf(rolePage)}.png`), fullPage: true }).catch(() => {});
      });
      return rolePage;
    },
  };
}
