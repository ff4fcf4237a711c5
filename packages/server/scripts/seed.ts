/**
 * Seeds the demo city: `pnpm db:seed [--employees 15000] [--seed N] [--today YYYY-MM-DD] [--reset]`.
 * Migrates first. Prints a progress bar and the time taken.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { migrate, openDatabase } from '../src/db/database.js';
import { DEFAULT_SEED, seedDemo } from '../src/db/seed/demo-seed.js';
import { cliTarget, describeTarget } from './cli-target.js';

const { values } = parseArgs({
  options: {
    employees: { type: 'string', default: '15000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    today: { type: 'string' },
    reset: { type: 'boolean', default: false },
  },
});

const target = cliTarget();
const db = await openDatabase(target);
const bar = new cliProgress.SingleBar(
  { format: 'Pegawai {bar} {percentage}% | {value}/{total} | {duration_formatted} (sisa {eta_formatted})', hideCursor: true },
  cliProgress.Presets.shades_classic,
);
try {
  await migrate(db);
  const employees = Number(values.employees);
  console.log(`Seeding ${employees.toLocaleString('en')} employees into the ${describeTarget(target)} ...`);
  const started = performance.now();
  bar.start(employees, 0);
  const summary = await seedDemo(db, {
    employees,
    seed: Number(values.seed),
    today: values.today,
    reset: values.reset,
    onProgress: (done) => bar.update(done),
  });
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  console.log(`Done in ${seconds.toFixed(1)} s.`);
  console.table(summary);
} catch (error) {
  bar.stop();
  console.error(`Seeding failed; nothing was written: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
