/**
 * One account attacks, another sends cheap requests: how long does the second wait?
 *   pnpm bench:abuse [--employees 15000] [--seconds 20] [--label after] [--only <text>]
 *
 * Each attack (one account, `clients` requests at once, again and again for `seconds`) runs while a
 * second account sends cheap requests one after the other (`{ me { username } }` and a page of 10
 * employees); the cheap requests' p50/p95 are compared with those measured without any attack. It
 * records how the server answered each attack: refused up front (with which code), or ran (bounded).
 * Writes docs/benchmarks-abuse.md (+ .json), keeping the runs of other labels (e.g. `before`, measured
 * on the code before the limits) beside this one; `--only <text>` runs the attacks whose name holds
 * the text and replaces just their rows.
 *
 * PostgreSQL: seeds (or reuses) `kompetensi_bench_abuse_<employees>` on BENCH_DATABASE_URL (or
 * TEST_DATABASE_URL, default postgres://app:app@127.0.0.1:5432/postgres). The server runs in this
 * process with NODE_ENV=production and the limits of the environment (config.ts), as `pnpm start`
 * runs it; the clients run in worker threads. Loopback only; every load is bounded in time.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { Account, Role } from '../src/modules/auth/account.entity.js';
import { TokenKind } from '../src/modules/auth/auth-token.entity.js';
import { authService } from '../src/modules/auth/auth.service.js';
import { benchDatabaseUrl, readyDemoCity } from './bench-database.js';

const { values } = parseArgs({
  options: {
    employees: { type: 'string', default: '15000' },
    seconds: { type: 'string', default: '20' },
    label: { type: 'string', default: 'after' },
    only: { type: 'string' },
  },
});
const employees = Number(values.employees);
const seconds = Number(values.seconds);
if (employees > 15_000) throw new Error('The abuse bench runs at 15,000 employees at most');
const TODAY = new Date().toISOString().slice(0, 10);

// The database: reused when it already holds this many employees.
const databaseUrl = await benchDatabaseUrl(`kompetensi_bench_abuse_${employees}`);
const config = { ...loadConfig(process.env), databaseUrl, webDistDir: '/nonexistent' };
const db = await openDatabase({ kind: 'postgresql', url: databaseUrl }, { statementTimeoutMs: config.statementTimeoutMs, heavyConnections: config.heavyConnections });
await readyDemoCity(db, employees);

// The accounts: one per attacking role, and the one whose cheap requests are measured.
const em = db.orm.em.fork() as SqlEntityManager;
const [{ id: bigUnit }] = await em.getConnection().execute(
  'select work_unit_id as id from employee group by work_unit_id order by count(*) desc limit 1',
);
async function tokenOf(username: string, role: Role): Promise<string> {
  const account =
    (await em.findOne(Account, { username })) ??
    (await authService.createAccount(em, { username, displayName: username, password: randomUUID(), role, workUnitId: role === Role.PLANNER ? String(bigUnit) : null }));
  return (await authService.issueToken(em, account, TokenKind.SESSION, new Date(Date.now() + 86_400_000))).secret;
}
const victim = await tokenOf('abuse-victim', Role.ADMIN);

const app = await createApp(db, config);
const port = await app.listen(0);
const endpoint = `http://127.0.0.1:${port}/graphql`;

interface Attack {
  name: string;
  role: Role.LEADERSHIP | Role.PLANNER | Role.ANALYST;
  /** Requests the attacker keeps in flight at once. */
  clients: number;
  /** The body of the attacker's k-th request (JSON), varied so the answer cache cannot serve it. */
  body: string;
}

