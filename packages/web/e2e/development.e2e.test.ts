import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openAs, saveScreenshot, seriousAccessibilityViolations, demoAccount } from './support/browser.ts';
import { useBrowser } from './support/fixture.ts';

const browser = useBrowser();

describe('Kebutuhan pelatihan (training needs and plan)', () => {
  it('ranks the needs per unit, plans training for a unit with the heatmap before and after, and exports the plan', async () => {
    const { page } = await browser.open();
    await openAs(page, 'PLANNER', '/kebutuhan-pelatihan');
    const needs = page.getByRole('table').filter({ hasText: 'Unit kerja diurutkan menurut total kesenjangan berbobot' });
    await needs.waitFor();
    expect(await needs.locator('tbody tr').count()).toBeGreaterThan(1);
    await page.getByText('Pilih perangkat daerah atau kecamatan di atas untuk menyusun rencana pelatihan.').waitFor();

    // The planner's own unit becomes the scope (a PLANNER plans for the people of their unit); the
    // planner runs when asked.
    await page.getByLabel('Perangkat daerah / kecamatan').selectOption({ label: 'Dinas Komunikasi dan Informatika Kota Palembang' });
    await page.waitForURL(/[?&]unit=\d+/);
    await page.getByLabel('Kursi per pelatihan').fill('25');
    await page.getByRole('button', { name: 'Susun rencana' }).click();
    await page.waitForURL(/[?&]plan=1/);
    await page.getByRole('figure').filter({ hasText: 'Sebelum rencana' }).locator('canvas').waitFor({ timeout: 30_000 });
    await page.getByRole('figure').filter({ hasText: 'Sesudah rencana' }).locator('canvas').waitFor();
    expect(new URL(page.url()).searchParams.get('seats')).toBe('25');
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The screenshot shows the plan: its figures and the two heatmaps side by side.
    await page.getByRole('heading', { level: 3, name: 'Perencana pelatihan' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'kebutuhan-pelatihan');

    // The plan as a CSV file for Excel: UTF-8 with a byte-order mark, ";" in Indonesian.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh rencana (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rencana-pelatihan-.+\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^NIP;Nama;Jabatan;Unit kerja;Kode pelatihan;Pelatihan;JP;/);
    expect(lines[1]).toMatch(/^\d{8} \d{6} \d \d{3};/);
  });
});

describe('Profil pegawai (employee profile)', () => {
  it('finds an employee and shows levels against the standard, JP per year, history and what each course would close', async () => {
    const { page } = await browser.open();
    await openAs(page, 'PLANNER', '/pegawai');
    const first = page.locator('.search ul a').first();
    await first.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await first.click();
    await page.waitForURL(/\/pegawai\/\d+$/);
    for (const title of ['Pelatihan yang disarankan', 'Level kompetensi terhadap standar jabatan', 'JP pengembangan per tahun', 'Riwayat pelatihan', 'Riwayat SKP', 'Posisi dalam matriks talenta']) {
      await page.getByRole('heading', { level: 3, name: title }).waitFor();
    }
    const courses = page.locator('.courses li');
    // A planner reads someone else's profile: the page speaks of "pegawai ini", not "Anda".
    if ((await courses.count()) > 0) expect(await courses.first().textContent()).toContain('Pelatihan ini akan menutup kesenjangan pegawai ini pada');
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('an employee lands on their own profile, which speaks to them ("Anda")', async () => {
    const { page } = await browser.open();
    // Not openAs: where an employee lands (their own profile, by id) is what this test checks.
    const account = demoAccount('EMPLOYEE');
    await page.goto('/');
    await page.locator('#sign-in-username').fill(account.username);
    await page.locator('#sign-in-password').fill(account.password);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/pegawai\/\d+$/);
    await page.getByRole('heading', { level: 3, name: 'Pelatihan yang disarankan' }).waitFor();
    const courses = page.locator('.courses li');
    if ((await courses.count()) > 0) expect(await courses.first().textContent()).toContain('Pelatihan ini akan menutup kesenjangan Anda pada');
    expect(await page.locator('.main-nav a').allTextContents()).toEqual(['Profil pegawai']);
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'profil-pegawai');
  });
});

describe('Tim saya (my team)', () => {
  it("shows a supervisor's reports with their gaps, JP this year and the actions to take", async () => {
    const { page } = await browser.open();
    await openAs(page, 'ADMIN', '/tim-saya');
    const first = page.locator('.search ul a').first();
    await first.waitFor();
    await first.click();
    await page.waitForURL(/[?&]atasan=\d+/);
    // A supervisor with reports shows the table; one without says so and what to do.
    const table = page.getByRole('table').filter({ hasText: 'Bawahan langsung, yang paling perlu perhatian dulu' });
    await table.or(page.getByText('tidak memiliki bawahan langsung yang tercatat')).first().waitFor();
    if (await table.isVisible()) {
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
      await page.getByRole('heading', { level: 3, name: 'Tindakan yang disarankan' }).waitFor();
    }
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'tim-saya');
  });

  it('a supervisor signs in to their own team, with no picker and only their pages in the navigation', async () => {
    const { page } = await browser.open();
    await openAs(page, 'SUPERVISOR', '/tim-saya');
    const table = page.getByRole('table').filter({ hasText: 'Bawahan langsung, yang paling perlu perhatian dulu' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.search').count()).toBe(0);
    expect(await page.locator('.main-nav a').allTextContents()).toEqual(['Peta kesenjangan', 'Kebutuhan pelatihan', 'Profil pegawai', 'Tim saya']);
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
