/**
 * Writes the import templates, one CSV and one .xlsx per kind, into docs/import-templates/, from the
 * same column layouts the import reads: `pnpm run import:templates`. A test fails when they are stale.
 */
import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportService } from '../src/modules/import/export.service.js';
import { LAYOUTS } from '../src/modules/import/import-layouts.js';

export const TEMPLATE_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../docs/import-templates');

await mkdir(TEMPLATE_DIR, { recursive: true });
for (const layout of LAYOUTS) {
  for (const format of ['csv', 'xlsx'] as const) {
    const path = resolve(TEMPLATE_DIR, `${layout.slug}.${format}`);
    await exportService.template(layout.kind, format, createWriteStream(path));
    console.log(`Wrote ${path}`);
  }
}
