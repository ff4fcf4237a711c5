import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAs, type Role } from './support/browser.ts';
import { useBrowser } from './support/fixture.ts';

const browser = useBrowser();

/** An office laptop, a tablet held upright and the same tablet turned sideways. */
const SIZES = [
  { name: 'laptop 1366×768', width: 1366, height: 768 },
  { name: 'tablet 768×1024', width: 768, height: 1024 },
  { name: 'tablet 1024×768', width: 1024, height: 768 },
];

/** Every page, as a role that may open it. */
const PAGES: { path: string; role: Role }[] = [
  { path: '/', role: 'ADMIN' },
  { path: '/peta-kesenjangan', role: 'PLANNER' },
  { path: '/dasbor-pimpinan', role: 'LEADERSHIP' },
  { path: '/bandingkan-unit', role: 'PLANNER' },
  { path: '/kebutuhan-pelatihan', role: 'PLANNER' },
  { path: '/pegawai', role: 'EMPLOYEE' },
  { path: '/tim-saya', role: 'SUPERVISOR' },
  { path: '/konsol', role: 'ANALYST' },
  { path: '/impor', role: 'ADMIN' },
];

/**
 * What a person would call "does not fit": the page itself scrolls sideways (wide tables and the
 * heatmap scroll inside their own frames, which is fine), or a control sticks out past the right edge.
 */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="tab"]')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Inside a frame that scrolls sideways on purpose, a control may lie beyond the window.
      let scroller: HTMLElement | null = el.parentElement;
      while (scroller && !(scroller.scrollWidth > scroller.clientWidth && ['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX))) scroller = scroller.parentElement;
      if (!scroller && box.right > width + 1) problems.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}" ends at ${Math.round(box.right)}px`);
    }
    return problems;
  });
}

describe('screen sizes', () => {
  for (const size of SIZES) {
    it(`every page fits a ${size.name} screen`, async () => {
      const found: string[] = [];
      // One browser context per role (a context holds one session).
      for (const role of [...new Set(PAGES.map((p) => p.role))]) {
        const { page } = await browser.open();
        await page.setViewportSize({ width: size.width, height: size.height });
        for (const [i, { path }] of PAGES.filter((p) => p.role === role).entries()) {
          if (i === 0) await openAs(page, role, path);
          else await page.goto(path);
          await page.locator('main h1, main h2').first().waitFor();
          await page.waitForLoadState('networkidle');
          found.push(...(await overflow(page)).map((problem) => `${path}: ${problem}`));
        }
      }
      expect(found).toEqual([]);
    });
  }
});
