import { CombinedGraphQLErrors } from '@apollo/client';
import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useQuery } from '../../../lib/use-query.ts';
import { canCompare, type CompareSelection } from '../compare-selection.ts';
import { type CompareUnitOptionFragment as CompareUnitOption, CompareUnitOptionsDocument, CompareWorkUnitsDocument, type CompareWorkUnitsQueryVariables, type UnitProfileFieldsFragment as UnitProfile } from '../compare-units.generated.ts';
import { compareChartConfig, formatLevel, isEmptyComparison, withheldBars, type CompareChartConfig, type WithheldBar } from '../compare-units.ts';

export type CompareErrorKind = 'badInput' | 'unavailable';

export interface CompareUnitsViewModel {
  /** The top-level units to choose from. */
  options: CompareUnitOption[];
  optionsLoading: boolean;
  optionsError: boolean;
  /** Fewer than two units chosen: nothing to compare yet. */
  needsMoreUnits: boolean;
  loading: boolean;
  error: CompareErrorKind | null;
  /** Loaded, but no unit has any figure. */
  empty: boolean;
  profiles: UnitProfile[];
  chart: CompareChartConfig | null;
  withheld: WithheldBar[];
}

function errorKind(error: Error): CompareErrorKind {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return 'badInput';
  return 'unavailable';
}

/** The unit comparison for a selection, as a view model; nothing is asked of the API with fewer than two units. */
export function useCompareUnits(selection: MaybeRefOrGetter<CompareSelection>): ComputedRef<CompareUnitsViewModel> {
  const { t, locale } = useI18n();
  const options = useQuery(CompareUnitOptionsDocument);
  const variables = computed<CompareWorkUnitsQueryVariables>(() => {
    const s = toValue(selection);
    return { input: { workUnitIds: s.unitIds, competencyKind: s.competencyKind }, run: canCompare(s) };
  });
  const { data, loading, error } = useQuery(CompareWorkUnitsDocument, variables);

  return computed(() => {
    const run = variables.value.run;
    const profiles = run && !error.value ? (data.value?.compareWorkUnits ?? null) : null;
    const lang = locale.value;
    return {
      options: options.data.value?.workUnits.nodes ?? [],
      optionsLoading: options.loading.value && !options.data.value,
      optionsError: options.error.value !== undefined,
      needsMoreUnits: !run,
      loading: run && loading.value && !profiles,
      error: run && error.value ? errorKind(error.value) : null,
      empty: profiles !== null && isEmptyComparison(profiles),
      profiles: profiles ?? [],
      chart: profiles
        ? compareChartConfig(profiles, { city: t('compare.chart.city'), axis: t('compare.chart.axis'), format: (v) => formatLevel(v, lang) })
        : null,
      withheld: profiles ? withheldBars(profiles) : [],
    };
  });
}
