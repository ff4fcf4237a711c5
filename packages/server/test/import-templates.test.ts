import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportService } from '../src/modules/import/export.service.js';
import { withLayouts } from '../src/modules/import/import-docs.js';
import { LAYOUTS } from '../src/modules/import/import-layouts.js';

const DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../docs/import-templates');

async function render(kind: (typeof LAYOUTS)[number]['kind'], format: 'csv' | 'xlsx'): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await exportService.template(kind, format, out);
  return Buffer.concat(chunks);
}

/** The cells of every sheet, as text: what a person sees (zip timestamps differ between runs). */
async function sheets(file: Buffer | ArrayBuffer): Promise<string[][][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as ArrayBuffer);
  return workbook.worksheets.map((sheet) => sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1).map((v) => String(v ?? ''))));
}

describe('docs/import-templates are current (pnpm run import:templates writes them)', () => {
  for (const layout of LAYOUTS) {
    it(`${layout.slug}.csv`, async () => {
      expect((await readFile(resolve(DIR, `${layout.slug}.csv`))).toString()).toBe((await render(layout.kind, 'csv')).toString());
    });

    it(`${layout.slug}.xlsx`, async () => {
      const committed = await sheets(await readFile(resolve(DIR, `${layout.slug}.xlsx`)));
      expect(committed).toEqual(await sheets(await render(layout.kind, 'xlsx')));
      expect(committed[0][0]).toEqual(layout.columns.filter((c) => !c.exportOnly).map((c) => c.header));
    });
  }
});

describe('docs/import.md', () => {
  it('holds the current layout tables', async () => {
    const doc = await readFile(resolve(DIR, '../import.md'), 'utf8');
    expect(withLayouts(doc, exportService.layoutsMarkdown())).toBe(doc);
  });
});
