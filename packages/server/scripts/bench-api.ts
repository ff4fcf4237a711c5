/**
 * Drives the API over HTTP with concurrent clients and writes docs/benchmarks.md (+ .json):
 *   pnpm bench:api [--employees 15000] [--engine postgresql|embedded] [--concurrency 4] [--requests 400] [--only <text>]
 *
 * `--only` runs the queries whose name contains the text and prints their figures without writing the report.
 *
 * PostgreSQL: seeds (or reuses) the database `kompetensi_bench_<employees>` on BENCH_DATABASE_URL
 * (or TEST_DATABASE_URL, default postgres://app:app@127.0.0.1:5432/postgres). The server runs in
 * this process, as `pnpm start` runs it. Every load is bounded in requests and time, on loopback.
 * Beside each query it measures the floor: PostgreSQL computing the same figures from the raw
 * tables, in the same run.
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { createApp } from '../src/app.js';
import { DEFAULT_LIMITS } from '../src/modules/access/limits.js';
import { Account, Role } from '../src/modules/auth/account.entity.js';
import { TokenKind } from '../src/modules/auth/auth-token.entity.js';
import { authService } from '../src/modules/auth/auth.service.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, type DatabaseTarget } from '../src/db/database.js';
import { clearAnalyticsCache, forgetVersion } from '../src/modules/analytics/analytics-cache.js';
import { benchDatabaseUrl, readyDemoCity } from './bench-database.js';

const { values } = parseArgs({
  options: {
    employees: { type: 'string', default: '15000' },
    engine: { type: 'string', default: 'postgresql' },
    concurrency: { type: 'string', default: '4' },
    requests: { type: 'string', default: '400' },
    only: { type: 'string' },
  },
});
const employees = Number(values.employees);
const engine = values.engine as DatabaseTarget['kind'];
const concurrency = Number(values.concurrency);
const requestsPerScenario = Number(values.requests);
const TODAY = new Date().toISOString().slice(0, 10);

// The database: reused when it already holds this many employees.
let target: DatabaseTarget;
let cleanup = async () => {};
if (engine === 'postgresql') {
  target = { kind: 'postgresql', url: await benchDatabaseUrl(`kompetensi_bench_${employees}`) };
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kompetensi-bench-api-'));
  target = { kind: 'embedded', dataDir: dir };
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}
const db = await openDatabase(target);
await readyDemoCity(db, employees);

// The benchmark signs in as an ADMIN (every figure, nothing withheld) with a budget it cannot spend:
// it measures the queries, not the per-account limit.
const benchEm = db.orm.em.fork() as SqlEntityManager;
const benchAccount =
  (await benchEm.findOne(Account, { username: 'bench-admin' })) ??
  (await authService.createAccount(benchEm, { username: 'bench-admin', displayName: 'Benchmark', password: randomUUID(), role: Role.ADMIN }));
const { secret: token } = await authService.issueToken(benchEm, benchAccount, TokenKind.SESSION, new Date(Date.now() + 86_400_000));
const limits = { ...DEFAULT_LIMITS, budgetCapacity: 1e12, budgetRefillPerSecond: 1e12 };
const app = await createApp(db, { ...loadConfig({}), webDistDir: '/nonexistent', limits });
const port = await app.listen(0);
const endpoint = `http://127.0.0.1:${port}/graphql`;

interface Scenario {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** SQL computing the same figures from the raw tables: the floor. */
  floor?: string;
  targetP95?: number;
  /** Clients for this query when not `--concurrency`: the planner is one person waiting for one plan. */
  clients?: number;
}

const rawHeatmap = (kind: string) => `
  select c.ancestor_id, f.competency_id, avg(f.required_level - f.current_level)
    from analytics.facts_as_of(current_date, null) f
    join analytics.work_unit_closure c on c.descendant_id = f.work_unit_id
    join work_unit r on r.id = c.ancestor_id and r.parent_id is null
    join competency k on k.id = f.competency_id and k.kind = '${kind}'
   group by 1, 2`;

