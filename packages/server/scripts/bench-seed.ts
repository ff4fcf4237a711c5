/**
 * Measures seeding the demo city and writes docs/benchmarks-seed.md (+ .json):
 *   pnpm bench [--sizes 15000,1000000] [--engines embedded,postgresql]
 * PostgreSQL: BENCH_DATABASE_URL (or TEST_DATABASE_URL), a role that may create databases; each run
 * seeds a fresh database, which is dropped afterwards.
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { migrate, openDatabase, type DatabaseTarget } from '../src/db/database.js';
import { seedDemo, type SeedSummary } from '../src/db/seed/demo-seed.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '15000' },
    engines: { type: 'string', default: 'embedded,postgresql' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const engines = values.engines.split(',') as DatabaseTarget['kind'][];
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://app:app@127.0.0.1:5432/postgres';
const TODAY = '2026-11-27';

interface Run {
  engine: DatabaseTarget['kind'];
  employees: number;
  seconds: number;
  rowsPerSecond: number;
  summary: SeedSummary;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function run(engine: DatabaseTarget['kind'], employees: number): Promise<Run> {
  let target: DatabaseTarget;
  let cleanup: () => Promise<void>;
  if (engine === 'embedded') {
    const dir = mkdtempSync(join(tmpdir(), 'kompetensi-bench-'));
    target = { kind: 'embedded', dataDir: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `kompetensi_bench_${Date.now()}`;
    await admin(`create database ${name} template template0 encoding 'UTF8'`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    target = { kind: 'postgresql', url: url.toString() };
    cleanup = () => admin(`drop database if exists ${name} with (force)`);
  }
  const db = await openDatabase(target);
  try {
    await migrate(db);
    const bar = new cliProgress.SingleBar({ format: `${engine} ${employees} {bar} {percentage}% | {duration_formatted}` }, cliProgress.Presets.shades_classic);
    bar.start(employees, 0);
    const started = performance.now();
    const summary = await seedDemo(db, { employees, today: TODAY, onProgress: (done) => bar.update(done) });
    const seconds = (performance.now() - started) / 1000;
    bar.stop();
    const rows = Object.values(summary).reduce((a, b) => a + b, 0);
    return { engine, employees, seconds, rowsPerSecond: Math.round(rows / seconds), summary };
  } finally {
    await db.close();
    await cleanup();
  }
}

const TARGETS: Record<string, number> = { 'embedded:15000': 60, 'postgresql:15000': 30, 'postgresql:1000000': 600 };
const runs: Run[] = [];
for (const employees of sizes) {
  for (const engine of engines) {
    if (engine === 'embedded' && employees > 100_000) continue; // the embedded database is for trying the product, not for national scale
    runs.push(await run(engine, employees));
    const last = runs[runs.length - 1];
    console.log(`${engine} ${employees}: ${last.seconds.toFixed(1)} s`);
  }
}

const docs = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../docs');
const jsonPath = join(docs, 'benchmarks-seed.json');
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
// Keep earlier measurements of other sizes (e.g. the long 1,000,000 run) beside this one.
type Stored = Run & { date: string; machine: string };
const earlier: Stored[] = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')).runs : [];
const now = new Date().toISOString();
const all: Stored[] = [
  ...earlier.filter((e) => !runs.some((r) => r.engine === e.engine && r.employees === e.employees)),
  ...runs.map((r) => ({ ...r, date: now, machine })),
].sort((a, b) => a.employees - b.employees || a.engine.localeCompare(b.engine));
writeFileSync(jsonPath, JSON.stringify({ runs: all }, null, 2) + '\n');
const lines = [
  '# Seeding benchmark',
  '',
  'Measured by `pnpm bench:seed --sizes <employees,...> --engines embedded,postgresql` (the server package\'s',
  '`scripts/bench-seed.ts`). Each run seeds a fresh, migrated database in one transaction (COPY of',
  `generated CSV), reference day ${TODAY}; the time includes building the analytics read model (facts and roll-ups,`,
  'not counted in "rows written"). Raw figures: `benchmarks-seed.json`. The machine is shared: other work ran beside some runs.',
  '',
  '| engine | employees | seconds | target | rows written | rows/s | assessments | training records | measured | machine |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---|---|',
  ...all.map((r) => {
    const target = TARGETS[`${r.engine}:${r.employees}`];
    const rows = Object.values(r.summary).reduce((a, b) => a + b, 0);
    const verdict = target ? `≤ ${target} s ${r.seconds <= target ? '✔' : '✘'}` : '—';
    return `| ${r.engine} | ${r.employees.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${verdict} | ${rows.toLocaleString('en')} | ${r.rowsPerSecond.toLocaleString('en')} | ${r.summary.competencyAssessments.toLocaleString('en')} | ${r.summary.trainingRecords.toLocaleString('en')} | ${r.date.slice(0, 10)} | ${r.machine} |`;
  }),
  '',
];
writeFileSync(join(docs, 'benchmarks-seed.md'), lines.join('\n'));
console.log(lines.join('\n'));
