import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { queryErrorKind, type QueryErrorKind } from '../../../lib/query-error.ts';
import { useQuery } from '../../../lib/use-query.ts';
import { isWithheldIdentity } from '../../../lib/withheld-identity.ts';
import { jpChartConfig, levelChartConfig } from '../profile-charts.ts';
import type { CompetencyGapFieldsFragment as CompetencyGap } from '../../employee/employee-fragments.generated.ts';
import { EmployeeProfileDocument, type EmployeeProfileFieldsFragment as EmployeeProfile, type EmployeeProfileQueryVariables, type PerformanceEvaluationFieldsFragment as PerformanceEvaluation } from '../profile.generated.ts';
import {
  countGaps,
  gapsToClose,
  jpYearRange,
  jpYears,
  latestAnnualPredikat,
  skpHistory,
  trainingTimeline,
  type GapCounts,
  type JpYear,
  type TimelineYear,
} from '../profile.ts';
import type { DashboardChartConfig } from '../../../shared/charts/chart-config.ts';

export interface EmployeeProfileViewModel {
  loading: boolean;
  error: QueryErrorKind | null;
  employee: EmployeeProfile | null;
  counts: GapCounts | null;
  /** Below the standard or never assessed, critical first. */
  gaps: CompetencyGap[];
  levelChart: DashboardChartConfig | null;
  jpYears: JpYear[];
  jpThisYear: JpYear | null;
  jpChart: DashboardChartConfig | null;
  timeline: TimelineYear[];
  skp: PerformanceEvaluation[];
  latestPredikat: ReturnType<typeof latestAnnualPredikat>;
}

/**
 * One employee's development profile as a view model (nothing while `id` is null); `thisYear` fixes
 * the 20 JP year. Where the viewer's role sees employees pseudonymised the name and NIP come back
 * null with the pseudonym, and those expected errors are not reported.
 */
export function useEmployeeProfile(id: MaybeRefOrGetter<string | null>, thisYear: number): ComputedRef<EmployeeProfileViewModel> {
  const { t } = useI18n();
  const variables = computed<EmployeeProfileQueryVariables>(() => {
    const value = toValue(id);
    return { id: value, run: value !== null };
  });
  const { data, loading, error } = useQuery(EmployeeProfileDocument, variables, { expectedError: isWithheldIdentity });

  return computed(() => {
    const run = variables.value.run;
    const employee = run && !error.value ? (data.value?.employee ?? null) : null;
    if (!employee) {
      return {
        loading: run && loading.value,
        error: run && error.value ? queryErrorKind(error.value) : null,
        employee: null,
        counts: null,
        gaps: [],
        levelChart: null,
        jpYears: [],
        jpThisYear: null,
        jpChart: null,
        timeline: [],
        skp: [],
        latestPredikat: null,
      };
    }
    const [from, to] = jpYearRange(employee.jpByYear, thisYear);
    const years = jpYears(employee.jpByYear, from, to);
    return {
      loading: false,
      error: null,
      employee,
      counts: countGaps(employee.competencyGaps),
      gaps: gapsToClose(employee.competencyGaps),
      levelChart:
        employee.competencyGaps.length > 0
          ? levelChartConfig(employee.competencyGaps, {
              current: t('profile.levels.current'),
              required: t('profile.levels.required'),
              axis: t('profile.levels.axis'),
              notAssessed: t('profile.notAssessed'),
            })
          : null,
      jpYears: years,
      jpThisYear: years.find((y) => y.year === thisYear) ?? null,
      jpChart: jpChartConfig(years, { jp: t('profile.jp.series'), target: t('profile.jp.target') }),
      timeline: trainingTimeline(employee.trainingRecords),
      skp: skpHistory(employee.performanceEvaluations),
      latestPredikat: latestAnnualPredikat(employee.performanceEvaluations),
    };
  });
}