const SCENARIOS: Scenario[] = [
  {
    name: 'competencyGapHeatmap: top-level units × DIGITAL (21), MEAN_GAP',
    query: `query($i: HeatmapInput!) { competencyGapHeatmap(input: $i) { rows { id label } columns { id } values counts reasons rowSummary { values } columnSummary { values } } }`,
    variables: { i: { competencyKind: 'DIGITAL' } },
    floor: rawHeatmap('DIGITAL'),
    targetP95: 50,
  },
  {
    name: 'competencyGapHeatmap: top-level units × TEKNIS (89), SHARE_BELOW_STANDARD',
    query: `query($i: HeatmapInput!) { competencyGapHeatmap(input: $i) { rows { id label } columns { id } values counts reasons rowSummary { values } columnSummary { values } } }`,
    variables: { i: { competencyKind: 'TEKNIS', metric: 'SHARE_BELOW_STANDARD' } },
    floor: rawHeatmap('TEKNIS'),
    targetP95: 50,
  },
  {
    name: 'compareWorkUnits: 3 units × MANAJERIAL',
    query: `query($i: CompareWorkUnitsInput!) { compareWorkUnits(input: $i) { unit { label } competencies { code meanLevel meanGap differenceFromCity } largestGaps { code } } }`,
    variables: { i: { workUnitIds: ['2', '3', '4'], competencyKind: 'MANAJERIAL' } },
    targetP95: 150,
  },
  {
    name: 'digitalReadiness: top-level units, pillars, 8-quarter trend',
    query: `{ digitalReadiness { rows { unit { label } index foundation advanced } summary { index pillars { pillar meanLevel } } trend { quarter index } } }`,
    targetP95: 150,
  },
  {
    name: 'developmentHoursCompliance: this year, top-level units',
    query: `query($y: Int!) { developmentHoursCompliance(year: $y) { rows { unit { label } share meanJp histogram } summary { share } employeesBelow { jp } } }`,
    variables: { y: new Date().getUTCFullYear() },
    targetP95: 150,
  },
  {
    name: 'performanceDistribution: last year, top-level units',
    query: `query($y: Int!) { performanceDistribution(year: $y) { rows { unit { label } counts } summary { counts } } }`,
    variables: { y: new Date().getUTCFullYear() - 1 },
    targetP95: 150,
  },
  {
    name: 'talentMatrix: city, with recognition and coaching lists',
    query: `{ talentMatrix { boxes placed recognition { predikat box } coaching { predikat largestGaps { gap } } } }`,
    targetP95: 150,
  },
  {
    name: 'trainingNeeds: top-level units, top 5 needs',
    query: `{ trainingNeeds { rows { unit { label } needs { code totalWeightedGap employeesBelow courses { code } } } } }`,
    targetP95: 150,
  },
  {
    name: 'professionalismCompetency: top-level units, kompetensi dimension of the IP ASN',
    query: `{ professionalismCompetency { rows { unit { label } employees meanScore category categories } summary { employees meanScore category } } }`,
    targetP95: 150,
  },
  {
    name: 'employees: a page of 100 with unit, jabatan and gaps',
    query: `{ employees(first: 100) { totalCount nodes { nip name workUnit { name } position { name } competencyGaps { gap status competency { code } } } } }`,
    targetP95: 150,
  },
  {
    name: 'employee profile (levels, gaps, JP per year, SKP, 9-box, recommended courses, IP kompetensi)',
    query: `{ employee(id: "1") { name currentCompetencies { level competency { code } } competencyGaps { gap status } jpByYear { year jp } performanceEvaluations { year predikat } talentBox { box } recommendedCourses { gapClosed course { code } } professionalismCompetency { score category } } }`,
    targetP95: 150,
  },
];

