import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openAs, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { useBrowser } from './support/fixture.ts';

const browser = useBrowser();

describe('Impor data', () => {
  it('downloads a template, shows a bad row, commits the corrected file and the new unit is counted', async () => {
    const { page } = await browser.open();
    await openAs(page, 'ADMIN', '/');
    const unitsFigure = page.locator('.figure', { hasText: 'Perangkat daerah dan kecamatan' }).getByTestId('figure-value');
    const unitsBefore = Number((await unitsFigure.textContent())!.replace(/\D/g, ''));

    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Impor data' }).click();
    await page.waitForURL((url) => url.pathname === '/impor');
    await page.getByRole('heading', { level: 2, name: 'Impor data' }).waitFor();
    expect(await page.getByLabel('Jenis data').inputValue()).toBe('WORK_UNITS');

    // The blank template: the import layout's Indonesian header, UTF-8 with a byte order mark.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh templat Unit kerja (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('templat-work-units.csv');
    const template = (await readFile((await download.path())!)).toString('utf8').replace(/^\uFEFF/, '');
    const header = template.split('\r\n')[0];
    expect(header).toBe('kode_unit,nama_unit,nama_singkat,jenis_unit,kode_unit_induk');

    // A file with a bad unit kind, dropped on the page: refused, with the row, column, cell and reason.
    const bad = `${header}\r\nE2E.IMPOR.01,Badan Uji Impor Data,Uji Impor,PLANET,\r\n`;
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'unit-kerja-salah.csv', { type: 'text/csv' }));
      document.querySelector('.drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bad);
    const rejected = page.getByRole('region', { name: 'Berkas unit-kerja-salah.csv ditolak: tidak ada yang disimpan' });
    await rejected.waitFor();
    const errorRow = rejected.locator('tbody tr').first();
    expect(await errorRow.locator('th').textContent()).toBe('2');
    expect(await errorRow.locator('td').nth(0).textContent()).toBe('jenis_unit');
    expect(await errorRow.locator('td').nth(1).textContent()).toBe('PLANET');
    expect(await errorRow.locator('td').nth(2).textContent()).toMatch(/jenis_unit/);
    // The outcome takes the focus, for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-rejected-title');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The corrected file, through the file input: previewed, one unit to create, then saved.
    await page.locator('#import-file').setInputFiles({ name: 'unit-kerja.csv', mimeType: 'text/csv', buffer: Buffer.from(bad.replace('PLANET', 'BADAN')) });
    const preview = page.getByRole('region', { name: 'Pratinjau unit-kerja.csv' });
    await preview.waitFor();
    expect(await preview.locator('.counts .create dd').textContent()).toBe('1');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The commit's answer is held back a moment, so the progress shown while it runs can be seen.
    await page.route('**/api/imports/*/commit', async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    await preview.getByRole('button', { name: 'Simpan 1 baris' }).click();
    const bar = page.getByRole('progressbar', { name: 'Kemajuan impor' });
    await bar.waitFor();
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
    expect(await bar.getAttribute('aria-valuemax')).toBe('100');
    const done = page.getByRole('region', { name: 'Tersimpan: unit-kerja.csv' });
    await done.waitFor();
    await page.unroute('**/api/imports/*/commit');
    expect(await done.textContent()).toContain('1 baris disimpan (1 baru, 0 diubah, 0 tidak berubah)');

    // The record of imports lists both files, the newest first.
    const jobs = page.getByRole('region', { name: 'Impor terakhir' }).locator('tbody tr');
    await expect.poll(() => jobs.first().textContent()).toContain('Tersimpan');
    expect(await jobs.first().textContent()).toContain('unit-kerja.csv');
    expect(await jobs.nth(1).textContent()).toContain('Ditolak');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'impor-data');

    // The same file again: recognised by its hash, nothing to save.
    await done.getByRole('button', { name: 'Impor berkas lain' }).click();
    await page.locator('#import-file').setInputFiles({ name: 'unit-kerja.csv', mimeType: 'text/csv', buffer: Buffer.from(bad.replace('PLANET', 'BADAN')) });
    await preview.waitFor();
    await preview.getByRole('note').getByText(/sudah pernah diimpor pada pekerjaan #\d+/).waitFor();
    expect(await preview.getByRole('button', { name: 'Simpan 0 baris' }).isDisabled()).toBe(true);
    await preview.getByRole('button', { name: 'Batal, pilih berkas lain' }).click();

    // The effect: the link leads to the gap map, and the new top-level unit is counted on the overview.
    await page.locator('#import-file').waitFor();
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(Number((await unitsFigure.textContent())!.replace(/\D/g, ''))).toBe(unitsBefore + 1);
    // ADMIN may download the records the page lists, in the import layout.
    const [units] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh Unit kerja (CSV)' }).click()]);
    const exported = (await readFile((await units.path())!)).toString('utf8');
    expect(exported).toContain('E2E.IMPOR.01,Badan Uji Impor Data,Uji Impor,BADAN,');
  });

  it('downloads the gap map on screen as CSV in the columns of the server export', async () => {
    const { page } = await browser.open();
    await openAs(page, 'PLANNER', '/peta-kesenjangan?view=table');
    await page.getByRole('table').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^peta-kesenjangan-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile((await download.path())!)).toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('metrik,tanggal,kunci_baris,baris,grup_baris,kunci_kolom,kolom,grup_kolom,nilai,jumlah_pegawai,alasan_kosong');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines[1]).toMatch(/^MEAN_GAP,\d{4}-\d{2}-\d{2},/);
  });
});
