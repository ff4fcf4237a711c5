/**
 * The audit trail's monthly maintenance (docs/operations.md), to run once a month (cron):
 *   AUDIT_RETENTION_MONTHS=60 pnpm audit:maintain
 * makes the coming months' partitions, drops the months older than the retention period, and removes
 * the sign-in counts of pairs quiet for a day.
 */
import 'reflect-metadata';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { openDatabase } from '../src/db/database.js';
import { maintainAuditTrail, retentionMonths } from '../src/modules/audit/audit-retention.js';
import { forgetQuietSignIns } from '../src/modules/auth/auth.service.js';
import { cliTarget, describeTarget } from './cli-target.js';

const target = cliTarget();
const db = await openDatabase(target);
try {
  const months = retentionMonths(process.env.AUDIT_RETENTION_MONTHS);
  const em = db.orm.em.fork() as SqlEntityManager;
  const { created, dropped } = await maintainAuditTrail(em, months);
  const forgotten = await forgetQuietSignIns(em);
  console.log(`Audit trail of the ${describeTarget(target)}, kept ${months} months:`);
  console.log(`  partitions made: ${created.length ? created.join(', ') : 'none needed'}`);
  console.log(`  partitions dropped: ${dropped.length ? dropped.join(', ') : 'none old enough'}`);
  console.log(`  quiet sign-in counts removed: ${forgotten}`);
} catch (error) {
  console.error(`Audit maintenance failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
