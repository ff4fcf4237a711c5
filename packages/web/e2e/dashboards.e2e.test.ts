import { describe, expect, it } from 'vitest';
import { openAs, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { useBrowser } from './support/fixture.ts';

const browser = useBrowser();

describe('Dasbor pimpinan (leadership dashboard)', () => {
  it('shows the headline figures, the charts and the 9-box', async () => {
    const { page } = await browser.open();
    await openAs(page, 'ADMIN', '/dasbor-pimpinan');
    await page.getByRole('heading', { level: 2, name: 'Dasbor pimpinan' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Matriks talenta (9-box)' }).waitFor();
    for (const title of ['Kesiapan digital per unit kerja', 'Tren indeks kesiapan digital per triwulan', 'Empat pilar literasi digital']) {
      await page.getByRole('heading', { level: 3, name: title }).waitFor();
    }
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('table.nine-box td').count()).toBe(9);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'dasbor-pimpinan');
  });

  // The head count comes from an aggregate (20 JP compliance), which LEADERSHIP may read, not from
  // the list of employees, which it may not.
  it('shows the dashboard to the LEADERSHIP role it is made for', async () => {
    const { page } = await browser.open();
    await openAs(page, 'LEADERSHIP', '/dasbor-pimpinan');
    const loaded = page.getByRole('heading', { level: 3, name: 'Matriks talenta (9-box)' });
    await loaded.or(page.getByRole('alert')).first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await loaded.waitFor();
  });
});

describe('Bandingkan unit (compare units)', () => {
  it('compares two units picked from the list, with the choice in the URL', async () => {
    const { page } = await browser.open();
    await openAs(page, 'PLANNER', '/bandingkan-unit');
    await page.getByText('Pilih sedikitnya 2 unit kerja untuk dibandingkan.').waitFor();
    const boxes = page.getByRole('checkbox');
    await boxes.first().waitFor();
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.waitForURL((url) => (url.searchParams.get('units') ?? '').split(',').length === 2);
    await page.locator('canvas').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.tables article').count()).toBe(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'bandingkan-unit');

    // The URL alone brings the same comparison back.
    const url = page.url();
    const again = (await browser.open()).page;
    await openAs(again, 'PLANNER', new URL(url).pathname + new URL(url).search);
    await again.locator('canvas').first().waitFor();
    expect(await again.locator('.tables article').count()).toBe(2);
  });
});
