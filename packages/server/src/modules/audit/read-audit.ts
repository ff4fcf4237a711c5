import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { AuditOutcome } from './audit-event.entity.js';
import { auditService } from './audit.service.js';

/** What one root field of a query returned of people's records. */
interface RootRead {
  field: string;
  /** The audit operation: READ_PROFILE for a single profile, READ_LIST otherwise. */
  operation: string;
  /** The profile a READ_PROFILE field opened. */
  profileId: number | null;
  employeeIds: Set<number>;
}

/** Per request (keyed by its context): the reads of its root fields, by response key. */
const reads = new WeakMap<object, Map<string, RootRead>>();

/**
 * The employees whose records a query's answer holds, gathered by the access guard as values leave
 * and written by `readAuditPlugin` as one audit row per root field when the answer is sent: compact
 * (the ids as one int array) however many employees a page lists.
 */
export const readLog = {
  /** Called by the guard for each root field of a query, before its value is produced. */
  root(context: object, key: string, field: string, operation: string): void {
    let byKey = reads.get(context);
    if (!byKey) reads.set(context, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, { field, operation, profileId: null, employeeIds: new Set() });
  },

  /** Notes employees whose records left under a root field (the caller's own record is not noted). */
  note(context: RequestContext, key: string, employeeIds: number[], profile = false): void {
    const read = reads.get(context)?.get(key);
    if (!read) return;
    const self = context.access.viewer?.employeeId ?? null;
    for (const id of employeeIds) if (id !== self) read.employeeIds.add(id);
    if (profile && employeeIds.length === 1) read.profileId = employeeIds[0];
  },

  /** The rows to write: one per root field (aliases of one field merged) that returned someone's records. */
  take(context: object): RootRead[] {
    const byKey = reads.get(context);
    reads.delete(context);
    const byField = new Map<string, RootRead>();
    for (const read of byKey?.values() ?? []) {
      const merged = byField.get(read.field);
      if (!merged) byField.set(read.field, read);
      else {
        for (const id of read.employeeIds) merged.employeeIds.add(id);
        merged.profileId ??= read.profileId;
      }
    }
    return [...byField.values()].filter((read) => read.employeeIds.size > 0 || read.profileId !== null);
  },
};

/**
 * Writes the read rows of a query just before its answer is sent. They commit without waiting for
 * the disk (`lazy`): a read costs no extra flush. When they cannot be written the answer is withheld
 * (an error instead of the data): no personal data leaves without its trace.
 */
export function readAuditPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const rows = readLog.take(contextValue);
          try {
            for (const read of rows) {
              const employeeIds = [...read.employeeIds].sort((a, b) => a - b);
              await auditService.record(contextValue.em, contextValue, {
                operation: read.operation,
                outcome: AuditOutcome.SUCCESS,
                affected: read.profileId === null ? [] : [{ type: 'Employee', id: read.profileId }],
                employeeIds,
                summary: { field: read.field, employees: employeeIds.length },
                lazy: true,
              });
            }
          } catch {
            if (response.body.kind === 'single') {
              response.body.singleResult = { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] };
              response.http.status = 500;
            }
          }
        },
      };
    },
  };
}
