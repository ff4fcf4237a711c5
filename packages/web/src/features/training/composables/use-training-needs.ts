import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../lib/use-query.ts';
import { rankUnitNeeds, type RankedUnitNeeds } from '../training-plan.ts';
import { scopeUnitId, type TrainingSelection } from '../training-selection.ts';
import { TrainingNeedsDocument, type TrainingNeedsOfUnitFragment as UnitTrainingNeeds, type TrainingNeedsQueryVariables } from '../training.generated.ts';
import { queryErrorKind, type QueryErrorKind } from '../../../lib/query-error.ts';

/** Needs listed per unit (the API allows 1–50). */
export const NEEDS_PER_UNIT = 5;

export interface TrainingNeedsViewModel {
  loading: boolean;
  error: QueryErrorKind | null;
  /** Loaded, but no unit has a need. */
  empty: boolean;
  /** The needs of the whole scope. */
  summary: UnitTrainingNeeds | null;
  /** The units below the scope, largest total need first. */
  units: RankedUnitNeeds[];
}

/** Training needs (analisis kebutuhan pelatihan) of the units below the chosen scope, ranked. */
export function useTrainingNeeds(selection: MaybeRefOrGetter<TrainingSelection>): ComputedRef<TrainingNeedsViewModel> {
  const variables = computed<TrainingNeedsQueryVariables>(() => {
    const s = toValue(selection);
    return { workUnitId: scopeUnitId(s), competencyKind: s.competencyKind, first: NEEDS_PER_UNIT };
  });
  const { data, loading, error } = useQuery(TrainingNeedsDocument, variables);

  return computed(() => {
    const answer = error.value ? undefined : data.value?.trainingNeeds;
    const units = answer ? rankUnitNeeds(answer.rows) : [];
    return {
      loading: loading.value && !answer,
      error: error.value ? queryErrorKind(error.value) : null,
      empty: answer !== undefined && answer.summary.needs.length === 0 && units.every((u) => u.needs.length === 0),
      summary: answer?.summary ?? null,
      units,
    };
  });
}
