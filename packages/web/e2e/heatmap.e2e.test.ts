import { describe, expect, it } from 'vitest';
import { openAs, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { useBrowser } from './support/fixture.ts';

const browser = useBrowser();

describe('Peta kesenjangan (heatmap explorer)', () => {
  it('draws the city heatmap, keeps a changed control in the URL, opens a cell\'s employees and drills down', async () => {
    const { page } = await browser.open();
    // ADMIN: the cell opened below lists a unit's employees by name, which a planner sees only in their own unit.
    await openAs(page, 'ADMIN', '/peta-kesenjangan');
    const canvas = page.locator('canvas[role="img"]');
    await canvas.waitFor();
    expect(await canvas.getAttribute('aria-label')).toMatch(/^Peta kesenjangan: \d+ baris × \d+ kolom/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'peta-kesenjangan');

    // A control: the URL follows it, and the heatmap is drawn again for it.
    await page.getByLabel('Ukuran').selectOption('SHARE_BELOW_STANDARD');
    await page.waitForURL(/[?&]metric=SHARE_BELOW_STANDARD/);
    await page.waitForLoadState('networkidle');
    await canvas.waitFor();

    // Hovering a cell: the chart marks it as something to click (the tooltip itself is drawn on the canvas).
    // A point in the lower right of the matrix, where every unit has cells; hover scrolls it into view.
    const box = (await canvas.boundingBox())!;
    const cell = { x: Math.round(box.width * 0.75), y: Math.round(box.height - 30) };
    await canvas.hover({ position: cell });
    await expect.poll(() => canvas.evaluate((c) => (c as HTMLCanvasElement).style.cursor)).toBe('pointer');

    // Clicking it opens the cell: the unit's employees with their level on that competency, each
    // linked to their profile; from the panel the unit opens (its sub-units become the rows).
    await canvas.click({ position: cell });
    await page.waitForURL(/[?&]cellUnit=\d+&cellCompetency=/);
    const panel = page.getByRole('region', { name: /^Pegawai .+ pada / });
    await panel.waitFor();
    await panel.getByText('Hanya pegawai di bawah standar', { exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: /^Lihat sub-unit / }).click();
    await page.waitForURL(/[?&]workUnitId=\d+/);
    expect(new URL(page.url()).searchParams.has('cellUnit')).toBe(false);
    const breadcrumb = page.getByRole('navigation', { name: 'Lingkup unit kerja' });
    await breadcrumb.waitFor();
    expect(await breadcrumb.getByRole('link', { name: 'Kota Palembang' }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('metric')).toBe('SHARE_BELOW_STANDARD');
    await page.waitForLoadState('networkidle');

    // Back goes up a level, to the city.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('workUnitId'));
    await canvas.waitFor();
  });

  it('shows the same data as a table for keyboard and screen-reader users', async () => {
    const { page } = await browser.open();
    await openAs(page, 'PLANNER', '/peta-kesenjangan?view=table');
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.locator('caption').textContent()).toContain('Rata-rata kesenjangan');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(10);
    // A row header is a button: Enter opens the unit, as a click on the chart does.
    const firstUnit = table.locator('tbody th button').first();
    await firstUnit.focus();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'peta-kesenjangan-tabel');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]workUnitId=\d+/);
    expect(new URL(page.url()).searchParams.get('view')).toBe('table');
  });
});
