import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { paginate } from '../../common/paginate.js';
import type { Page } from '../../common/pagination.js';
import { sql } from '../../common/sql.js';
import type { RequestContext } from '../../context.js';
import { AuditEvent, type AuditOutcome } from './audit-event.entity.js';

export interface AuditEntry {
  operation: string;
  outcome: AuditOutcome;
  affected?: Array<{ type: string; id: number }>;
  /** The operation's arguments; secrets are dropped before they are stored. */
  input?: Record<string, unknown>;
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
  async record(em: SqlEntityManager, context: Pick<RequestContext, 'access' | 'address'>, entry: AuditEntry): Promise<void> {
    const viewer = context.access.viewer;
    await sql(
      em,
      `insert into audit_event (account_id, username, role, operation, outcome, affected, summary, address) values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)`,
      [
        viewer?.accountId ?? null,
        viewer?.username ?? null,
        viewer?.role ?? null,
        entry.operation,
        entry.outcome,
        JSON.stringify(entry.affected ?? []),
        entry.input ? JSON.stringify(withoutSecrets(entry.input)) : null,
        context.address ?? null,
      ],
    );
  },

  list(em: SqlEntityManager, filter: AuditFilter, page: { limit: number; afterId: number | null }): Promise<Page<AuditEvent>> {
    const where: FilterQuery<AuditEvent> = {};
    if (filter.accountId) where.accountId = filter.accountId;
    if (filter.operation) where.operation = filter.operation;
    if (filter.outcome) where.outcome = filter.outcome;
    if (filter.from || filter.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    if (filter.employeeId) where.affected = { $contains: [{ type: 'Employee', id: filter.employeeId }] } as never;
    return paginate(em, AuditEvent, where, page);
  },
};
