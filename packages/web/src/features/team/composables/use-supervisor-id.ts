import { computed, type ComputedRef } from 'vue';
import { useRoute } from 'vue-router';
import { session } from '../../session/use-session.ts';

export interface SupervisorId {
  /** The supervisor whose team is shown; null until one is chosen. */
  id: ComputedRef<string | null>;
  /** Whether the page may offer to choose another supervisor (false once it is the signed-in one). */
  canChoose: boolean;
  /** A route to the page for another supervisor. */
  locationFor: (id: string | null) => { name: string; query: Record<string, string> };
}

const ID = /^[\w-]{1,40}$/;

/**
 * The one place the team page learns whose team it shows. A SUPERVISOR sees their own team (the
 * employee behind their account) and cannot choose another; ADMIN may look at any team, chosen
 * with a picker (`?atasan=<employeeId>` in the URL). The server enforces the same: a supervisor's
 * query for someone else's reports comes back without them.
 */
export function useSupervisorId(): SupervisorId {
  const route = useRoute();
  const own = session.account?.role === 'SUPERVISOR' ? (session.account.employee?.id ?? null) : null;
  const id = computed(() => {
    if (own) return own;
    const value = route.query.atasan;
    const text = Array.isArray(value) ? value[0] : value;
    return text && ID.test(text) ? text : null;
  });
  return {
    id,
    canChoose: own === null,
    locationFor: (next) => ({ name: 'team', query: next && !own ? { atasan: next } : ({} as Record<string, string>) }),
  };
}
