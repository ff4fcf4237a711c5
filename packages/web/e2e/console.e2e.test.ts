import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openAs, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { useBrowser } from './support/fixture.ts';

const browser = useBrowser();

describe('Konsol kueri (query console)', () => {
  it('runs an example of the API guide, shows it as a table and as JSON, and exports it as CSV', async () => {
    const { page } = await browser.open();
    await openAs(page, 'ANALYST', '/konsol');
    const queryEditor = page.getByRole('textbox', { name: 'Kueri GraphQL' });
    await queryEditor.waitFor();
    await page.getByText(/^Pelengkapan otomatis aktif/).waitFor();

    await page.getByRole('button', { name: /^2\. The kecamatan with their kelurahan$/ }).click();
    await queryEditor.click();
    await page.keyboard.press('Control+Enter');
    const table = page.getByRole('region', { name: 'workUnits.nodes: 18 baris' });
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['code', 'name', 'children']);
    expect(await table.locator('tbody tr').count()).toBe(18);
    // Signed in, the server reports what the query cost against the analyst's budget.
    const cost = page.getByRole('definition').first();
    await cost.waitFor();
    expect(await page.locator('.cost').textContent()).toMatch(/Biaya kueri ini\s*\d+.*Sisa anggaran\s*\d+/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'konsol-kueri');

    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const json = JSON.parse((await page.getByRole('region', { name: 'JSON' }).textContent()) ?? '');
    expect(json.data.workUnits.nodes).toHaveLength(18);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFcode,name,children\r\n')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(19);
  });

  it('completes field names from the schema, marks mistakes, and keeps saved queries across visits', async () => {
    const { page } = await browser.open();
    await openAs(page, 'ANALYST', '/konsol');
    const queryEditor = page.getByRole('textbox', { name: 'Kueri GraphQL' });
    await queryEditor.waitFor();
    await page.getByText(/^Pelengkapan otomatis aktif/).waitFor();

    // Completion: typing the start of a root field offers it.
    await queryEditor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ competencyGr');
    const completion = page.locator('.cm-tooltip-autocomplete');
    await completion.waitFor();
    expect(await completion.getByText('competencyGroups').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    // A field that does not exist is marked in the editor; the mark goes when it is corrected.
    // (Whole texts are inserted at once: typed braces would be closed by the editor itself.)
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('{ competencyGroups { code nam } }');
    await page.locator('.cm-lintRange-error').first().waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('{ competencyGroups { code name } }');
    await page.locator('.cm-lintRange-error').first().waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Enter');
    await page.getByRole('region', { name: /^competencyGroups: \d+ baris$/ }).waitFor();

    // Save under a name, then find it again after a reload.
    await page.getByLabel('Nama kueri').fill('Kelompok kompetensi');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Kueri "Kelompok kompetensi" tersimpan.').waitFor();
    // Kept under the signed-in account, not in a list shared by everyone using this browser.
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kompetensi.console.saved.')));
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/\.\d+$/);
    await page.reload();
    await page.getByRole('button', { name: 'Kelompok kompetensi', exact: true }).click();
    await page.getByText(/^Pelengkapan otomatis aktif/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Kueri GraphQL' }).textContent()).toContain('competencyGroups { code name }');

    // Variables that are not JSON are caught before anything is sent.
    await page.getByRole('textbox', { name: 'Variabel (JSON)' }).click();
    await page.keyboard.type('{ nope');
    await page.getByRole('button', { name: 'Jalankan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Variabel bukan objek JSON yang sah' }).waitFor();
  });
});
