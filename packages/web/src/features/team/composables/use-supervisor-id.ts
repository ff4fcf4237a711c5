import { computed, type ComputedRef } from 'vue';
import { useRoute } from 'vue-router';

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
 * The one place the team page learns whose team it shows. Until sign-in exists it is the
 * `?atasan=<employeeId>` of the URL, chosen with a picker; with sign-in, return the signed-in
 * employee's id here (from the `me`/viewer query) and set `canChoose` to false (or true for roles
 * that may look at any team).
 */
export function useSupervisorId(): SupervisorId {
  const route = useRoute();
  const id = computed(() => {
    const value = route.query.atasan;
    const text = Array.isArray(value) ? value[0] : value;
    return text && ID.test(text) ? text : null;
  });
  return {
    id,
    canChoose: true,
    locationFor: (next) => ({ name: 'team', query: next ? { atasan: next } : ({} as Record<string, string>) }),
  };
}
