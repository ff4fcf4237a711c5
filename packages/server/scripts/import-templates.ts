/**
 * Writes the import templates, one CSV and one .xlsx per kind, into docs/import-templates/, and the
 * layout tables of docs/import.md (between its markers), from the same column layouts the import
 * reads: `pnpm run import:templates`. A test fails when either is stale.
 */
import 'reflect-metadata';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { exportService } from '../src/modules/import/export.service.js';
import { LAYOUTS } from '../src/modules/import/import-layouts.js';
import { LAYOUT_MARKERS, withLayouts } from '../src/modules/import/import-docs.js';

export const TEMPLATE_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../docs/import-templates');

/** The cells of every sheet as text: two workbooks with the same cells are the same template (zip timestamps aside). */
async function cells(file: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return JSON.stringify(workbook.worksheets.map((sheet) => sheet.getSheetValues()));
}

await mkdir(TEMPLATE_DIR, { recursive: true });
for (const layout of LAYOUTS) {
  for (const format of ['csv', 'xlsx'] as const) {
    const path = resolve(TEMPLATE_DIR, `${layout.slug}.${format}`);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await exportService.template(layout.kind, format, out);
    const fresh = Buffer.concat(chunks);
    const old = await readFile(path).catch(() => null);
    // An .xlsx written again differs in its zip timestamps only: keep the committed file then.
    const same = old !== null && (format === 'csv' ? old.equals(fresh) : (await cells(old)) === (await cells(fresh)));
    if (same) continue;
    await writeFile(path, fresh);
    console.log(`Wrote ${path}`);
  }
}

const doc = resolve(TEMPLATE_DIR, '../import.md');
await writeFile(doc, withLayouts(await readFile(doc, 'utf8'), exportService.layoutsMarkdown()));
console.log(`Wrote the layouts into ${doc} (between ${LAYOUT_MARKERS.start} and ${LAYOUT_MARKERS.end})`);
