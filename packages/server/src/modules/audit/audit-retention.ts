import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';

/**
 * How long the audit trail is kept and how far ahead its monthly partitions are made (docs/security.md,
 * "Retention"). The period is an assumption BKPSDM must confirm against its records retention
 * schedule (JRA); the database refuses to drop any of the last 12 months whatever is asked.
 */
export const AUDIT_RETENTION = {
  /** AUDIT_RETENTION_MONTHS when unset: five years. */
  defaultMonths: 60,
  /** The shortest period the command accepts (and the database enforces). */
  minimumMonths: 12,
  /** Partitions made ahead of today, so inserts never lack one if the command is not run for a while. */
  monthsAhead: 12,
};

/** The retention period from AUDIT_RETENTION_MONTHS, checked against the minimum. */
export function retentionMonths(setting: string | undefined): number {
  const months = setting ? Number(setting) : AUDIT_RETENTION.defaultMonths;
  if (!Number.isInteger(months) || months < AUDIT_RETENTION.minimumMonths) {
    throw new Error(`AUDIT_RETENTION_MONTHS must be a whole number of at least ${AUDIT_RETENTION.minimumMonths}; got "${setting}"`);
  }
  return months;
}

/** Makes the partitions of this month and the next `monthsAhead`; returns those it made. */
export async function createAuditPartitions(em: SqlEntityManager, now = new Date()): Promise<string[]> {
  const rows = await sql<{ name: string | null }>(
    em,
    `select audit_event_create_partition(m::date) as name
       from generate_series(date_trunc('month', ?::timestamptz at time zone 'UTC'), date_trunc('month', ?::timestamptz at time zone 'UTC') + make_interval(months => ?), interval '1 month') m`,
    [now, now, AUDIT_RETENTION.monthsAhead],
  );
  return rows.map((r) => r.name).filter((name): name is string => name !== null);
}

/**
 * The maintenance of `pnpm audit:maintain`: makes the coming months' partitions and drops the months
 * that ended more than `months` ago, whole. The only path that removes audit rows: the API has none,
 * and the trigger on every partition refuses UPDATE, DELETE and TRUNCATE.
 */
export async function maintainAuditTrail(em: SqlEntityManager, months: number, now = new Date()): Promise<{ created: string[]; dropped: string[] }> {
  const created = await createAuditPartitions(em, now);
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  const dropped = (await sql<{ name: string }>(em, 'select audit_event_drop_partitions_before(?) as name', [cutoff])).map((r) => r.name);
  return { created, dropped };
}