/** Thirty past days from `start`, one per alias, different for every request (the heatmap cache keeps answers per input). */
const heatmapAliases = (count: number, unitDepth: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `h${i}: competencyGapHeatmap(input: { asOf: "DAY${i}", unitDepth: ${unitDepth} }) { values }`).join(' ')} }`;
const searchAliases = `query($s: String) { ${Array.from({ length: 30 }, (_, i) => `e${i}: employees(first: 1, search: $s) { nodes { id } }`).join(' ')} }`;
const ATTACKS: Attack[] = [
  { name: 'LEADERSHIP: 30 aliases of competencyGapHeatmap, a past day each, unitDepth 3', role: Role.LEADERSHIP, clients: 1, body: JSON.stringify({ query: heatmapAliases(30, 3) }) },
  { name: 'LEADERSHIP: the same, 3 requests at once', role: Role.LEADERSHIP, clients: 3, body: JSON.stringify({ query: heatmapAliases(30, 3) }) },
  { name: 'LEADERSHIP: 3 aliases of a past-day heatmap (within the limits), 3 requests at once', role: Role.LEADERSHIP, clients: 3, body: JSON.stringify({ query: heatmapAliases(3, 1) }) },
  { name: 'PLANNER: 30 aliases of employees(first: 1, search) with a 400,000-character `%_…` pattern', role: Role.PLANNER, clients: 1, body: JSON.stringify({ query: searchAliases, variables: { s: '%_'.repeat(200_000) } }) },
  { name: 'PLANNER: the same with a 100-character `%_…` pattern (the longest allowed), 3 requests at once', role: Role.PLANNER, clients: 3, body: JSON.stringify({ query: searchAliases, variables: { s: '%_'.repeat(50) } }) },
  {
    name: 'ANALYST: `query($n: Int = 100)`: 100 employees × their unit\'s first 100 employees with gaps, 3 requests at once',
    role: Role.ANALYST,
    clients: 3,
    body: JSON.stringify({ query: 'query($n: Int = 100) { employees(first: $n) { nodes { workUnit { employees(first: $n) { nodes { pseudonym golongan competencyGaps { gap competency { code } } } } } } } }' }),
  },
  {
    name: 'ANALYST: directReports of directReports of 100 employees, 3 requests at once',
    role: Role.ANALYST,
    clients: 3,
    body: JSON.stringify({ query: '{ employees(first: 100) { nodes { directReports { pseudonym golongan directReports { pseudonym golongan } } } } }' }),
  },
  {
    name: 'ANALYST: directReports of 100 employees, 3 requests at once',
    role: Role.ANALYST,
    clients: 3,
    body: JSON.stringify({ query: '{ employees(first: 100) { nodes { directReports { pseudonym golongan } } } }' }),
  },
];

/**
 * A client loop in a worker thread: `clients` requests in flight, each sent when the last returned,
 * until `stopAt`; then it waits for those still running (at most `drainMs`). Days in a body
 * (`DAY<i>`) become distinct past days for every request.
 */
const CLIENT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { endpoint, bodies, token, clients, stopAt, drainMs, maxRequests } = workerData;
let counter = 0;
const day = (k) => new Date(Date.UTC(2019, 0, 1) + k * 86400000).toISOString().slice(0, 10);
(async () => {
  const results = [];
  let sent = 0;
  const one = async () => {
    const index = counter++;
    const text = bodies[index % bodies.length].replace(/DAY(\\d+)/g, (_, i) => day((index * 31 + Number(i)) % 1800));
    const t0 = performance.now();
    try {
      const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token }, body: text, signal: AbortSignal.timeout(stopAt - Date.now() + drainMs) });
      const json = await res.json();
      const code = json.errors ? (json.errors[0].extensions && json.errors[0].extensions.code) || 'ERROR' : null;
      results.push({ ms: performance.now() - t0, status: res.status, code });
    } catch (e) {
      results.push({ ms: performance.now() - t0, status: 0, code: 'CLIENT_TIMEOUT' });
    }
  };
  await Promise.all(Array.from({ length: clients }, async () => {
    while (Date.now() < stopAt && sent < maxRequests) { sent++; await one(); }
  }));
  parentPort.postMessage(results);
})();
`;

interface Result {
  ms: number;
  status: number;
  code: string | null;
}

function client(token: string, bodies: string[], clients: number, stopAt: number, drainMs: number, maxRequests = 100_000): Promise<Result[]> {
  const worker = new Worker(CLIENT_WORKER, { eval: true, workerData: { endpoint, bodies, token, clients, stopAt, drainMs, maxRequests } });
  return new Promise<Result[]>((done, fail) => {
    worker.once('message', (results: Result[]) => void worker.terminate().then(() => done(results)));
    worker.once('error', fail);
  });
}

const CHEAP = [JSON.stringify({ query: '{ me { username } }' }), JSON.stringify({ query: '{ employees(first: 10) { nodes { id name } } }' })];

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

interface Row {
  attack: string;
  cheap: { requests: number; p50: number; p95: number; max: number; errors: number };
  attacker: { requests: number; answered: number; codes: Record<string, number>; p50: number; max: number } | null;
  /** How the server answered the attack. */
  outcome: string;
}

async function scenario(attack: Attack | null): Promise<Row> {
  // An account of its own for each attack: a budget spent by one attack does not refuse the next.
  const token = attack ? await tokenOf(`abuse-${ATTACKS.indexOf(attack) + 1}-${attack.role.toLowerCase()}`, attack.role) : null;
  const stopAt = Date.now() + seconds * 1000;
  const attacker = attack && token ? client(token, [attack.body], attack.clients, stopAt, 120_000, 1000) : Promise.resolve(null);
  // The cheap requests start a moment after the attack, so they meet it running.
  await new Promise((r) => setTimeout(r, attack ? 500 : 0));
  const cheap = await client(victim, CHEAP, 1, stopAt, 30_000);
  const attacks = await attacker;
  const latencies = cheap.map((r) => r.ms).sort((a, b) => a - b);
  const row: Row = {
    attack: attack?.name ?? 'no attack',
    cheap: { requests: cheap.length, p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), max: latencies[latencies.length - 1], errors: cheap.filter((r) => r.code).length },
    attacker: null,
    outcome: '—',
  };
  if (attacks) {
    const codes: Record<string, number> = {};
    for (const r of attacks) codes[r.code ?? 'OK'] = (codes[r.code ?? 'OK'] ?? 0) + 1;
    const times = attacks.map((r) => r.ms).sort((a, b) => a - b);
    row.attacker = { requests: attacks.length, answered: attacks.filter((r) => !r.code).length, codes, p50: quantile(times, 0.5), max: times[times.length - 1] };
    const refusedUpFront = attacks.every((r) => r.code && r.code !== 'TIMEOUT' && r.code !== 'INTERNAL_SERVER_ERROR' && r.code !== 'CLIENT_TIMEOUT');
    row.outcome = refusedUpFront
      ? `refused up front: ${Object.keys(codes).join(', ')}`
      : `ran: ${Object.entries(codes).map(([code, count]) => `${count} ${code}`).join(', ')}; longest ${(row.attacker.max / 1000).toFixed(1)} s`;
  }
  return row;
}

