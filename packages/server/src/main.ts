import 'reflect-metadata';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { createApp } from './app.js';
import { loadConfig, startupPseudonymKey } from './config.js';
import { migrate, openDatabase, type DatabaseTarget } from './db/database.js';
import { seedDemo, seedDemoAccounts } from './db/seed/demo-seed.js';
import { setPseudonymKey } from './modules/access/pseudonym.js';
import { createAuditPartitions } from './modules/audit/audit-retention.js';
import { Account } from './modules/auth/account.entity.js';
import { Employee } from './modules/employee/employee.entity.js';

const DEMO_EMPLOYEES = 15_000;

const config = loadConfig();
// Before anything opens: without a key in production the server says why and stops (config.ts).
const pseudonymKey = (() => {
  try {
    return startupPseudonymKey(config);
  } catch (error) {
    console.error(`Not starting: ${(error as Error).message}`);
    process.exit(1);
  }
})();
setPseudonymKey(pseudonymKey.key);
if (pseudonymKey.source === 'process') console.warn('PSEUDONYM_KEY is not set: pseudonyms use a random key of this process and change on restart (development only).');
const target: DatabaseTarget = config.databaseUrl
  ? { kind: 'postgresql', url: config.databaseUrl }
  : { kind: 'embedded', dataDir: config.embeddedDataDir };

const db = await openDatabase(target, { statementTimeoutMs: config.statementTimeoutMs, heavyConnections: config.heavyConnections });
const applied = await migrate(db);
if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
// The audit trail's coming months, in case `pnpm audit:maintain` has not run for a while (docs/operations.md).
await createAuditPartitions(db.orm.em.fork() as SqlEntityManager);

// The embedded database is for trying the product: it starts with the demo city on first start.
if (target.kind === 'embedded' && (await db.orm.em.fork().count(Employee)) === 0) {
  console.log(`First start: seeding the demo city (${DEMO_EMPLOYEES.toLocaleString('id')} employees) ...`);
  const started = Date.now();
  let shown = -1;
  const summary = await seedDemo(db, {
    employees: DEMO_EMPLOYEES,
    onProgress: (done, total) => {
      const pct = Math.floor((done / total) * 10) * 10;
      if (pct === shown) return;
      shown = pct;
      console.log(`  ${pct}% (${done.toLocaleString('id')} / ${total.toLocaleString('id')})`);
    },
  });
  console.log(`Demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
} else if (target.kind === 'embedded' && (await db.orm.em.fork().count(Account)) === 0) {
  // A demo database from before accounts existed: give it the demo accounts (README, docs/demo-accounts.json).
  await db.bulk((session) => seedDemoAccounts(session));
  console.log('Demo accounts added (docs/demo-accounts.json).');
}

const app = await createApp(db, config);
const port = await app.listen(config.port);
console.log(`Kompetensi ASN Palembang: http://localhost:${port}/ (GraphQL at /graphql, database: ${target.kind})`);

const shutdown = async () => {
  await app.stop();
  await db.close();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
