/**
 * Imports a CSV or .xlsx file from the command line, with a progress bar:
 *   pnpm run import <kind> <file> [--dry-run] [--requested-by NAME]
 * (`pnpm import` alone is pnpm's own command: say `pnpm run import`.) The kind is a layout slug
 * (employees, work-units, positions, competency-assessments, training-records,
 * performance-evaluations, courses, training-providers). Without --dry-run the file is previewed and,
 * when every row is valid, committed in one transaction. Exits 1 when the file is refused, printing
 * the row errors, and 2 on a usage error.
 */
import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { importLimitsOf } from '../src/config.js';
import { migrate, openDatabase } from '../src/db/database.js';
import { configureImportLimits } from '../src/modules/import/import-limits.js';
import { ImportStatus } from '../src/modules/import/import-job.entity.js';
import { kindFromSlug, LAYOUTS } from '../src/modules/import/import-layouts.js';
import { importService } from '../src/modules/import/import.service.js';
import { cliTarget, describeTarget } from './cli-target.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, 'requested-by': { type: 'string' } },
});
const [kindText, fileArg] = positionals;
const kind = kindText ? kindFromSlug(kindText) : undefined;
if (!kind || !fileArg) {
  console.error(`usage: pnpm run import <kind> <file> [--dry-run]\n  kinds: ${LAYOUTS.map((l) => l.slug).join(', ')}`);
  process.exit(2);
}
// pnpm runs the script in packages/server; the file is named from where the command was typed.
const file = resolve(process.env.INIT_CWD ?? process.cwd(), fileArg);
await stat(file).catch(() => {
  console.error(`No such file: ${file}`);
  process.exit(2);
});

// The same limits as the server (IMPORT_MAX_* in docs/operations.md).
configureImportLimits(importLimitsOf());
const target = cliTarget();
const db = await openDatabase(target);
const bar = new cliProgress.SingleBar(
  { format: '{phase} {bar} {value}/{total} baris | {duration_formatted}', hideCursor: true, etaBuffer: 50 },
  cliProgress.Presets.shades_classic,
);
let phase = '';
try {
  await migrate(db);
  const dryRun = values['dry-run'] ?? false;
  console.log(`${dryRun ? 'Pratinjau' : 'Impor'} ${basename(file)} (${kindText}) ke ${describeTarget(target)} ...`);
  const started = performance.now();
  bar.start(1, 0, { phase: 'Membaca  ' });
  const job = await importService.importFile(
    db,
    { kind, fileName: basename(file), body: createReadStream(file), dryRun, requestedBy: values['requested-by'] ?? `cli:${process.env.USER ?? 'unknown'}` },
    {
      onProgress(p) {
        const writing = p.status === ImportStatus.COMMITTING && p.rowsToWrite > 0 && p.rowsRead > 0 && p.rowsValid === p.rowsRead;
        const next = writing ? 'Menyimpan' : p.status === ImportStatus.COMMITTING ? 'Memeriksa' : 'Membaca  ';
        if (next !== phase) phase = next;
        if (writing) bar.setTotal(p.rowsToWrite);
        else bar.setTotal(Math.max(p.rowsRead, 1));
        bar.update(writing ? p.rowsWritten : p.rowsRead, { phase });
      },
    },
  );
  bar.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Job ${job.id}: ${job.status} in ${seconds} s — read ${job.rowsRead}, valid ${job.rowsValid}, create ${job.rowsToCreate}, update ${job.rowsToUpdate}, unchanged ${job.rowsUnchanged}, written ${job.rowsWritten}`,
  );
  if (job.duplicateOfJobId) console.log(`Berkas yang sama (SHA-256) sudah diimpor pada job ${job.duplicateOfJobId}.`);
  if (job.errorCount) {
    console.error(`${job.errorCount} kesalahan / errors:`);
    for (const e of job.rowErrors) {
      console.error(`  baris ${e.row ?? '-'}${e.column ? `, kolom ${e.column}` : ''}${e.value ? ` ("${e.value}")` : ''}: ${e.messageIndonesian}\n      ${e.messageEnglish}`);
    }
    if (job.errorCount > job.rowErrors.length) console.error(`  … and ${job.errorCount - job.rowErrors.length} more`);
  }
  if (job.status !== ImportStatus.PREVIEWED && job.status !== ImportStatus.COMMITTED) process.exitCode = 1;
  else if (dryRun) console.log('Pratinjau saja: tidak ada yang disimpan (run without --dry-run to commit).');
} catch (error) {
  bar.stop();
  console.error(`Import failed; nothing was written: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
