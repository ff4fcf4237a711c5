import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAs, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { useBrowser } from './support/fixture.ts';

const browser = useBrowser();

/** Presses a download button and returns the file's name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; data: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), data: await readFile(path) };
}

/** A number as the page writes it in Indonesian ("+0,47", "-1,25", "12,5%"). */
const pageNumber = (text: string) => Number.parseFloat(text.replace(/[^\d,+-]/g, '').replace(',', '.'));

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

    // Competencies nobody is required to have and nobody has been assessed on are left out, and the
    // page says how many; one control shows them again.
    const columnsDrawn = async () => Number((await canvas.getAttribute('aria-label'))!.match(/× (\d+) kolom/)![1]);
    const shown = await columnsDrawn();
    const status = await page.getByText(/kompetensi tanpa data \(tidak dipersyaratkan dan belum dinilai\) disembunyikan/).textContent();
    const hidden = Number(status!.match(/(\d+) kompetensi tanpa data/)![1]);
    expect(hidden).toBeGreaterThan(0);
    await page.getByLabel('Kompetensi tanpa data').selectOption('show');
    await page.waitForURL(/[?&]emptyColumns=show/);
    await expect.poll(columnsDrawn).toBe(shown + hidden);
    await page.getByLabel('Kompetensi tanpa data').selectOption('hide');
    await page.waitForURL((url) => !url.searchParams.has('emptyColumns'));
    await expect.poll(columnsDrawn).toBe(shown);

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

  it('downloads the map as a PNG picture and as an Excel workbook with the figures the page shows', async () => {
    const { page } = await browser.open();
    await openAs(page, 'PLANNER', '/peta-kesenjangan');
    const canvas = page.locator('canvas[role="img"]');
    await canvas.waitFor();
    const [, rows, columns] = (await canvas.getAttribute('aria-label'))!.match(/(\d+) baris × (\d+) kolom/)!.map(Number);
    // The day of the answer, as the page states it (the server's today, not the browser's clock).
    const asOf = (await page.getByText(/^Per \d{4}-\d{2}-\d{2} · /).textContent())!.slice(4, 14);
    const downloads = page.getByRole('group', { name: 'Unduh peta' });
    expect(await downloads.getByRole('button').allTextContents()).toEqual(['Unduh CSV', 'Unduh PNG', 'Unduh Excel']);

    // The picture: a PNG at twice the CSS size, large enough for every cell (≥ 10 × 24 CSS px) beside the labels.
    const png = await download(page, 'Unduh PNG');
    expect(png.name).toBe(`peta-kesenjangan-${asOf}.png`);
    expect([...png.data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.data.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = png.data.readUInt32BE(16);
    const height = png.data.readUInt32BE(20);
    expect(width).toBeGreaterThan(2 * columns * 10);
    expect(height).toBeGreaterThan(2 * rows * 24);
    expect(width % 2 + (height % 2)).toBe(0);

    // The workbook, opened as Excel would: the matrix with the labels and values of the table view.
    const xlsx = await download(page, 'Unduh Excel');
    expect(xlsx.name).toBe(`peta-kesenjangan-${asOf}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.data as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Nilai', 'Jumlah pegawai', 'Kolom']);
    const sheet = workbook.getWorksheet('Nilai')!;
    expect(String(sheet.getCell('A2').value)).toMatch(/^Rata-rata kesenjangan \(level\) · Unit kerja × kompetensi digital .* · Kota Palembang · per /);
    expect(String(sheet.getCell('A2').value).endsWith(`per ${asOf}`)).toBe(true);
    expect(sheet.getCell('A5').value).toBe('Unit kerja');
    expect(sheet.rowCount).toBe(5 + rows + 1);

    await page.getByRole('button', { name: 'Tabel', exact: true }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    expect(sheet.getCell('B5').value).toBe(await table.locator('thead th span[aria-hidden="true"]').first().textContent());
    const firstRow = table.locator('tbody tr').first();
    expect(sheet.getCell('A6').value).toBe((await firstRow.locator('th').textContent())!.trim());
    // The first row's cells: numbers in the workbook where the page shows numbers, the same words where it shows none.
    const texts = (await firstRow.locator('td:not(.summary)').allTextContents()).map((t) => t.trim());
    expect(texts).toHaveLength(columns);
    let numbers = 0;
    texts.forEach((text, x) => {
      const value = sheet.getRow(6).getCell(2 + x).value;
      if (typeof value === 'number') {
        numbers++;
        expect(pageNumber(text)).toBeCloseTo(value, 2);
      } else {
        expect(value).toBe(text);
        expect(['tidak ada data', 'disembunyikan (kelompok kecil)']).toContain(text);
      }
    });
    expect(numbers).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