const loadAtStart = loadavg()[0];
const rows: Row[] = [];
for (const attack of [null, ...ATTACKS].filter((a) => !values.only || (a?.name ?? 'no attack').includes(values.only))) {
  const row = await scenario(attack);
  rows.push(row);
  console.log(`${row.attack}: cheap p50 ${row.cheap.p50.toFixed(0)} ms, p95 ${row.cheap.p95.toFixed(0)} ms (${row.cheap.requests} requests, ${row.cheap.errors} errors); ${row.outcome}`);
}

await app.stop();
await db.close();

const docs = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../docs');
const jsonPath = join(docs, 'benchmarks-abuse.json');
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
type Run = { label: string; employees: number; seconds: number; date: string; machine: string; limits: unknown; rows: Row[]; loadAverage?: [number, number] };
const runs: Run[] = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as { runs: Run[] }).runs : [];
const previous = runs.find((r) => r.label === values.label && r.employees === employees);
const order = ['no attack', ...ATTACKS.map((a) => a.name)];
const merged = values.only && previous ? [...previous.rows.filter((r) => !rows.some((x) => x.attack === r.attack) && order.includes(r.attack)), ...rows].sort((a, b) => order.indexOf(a.attack) - order.indexOf(b.attack)) : rows;
const run: Run = { label: values.label!, employees, seconds, date: TODAY, machine, limits: config.limits, rows: merged, loadAverage: [loadAtStart, loadavg()[0]] };
const all = [...runs.filter((r) => !(r.label === run.label && r.employees === employees)), run].sort((a, b) => a.label.localeCompare(b.label) || a.employees - b.employees);
writeFileSync(jsonPath, JSON.stringify({ runs: all }, null, 2) + '\n');

const TARGET_P95 = 250;
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '—');
const lines = [
  '# Abuse benchmark',
  '',
  'Measured by `pnpm bench:abuse --employees <n> --seconds <s> --label <label>` (`packages/server/scripts/bench-abuse.ts`).',
  'The real server in-process over HTTP on loopback (`NODE_ENV=production`, the limits of the environment), on PostgreSQL.',
  'For each attack one account sends the attack request again and again (`clients` at once) for the given seconds, while',
  'a second account sends cheap requests one after the other (`{ me { username } }` and a page of 10 employees); the',
  'table gives the cheap requests\' p50 and p95 (target p95 ≤ 250 ms) and how the server answered the attack. Heatmaps',
  'ask for a different past day in every request, so no answer comes from the cache. Raw figures: `benchmarks-abuse.json`.',
  'The machine is shared and noisy: compare figures of one run with each other. `before` is the code before the limits of',
  'docs/security.md ("What an expensive request may take"); `after` is the code of this commit.',
  'An attack refused up front costs the server almost nothing, so the cheap requests\' p95 beside it is the noise of the',
  'machine at that moment (other work on its two cores: see the load average of each run).',
  '',
  ...all.flatMap((r) => [
    `## ${r.label}: ${r.employees.toLocaleString('en')} employees, ${r.seconds} s per attack (${r.date}; ${r.machine}${r.loadAverage ? `; load average ${r.loadAverage.map((x) => x.toFixed(1)).join(' → ')} over the run` : ''})`,
    '',
    '| attack | cheap p50 ms | cheap p95 ms | ≤ 250 ms | cheap requests (errors) | attack requests | how the attack was answered |',
    '|---|---:|---:|:-:|---:|---:|---|',
    ...r.rows.map(
      (x) =>
        `| ${x.attack} | ${fmt(x.cheap.p50)} | ${fmt(x.cheap.p95)} | ${x.cheap.p95 <= TARGET_P95 ? '✔' : '✘'} | ${x.cheap.requests} (${x.cheap.errors}) | ${x.attacker?.requests ?? '—'} | ${x.outcome} |`,
    ),
    '',
  ]),
];
writeFileSync(join(docs, 'benchmarks-abuse.md'), lines.join('\n'));
console.log('Wrote docs/benchmarks-abuse.md');
