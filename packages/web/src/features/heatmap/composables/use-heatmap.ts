import { CombinedGraphQLErrors } from '@apollo/client';
import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useQuery } from '../../../lib/use-query.ts';
import { toHeatmapInput, type HeatmapControls } from '../heatmap-controls.ts';
import { isEmptyMatrix, toHeatmapMatrix, type HeatmapAnswer, type HeatmapAxisEntry, type HeatmapMatrix } from '../../../shared/heatmap/heatmap-matrix.ts';
import { scaleFor, type ColourScale } from '../../../shared/heatmap/heatmap-scale.ts';
import { CompetencyGapHeatmapDocument, type CompetencyGapHeatmapQuery, type CompetencyGapHeatmapQueryVariables, type HeatmapScopeUnitFragment as HeatmapScopeUnit } from '../heatmap.generated.ts';
import type { HeatmapMetric } from '../../../shared/heatmap/heatmap-options.ts';

/** Fails to compile when the operation's generated answer no longer fits what the heatmap draws. */
export type GeneratedAnswerFits = Assert<NonNullable<CompetencyGapHeatmapQuery['competencyGapHeatmap']> extends HeatmapAnswer ? true : false>;
type Assert<T extends true> = T;

/** What went wrong, in terms the page can explain (never the raw error). */
export type HeatmapErrorKind = 'notFound' | 'badInput' | 'unavailable';

export interface HeatmapViewModel {
  loading: boolean;
  error: HeatmapErrorKind | null;
  /** Loaded, but nothing to draw. */
  empty: boolean;
  matrix: HeatmapMatrix | null;
  scale: ColourScale | null;
  metric: HeatmapMetric;
  asOf: string | null;
  source: 'ROLLUP' | 'RECOMPUTED' | null;
  minGroupSize: number;
  /** The path from the city to the unit drilled into; empty at the city level. */
  scopePath: HeatmapScopeUnit[];
}

function errorKind(error: Error): HeatmapErrorKind {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.code);
    if (codes.includes('NOT_FOUND')) return 'notFound';
    if (codes.includes('BAD_USER_INPUT')) return 'badInput';
  }
  return 'unavailable';
}

/**
 * The competency-gap heatmap for the given controls, as a view model: display-ordered matrix,
 * colour scale, the scope's breadcrumb and loading/error/empty states. Re-queries when the
 * controls that the API sees change; sorting only reorders what is already loaded.
 */
export function useHeatmap(controls: MaybeRefOrGetter<HeatmapControls>): ComputedRef<HeatmapViewModel> {
  const { t, te } = useI18n();
  const variables = computed<CompetencyGapHeatmapQueryVariables>(() => {
    const c = toValue(controls);
    return { input: toHeatmapInput(c), workUnitId: c.workUnitId, withScope: c.workUnitId !== null };
  });
  const { data, loading, error } = useQuery(CompetencyGapHeatmapDocument, variables);

  // Kinds come from the API as enum names (ADMINISTRATOR, KECAMATAN): show them in words.
  const rowLabel = (entry: HeatmapAxisEntry): string => {
    const grouping = toValue(controls).rowGrouping;
    const key = grouping === 'POSITION_KIND' ? `domain.positionKind.${entry.id}` : grouping === 'UNIT_KIND' ? `domain.unitKind.${entry.id}` : null;
    return key && te(key) ? t(key) : entry.label;
  };

  return computed(() => {
    const c = toValue(controls);
    const answer = data.value?.competencyGapHeatmap;
    const matrix = answer && !error.value ? toHeatmapMatrix(answer, { sortRows: c.sortRows, sortColumns: c.sortColumns, rowLabel, hideEmptyColumns: c.emptyColumns === 'hide' }) : null;
    const unit = data.value?.workUnit;
    return {
      loading: loading.value && !matrix,
      error: error.value ? errorKind(error.value) : null,
      empty: matrix !== null && isEmptyMatrix(matrix),
      matrix,
      scale: answer ? scaleFor(answer.metric, answer.values) : null,
      metric: answer?.metric ?? c.metric,
      asOf: answer?.asOf ?? null,
      source: answer?.source ?? null,
      minGroupSize: answer?.minGroupSize ?? 5,
      scopePath: unit ? [...unit.ancestors, { id: unit.id, name: unit.name, shortName: unit.shortName }] : [],
    };
  });
}
