import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../lib/use-query.ts';
import {
  TRAINING_UNIT_OPTIONS_QUERY,
  type TrainingUnitOptionsData,
  type TrainingUnitOptionsVariables,
  type UnitOption,
} from '../training.graphql.ts';

export interface TrainingUnitOptions {
  loading: boolean;
  error: boolean;
  /** The OPD and kecamatan. */
  units: UnitOption[];
  /** The units directly below the chosen one (empty without a choice). */
  subUnits: UnitOption[];
  /** The name of the chosen sub-unit, or else of the unit; null for the whole city. */
  scopeName: string | null;
}

/** The units to choose the scope from: the top-level units, and the children of the one chosen. */
export function useTrainingUnitOptions(
  unitId: MaybeRefOrGetter<string | null>,
  subUnitId: MaybeRefOrGetter<string | null>,
): ComputedRef<TrainingUnitOptions> {
  const variables = computed<TrainingUnitOptionsVariables>(() => {
    const id = toValue(unitId);
    return { unitId: id, withUnit: id !== null };
  });
  const { data, loading, error } = useQuery<TrainingUnitOptionsData, TrainingUnitOptionsVariables>(TRAINING_UNIT_OPTIONS_QUERY, variables);

  return computed(() => {
    const units = data.value?.workUnits.nodes ?? [];
    const unit = toValue(unitId) ? data.value?.workUnit : undefined;
    const subUnits = unit?.children ?? [];
    const sub = subUnits.find((u) => u.id === toValue(subUnitId));
    return {
      loading: loading.value && !data.value,
      error: error.value !== undefined,
      units,
      subUnits,
      scopeName: sub?.name ?? unit?.name ?? null,
    };
  });
}