/**
 * The clients run in a worker thread, so they do not take the server's CPU time on the event loop
 * they are measuring: `concurrency` loops, each sending its next request when the last returned.
 */
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { endpoint, body, total, concurrency, deadlineMs, token } = workerData;
(async () => {
  const latencies = [];
  let errors = 0, sent = 0;
  const deadline = Date.now() + deadlineMs;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (sent < total && Date.now() < deadline) {
      sent++;
      const t0 = performance.now();
      const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token }, body });
      const json = await res.json();
      latencies.push(performance.now() - t0);
      if (json.errors) errors++;
    }
  }));
  parentPort.postMessage({ latencies, errors, seconds: (performance.now() - started) / 1000 });
})();
`;

async function load(scenario: Scenario, total: number): Promise<{ p50: number; p95: number; p99: number; rps: number; errors: number; clients: number }> {
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  const clients = scenario.clients ?? concurrency;
  const worker = new Worker(LOAD_WORKER, { eval: true, workerData: { endpoint, body, total, concurrency: clients, deadlineMs: 60_000, token } });
  const { latencies, errors, seconds } = await new Promise<{ latencies: number[]; errors: number; seconds: number }>((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
  });
  await worker.terminate();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), rps: latencies.length / seconds, errors, clients };
}

/** Median time of a request right after a write with nothing cached: the cost of computing it. */
async function cold(scenario: Scenario, times = 5): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    await db.orm.em.getConnection().execute('update analytics.state set version = version + 1');
    forgetVersion();
    // No earlier answer either, so the slow dashboards cannot answer stale: this measures the computation.
    clearAnalyticsCache();
    const t0 = performance.now();
    await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: scenario.query, variables: scenario.variables }) });
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)];
}

async function floor(sqlText: string, times = 3): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await db.orm.em.getConnection().execute(sqlText);
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)];
}

interface Row {
  scenario: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  /** Clients sending at once; older runs measured every query with the run's concurrency. */
  clients?: number;
  coldMs: number;
  floorMs: number | null;
  targetP95: number | null;
}
// planTraining for the unit whose subtree holds closest to 2,000 employees (target: ≤ 2 s).
const [planUnit] = await db.orm.em.getConnection().execute(`select c.ancestor_id as id, count(*)::int as n from employee e
   join analytics.work_unit_closure c on c.descendant_id = e.work_unit_id group by 1 having count(*) <= 5000 order by abs(count(*) - 2000) limit 1`);
SCENARIOS.push({
  name: `planTraining: a unit of ${planUnit.n} employees, 40 JP each, 30 seats a course`,
  query: `query($i: PlanTrainingInput!) { planTraining(input: $i) { employees totalJp gapClosed gapBefore before { values } after { values } } }`,
  variables: { i: { workUnitId: String(planUnit.id), jpBudgetPerEmployee: 40, seatsPerCourse: 30 } },
  targetP95: 2000,
  clients: 1,
});

const rows: Row[] = [];
for (const scenario of SCENARIOS.filter((s) => !values.only || s.name.includes(values.only))) {
  const slow = scenario.name.startsWith('planTraining');
  await load(scenario, slow ? 2 : Math.min(50, requestsPerScenario)); // warm up
  const result = await load(scenario, slow ? 10 : requestsPerScenario);
  rows.push({
    scenario: scenario.name,
    ...result,
    coldMs: values.only ? 0 : await cold(scenario),
    floorMs: scenario.floor && !values.only ? await floor(scenario.floor) : null,
    targetP95: scenario.targetP95 ?? null,
  });
  const r = rows[rows.length - 1];
  console.log(`${scenario.name}: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${r.rps.toFixed(0)} req/s, cold ${r.coldMs.toFixed(0)} ms, floor ${r.floorMs?.toFixed(0) ?? '-'} ms`);
}

await app.stop();
await db.close();
await cleanup();
if (values.only) process.exit(0);

// The report keeps the runs of other sizes and engines beside this one.
const docs = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../docs');
const jsonPath = join(docs, 'benchmarks.json');
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
type Run = { engine: string; employees: number; concurrency: number; requests: number; date: string; machine: string; rows: Row[] };
const runs: Run[] = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')).runs : [];
const run: Run = { engine, employees, concurrency, requests: requestsPerScenario, date: TODAY, machine, rows };
const all = [...runs.filter((r) => !(r.engine === engine && r.employees === employees)), run].sort((a, b) => a.employees - b.employees || a.engine.localeCompare(b.engine));
writeFileSync(jsonPath, JSON.stringify({ runs: all }, null, 2) + '\n');

const fmt = (x: number) => x.toFixed(1);
const lines = [
  '# API benchmark',
  '',
  'Measured by `pnpm bench:api --employees <n> --engine <postgresql|embedded>` (`packages/server/scripts/bench-api.ts`):',
  'the real server in-process over HTTP on loopback, `concurrency` clients sending `requests` requests per query after a',
  'warm-up. **cold** is the median time of one request right after a write with nothing cached (the answer is computed,',
  'not served from the per-version cache; the slow dashboards answer a request after a write within `DASHBOARD_STALE_AFTER_MS`,',
  '1 s by default, with the previous figures while they compute: docs/analytics.md); **floor** is PostgreSQL computing the same figures from the raw',
  'tables (median of 3), in the same run. Raw figures: `benchmarks.json`. The machine is shared and noisy: compare',
  'figures of one run with each other. The server runs with `NODE_ENV=production`, as `pnpm start` runs it. `planTraining`',
  'is measured with one client: its target is the time one planner waits for one plan, and four plans computed at once on',
  'two cores would measure the queue instead.',
  '',
  ...all.flatMap((r) => [
    `## ${r.employees.toLocaleString('en')} employees, ${r.engine} (${r.date}; ${r.machine}; ${r.concurrency} clients × ${r.requests} requests)`,
    '',
    '| query | clients | p50 ms | p95 ms | p99 ms | req/s | target p95 | cold ms | floor ms | errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.rows.map(
      (x) =>
        `| ${x.scenario} | ${x.clients ?? r.concurrency} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${fmt(x.p99)} | ${x.rps.toFixed(0)} | ${x.targetP95 ? `≤ ${x.targetP95} ${x.p95 <= x.targetP95 ? '✔' : '✘'}` : '—'} | ${x.coldMs.toFixed(0)} | ${x.floorMs === null ? '—' : x.floorMs.toFixed(0)} | ${x.errors} |`,
    ),
    '',
  ]),
];
writeFileSync(join(docs, 'benchmarks.md'), lines.join('\n'));
console.log(`Wrote docs/benchmarks.md`);
