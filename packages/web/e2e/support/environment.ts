/**
 * The whole product on this machine, for the browser tests and the web benchmark: a fresh PostgreSQL
 * database with the demo city, the web app built from the current source, and the real server
 * (packages/server/src/main.ts) serving both on a free port of 127.0.0.1. Nothing here is a fake:
 * the same commands a newcomer runs (`db:seed`, `vite build`, the server's start-up).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
/**
 * The server under test; E2E_SERVER_DIR points at another checkout of packages/server (for example
 * the last commit's, exported with `git archive`, while the working tree is in the middle of a change).
 */
const SERVER_DIR = process.env.E2E_SERVER_DIR ? resolve(process.env.E2E_SERVER_DIR) : join(REPO_ROOT, 'packages/server');
const WEB_DIR = join(REPO_ROOT, 'packages/web');

/** The day the demo history ends: fixed, so every run sees the same people and figures. */
export const DEMO_TODAY = '2026-11-27';

export interface Environment {
  /** http://127.0.0.1:PORT, serving the app at / and the API at /graphql. */
  baseUrl: string;
  /** The built app (its assets, for size measurements). */
  distDir: string;
  stop(): Promise<void>;
}

export interface EnvironmentOptions {
  /** Employees in the demo city. */
  employees: number;
  /** A PostgreSQL URL whose role may create databases; TEST_DATABASE_URL by default. */
  adminUrl?: string;
  log?: (line: string) => void;
}

/** The part of `pg` used here: the server's copy, rather than another dependency of the web package. */
interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}
const pg = createRequire(join(SERVER_DIR, 'package.json'))('pg') as { Client: new (options: { connectionString: string }) => PgClient };

function defaultAdminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the browser tests with `pnpm test` (or `pnpm test:e2e`), which starts PostgreSQL');
  return url;
}

async function admin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs a command to its end; its output is kept for the error message when it fails. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`))));
  });
}

/** Starts the server and resolves with its port, read from the line it prints when it listens. */
function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((done, fail) => {
    // Its own process group, so stopping it also stops the node process that tsx starts.
    const child = spawn('pnpm', ['exec', 'tsx', 'src/main.ts'], { cwd: SERVER_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) done({ child, port: Number(match[1]) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => fail(new Error(`the server stopped (${code}) before listening:\n${output.slice(-4000)}`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitForHealth(baseUrl: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${baseUrl}/healthz did not answer`);
}

/** Creates the database, seeds it, builds the app and starts the server; `stop()` undoes it all. */
export async function startEnvironment(options: EnvironmentOptions): Promise<Environment> {
  const log = options.log ?? (() => {});
  const name = `kompetensi_e2e_${randomBytes(6).toString('hex')}`;
  const adminUrl = options.adminUrl ?? defaultAdminUrl();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const workDir = await mkdtemp(join(tmpdir(), 'kompetensi-e2e-'));
  const distDir = join(workDir, 'dist');
  let server: ChildProcess | undefined;

  const stop = async () => {
    if (server) await stopServer(server);
    await admin(adminUrl, `drop database if exists ${name} with (force)`);
    await rm(workDir, { recursive: true, force: true });
  };

  try {
    await admin(adminUrl, `create database ${name} template template0 encoding 'UTF8'`);
    log(`database ${name}: seeding ${options.employees} employees and building the web app`);
    // Side by side: the seed works in PostgreSQL, the build on the CPU.
    await Promise.all([
      run('pnpm', ['exec', 'tsx', 'scripts/seed.ts', '--employees', String(options.employees), '--today', DEMO_TODAY], SERVER_DIR, { DATABASE_URL: databaseUrl }),
      run('pnpm', ['exec', 'vite', 'build', '--outDir', distDir, '--emptyOutDir'], WEB_DIR),
    ]);
    // As `pnpm start` runs it: NODE_ENV=production (graphql-js then skips its development checks),
    // where PostgreSQL needs a PSEUDONYM_KEY (docs/operations.md).
    const started = await startServer({
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      WEB_DIST_DIR: distDir,
      PSEUDONYM_KEY: randomBytes(32).toString('hex'),
    });
    server = started.child;
    const baseUrl = `http://127.0.0.1:${started.port}`;
    await waitForHealth(baseUrl);
    log(`server at ${baseUrl}`);
    return { baseUrl, distDir, stop };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
