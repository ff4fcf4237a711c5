import { readFile } from 'node:fs/promises';
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

    // Every figure on the dashboard, as CSV written in the browser, in Indonesian layout (";").
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dasbor-pimpinan-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Bagian;Butir;Nilai;Jumlah pegawai;Keterangan');
    expect(lines[1]).toMatch(/^Angka utama;Jumlah pegawai \(ASN\);\d+;;$/);
    expect(lines.some((line) => line.startsWith('Matriks talenta (9-box)'))).toBe(true);
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

    // The profiles on screen as CSV, one line per unit and competency.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bandingkan-unit-\d{4}-\d{2}-\d{2}\.csv$/);
    const header = (await readFile((await download.path())!)).toString('utf8').replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toBe('Unit kerja;Kode kompetensi;Kompetensi;Jumlah pegawai;Level rata-rata;Level dipersyaratkan;Kesenjangan rata-rata;Rata-rata kota;Selisih dari kota;Peringkat kesenjangan terbesar;Keterangan');
    await saveScreenshot(page, 'bandingkan-unit');

    // The URL alone brings the same comparison back.
    const url = page.url();
    const again = (await browser.open()).page;
    await openAs(again, 'PLANNER', new URL(url).pathname + new URL(url).search);
    await again.locator('canvas').first().waitFor();
    expect(await again.locator('.tables article').count()).toBe(2);
  });
});
