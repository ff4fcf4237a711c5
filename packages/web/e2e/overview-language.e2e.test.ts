import { describe, expect, it } from 'vitest';
import { openAs, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { useBrowser } from './support/fixture.ts';

const browser = useBrowser();

describe('overview and language', () => {
  it('sends a visitor to the sign-in page, which is accessible and refuses a wrong password', async () => {
    const { page } = await browser.open();
    await page.goto('/peta-kesenjangan');
    await page.waitForURL((url) => url.pathname === '/masuk');
    await page.getByLabel('Nama pengguna').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'masuk');
    await page.getByLabel('Nama pengguna').fill('analis');
    await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').waitFor();
    expect(new URL(page.url()).pathname).toBe('/masuk');
  });

  it('shows the headline figures in Bahasa Indonesia, switches to English and remembers it', async () => {
    const { page } = await browser.open();
    await openAs(page, 'ADMIN', '/');
    await page.getByTestId('figure-value').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kompetensi ASN Kota Palembang');
    // 3,000 employees seeded: the first figure is the head count, written the Indonesian way.
    expect(await page.getByTestId('figure-value').first().textContent()).toBe('3.000');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'ringkasan');

    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByRole('link', { name: 'Overview' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('ASN Competencies, City of Palembang');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('figure-value').first().textContent()).toBe('3,000');

    await page.reload();
    await page.getByRole('link', { name: 'Overview' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('ASN Competencies, City of Palembang');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
