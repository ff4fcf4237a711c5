import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../lib/use-query.ts';
import { TrainingSubUnitsDocument, type TrainingSubUnitsQueryVariables, TrainingUnitOptionsDocument, type UnitOptionFragment as UnitOption } from '../training.generated.ts';

export interface TrainingUnitOptions {
  loading: boolean;
  error: boolean;
  /** The OPD and kecamatan. */
  units: UnitOption[];
  /** The units directly below the chosen one (empty without a choice, or when it cannot be read). */
  subUnits: UnitOption[];
  /** The name of the chosen sub-unit, or else of the unit; null for the whole city. */
  scopeName: string | null;
}

/** The units to choose the scope from: the top-level units, and the children of the one chosen. */
export function useTrainingUnitOptions(
  unitId: MaybeRefOrGetter<string | null>,
  subUnitId: MaybeRefOrGetter<string | null>,
): ComputedRef<TrainingUnitOptions> {
  const list = useQuery(TrainingUnitOptionsDocument);
  const variables = computed<TrainingSubUnitsQueryVariables>(() => {
    const id = toValue(unitId);
    return { unitId: id, withUnit: id !== null };
  });
  const sub = useQuery(TrainingSubUnitsDocument, variables);

  return computed(() => {
    const units = list.data.value?.workUnits.nodes ?? [];
    const id = toValue(unitId);
    const unit = id && !sub.error.value ? sub.data.value?.workUnit : undefined;
    const subUnits = unit?.children ?? [];
    const chosenSub = subUnits.find((u) => u.id === toValue(subUnitId));
    return {
      loading: list.loading.value && !list.data.value,
      error: list.error.value !== undefined,
      units,
      subUnits,
      scopeName: chosenSub?.name ?? unit?.name ?? units.find((u) => u.id === id)?.name ?? null,
    };
  });
}
