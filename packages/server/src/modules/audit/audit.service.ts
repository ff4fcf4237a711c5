import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { paginate } from '../../common/paginate.js';
import type { Page } from '../../common/pagination.js';
import { sql } from '../../common/sql.js';
import type { Viewer } from '../access/access.js';
import { AUDIT_BOUNDS, boundString, boundSummary } from './audit-bounds.js';
import { AuditEvent, type AuditOutcome } from './audit-event.entity.js';

export interface AuditEntry {
  operation: string;
  outcome: AuditOutcome;
  affected?: Array<{ type: string; id: number }>;
  /** The operation's arguments; secrets are dropped and the rest bounded before they are stored. */
  input?: Record<string, unknown>;
  /** Stored as the summary as it is (bounded); for rows that say what happened rather than what was asked. */
  summary?: Record<string, unknown>;
  /** For reads: the employees whose records the answer held. */
  employeeIds?: number[];
  /**
   * For reads (not writes): commit without waiting for the disk (`synchronous_commit = off`); a crash
   * can lose the last moment's read rows, never a write's (docs/security.md).
   */
  lazy?: boolean;
}

/** Who did it: the signed-in viewer (or nobody) and the network address. */
export interface AuditCaller {
  access: { viewer: Viewer | null };
  address?: string | null;
}

export interface AuditFilter {
  accountId?: number | null;
  operation?: string | null;
  outcome?: AuditOutcome | null;
  employeeId?: number | null;
  from?: Date | null;
  to?: Date | null;
}

const SECRET = /password|secret|token/i;

/** The input without secrets, ready to store. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !SECRET.test(key)).map(([key, v]) => [key, withoutSecrets(v)]));
  }
  return value;
}

/** Writes and reads the audit trail. Writes go through `em`'s transaction, so they commit with the change they record. */
export const auditService = {
  async record(em: SqlEntityManager, context: AuditCaller, entry: AuditEntry): Promise<void> {
    const viewer = context.access.viewer;
    const summary = entry.summary ?? (entry.input ? (withoutSecrets(entry.input) as Record<string, unknown>) : null);
    // A lazy row outside a transaction commits without waiting for the disk: set_config(…, true) holds
    // for the statement's own implicit transaction only, so it costs no extra round trip.
    const lazy = entry.lazy === true && !em.isInTransaction();
    await sql(
      em,
      `insert into audit_event (account_id, username, role, operation, outcome, affected, employee_ids, summary, address)
       select ?, ?, ?, ?, ?, ?::jsonb, ?::int[], ?::jsonb, ? ${lazy ? `from (select set_config('synchronous_commit', 'off', true)) lazy` : ''}`,
      [
        viewer?.accountId ?? null,
        viewer?.username ?? null,
        viewer?.role ?? null,
        boundString(entry.operation, 80),
        entry.outcome,
        JSON.stringify((entry.affected ?? []).slice(0, AUDIT_BOUNDS.maxAffected).map(({ type, id }) => ({ type: boundString(type, 40), id }))),
        `{${(entry.employeeIds ?? []).join(',')}}`,
        summary ? JSON.stringify(boundSummary(summary)) : null,
        context.address ? boundString(context.address, 64) : null,
      ],
    );
  },

  list(em: SqlEntityManager, filter: AuditFilter, page: { limit: number; afterId: number | null }): Promise<Page<AuditEvent>> {
    const where: FilterQuery<AuditEvent> = {};
    if (filter.accountId) where.accountId = filter.accountId;
    if (filter.operation) where.operation = filter.operation;
    if (filter.outcome) where.outcome = filter.outcome;
    if (filter.from || filter.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    if (filter.employeeId) {
      where.$or = [{ affected: { $contains: [{ type: 'Employee', id: filter.employeeId }] } as never }, { employeeIds: { $contains: [filter.employeeId] } }];
    }
    return paginate(em, AuditEvent, where, page);
  },
};
