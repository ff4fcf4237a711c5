import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { queryErrorKind, type QueryErrorKind } from '../../../lib/query-error.ts';
import { useQuery } from '../../../lib/use-query.ts';
import { sortTeamRows, teamSummary, toTeamRows, type TeamRow, type TeamSummary } from '../team-actions.ts';
import { TeamDocument, type TeamQueryVariables, type TeamSupervisorFragment as TeamSupervisor } from '../team.generated.ts';

export interface TeamViewModel {
  loading: boolean;
  error: QueryErrorKind | null;
  supervisor: Omit<TeamSupervisor, 'directReports'> | null;
  /** The supervisor has no direct reports. */
  empty: boolean;
  /** Reports needing the most attention first. */
  rows: TeamRow[];
  summary: TeamSummary | null;
}

/** A supervisor's direct reports with their gaps, JP this year and the actions to take (nothing while `id` is null). */
export function useTeam(id: MaybeRefOrGetter<string | null>, thisYear: number): ComputedRef<TeamViewModel> {
  const variables = computed<TeamQueryVariables>(() => {
    const value = toValue(id);
    return { id: value, run: value !== null };
  });
  const { data, loading, error } = useQuery(TeamDocument, variables);

  return computed(() => {
    const run = variables.value.run;
    const supervisor = run && !error.value ? (data.value?.employee ?? null) : null;
    const rows = supervisor ? sortTeamRows(toTeamRows(supervisor.directReports ?? [], thisYear)) : [];
    return {
      loading: run && loading.value && !supervisor,
      error: run && error.value ? queryErrorKind(error.value) : null,
      supervisor,
      empty: supervisor !== null && (supervisor.directReports ?? []).length === 0,
      rows,
      summary: supervisor ? teamSummary(rows) : null,
    };
  });
}
