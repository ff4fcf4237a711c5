import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAs, seriousAccessibilityViolations } from './support/browser.ts';
import { useBrowser } from './support/fixture.ts';

const browser = useBrowser();
const PSEUDONYM = /^P-[0-9A-F]{10}$/;

/** The FORBIDDEN errors the API sent for an operation, as "path.to.field" (the app must hide them). */
function forbiddenPaths(page: Page, operationName: string): string[] {
  const paths: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql') || response.request().postDataJSON()?.operationName !== operationName) return;
    const body = (await response.json().catch(() => null)) as { errors?: { path?: (string | number)[]; extensions?: { code?: string } }[] } | null;
    for (const e of body?.errors ?? []) if (e.extensions?.code === 'FORBIDDEN') paths.push((e.path ?? []).join('.'));
  });
  return paths;
}

describe('ANALYST sees employees by pseudonym, never an error for the withheld names', () => {
  it('drills down a heatmap cell to pseudonymised employees and opens one profile', async () => {
    const { page } = await browser.open();
    const listErrors = forbiddenPaths(page, 'UnitEmployees');
    const profileErrors = forbiddenPaths(page, 'EmployeeProfile');
    await openAs(page, 'ANALYST', '/peta-kesenjangan?view=table');

    // A cell of the table opens the unit's employees on that competency.
    const table = page.getByRole('table');
    await table.waitFor();
    await table.locator('button.cell-button').first().click();
    await page.waitForURL(/[?&]cellUnit=[\w-]+&cellCompetency=/);
    const panel = page.getByRole('region', { name: /^Pegawai .+ pada / });
    await panel.waitFor();
    // Everyone of the unit, not only those below the standard: a longer list to check.
    await panel.getByLabel('Hanya pegawai di bawah standar').uncheck();
    await panel.getByText(/dari \d+ pegawai/).waitFor();

    const names = await panel.locator('tbody th a').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.trim()).toMatch(PSEUDONYM);
    await panel.getByText('Peran Anda melihat pegawai dengan pseudonim', { exact: false }).waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
    // The API did withhold the names (with FORBIDDEN): the page hid exactly those errors.
    await expect.poll(() => listErrors.length).toBeGreaterThan(0);
    // Name, NIP, exact jabatan and unit always; the generalised ones on rows k-anonymity withholds them from.
    for (const path of listErrors) expect(path).toMatch(/^employees\.nodes\.\d+\.(name|nip|position|workUnit|positionKind|topWorkUnit)$/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The profile behind the first pseudonym: the pseudonym as its title, the NIP withheld, no error.
    const first = names[0].trim();
    await panel.locator('tbody th a').first().click();
    // Analysts' ids are the pseudonyms: the profile's address carries no database id.
    await page.waitForURL(/\/pegawai\/P-[0-9A-F]{10}$/);
    await page.getByRole('heading', { level: 2, name: first }).waitFor();
    await page.getByText('disamarkan untuk peran Anda').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await expect.poll(() => profileErrors.includes('employee.name')).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Without an id the page explains why there is no search by name instead of failing.
    await page.getByRole('link', { name: /Cari pegawai lain/ }).first().click();
    await page.waitForURL((url) => url.pathname === '/pegawai' || url.pathname === '/pegawai/');
    await page.getByText('pencarian menurut nama atau NIP tidak tersedia', { exact: false }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('ANALYST on the training needs page', () => {
  it('sees the needs and no planner (the API lets only admins, planners and supervisors plan)', async () => {
    const { page } = await browser.open();
    await openAs(page, 'ANALYST', '/kebutuhan-pelatihan');
    await page.getByRole('heading', { level: 2, name: 'Kebutuhan pelatihan' }).waitFor();
    await page.getByText('Simulasi rencana pelatihan tersedia bagi admin BKPSDM', { exact: false }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
