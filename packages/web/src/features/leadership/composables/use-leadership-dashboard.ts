import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useQuery } from '../../../lib/use-query.ts';
import { complianceConfig, pillarsConfig, predikatConfig, readinessByUnitConfig, readinessTrendConfig } from '../leadership-charts.ts';
import { formatIndex, formatShare, isEmptyDashboard, toHeadline, toNineBoxGrid, toPredikatCounts, toUnitBars, type NineBoxCell, type UnitBar } from '../leadership-dashboard.ts';
import { LeadershipDashboardDocument, type LeadershipDashboardQuery } from '../leadership-dashboard.generated.ts';
import { formatCount } from '../../../lib/format.ts';
import type { DashboardChartConfig } from '../../../shared/charts/chart-config.ts';

export interface HeadlineFigure {
  key: string;
  value: string;
  label: string;
  note?: string;
}

export interface LeadershipDashboardViewModel {
  loading: boolean;
  error: boolean;
  empty: boolean;
  year: number;
  lastYear: number;
  figures: HeadlineFigure[];
  readinessByUnit: DashboardChartConfig | null;
  /** Units whose index is withheld or missing (no bar). */
  readinessWithheld: UnitBar[];
  unitCount: number;
  readinessTrend: DashboardChartConfig | null;
  pillars: DashboardChartConfig | null;
  compliance: DashboardChartConfig | null;
  complianceWithheld: UnitBar[];
  complianceSummary: string;
  predikat: DashboardChartConfig | null;
  /** Null when withheld. */
  skpEvaluations: number | null;
  nineBox: NineBoxCell[][] | null;
  /** Null when withheld. */
  nineBoxPlaced: number | null;
  nineBoxYear: number | null;
  /** The answer the page shows, for the CSV export; null while loading, on error or when empty. */
  data: LeadershipDashboardQuery | null;
}

/**
 * The leadership dashboard as a view model: headline figures, chart configurations and the 9-box,
 * all from one request. `today` fixes "this year" (the 20 JP year) and "last year" (the SKP year).
 */
export function useLeadershipDashboard(today: Date = new Date()): ComputedRef<LeadershipDashboardViewModel> {
  const { t, locale } = useI18n();
  const year = today.getFullYear();
  const lastYear = year - 1;
  const { data, loading, error } = useQuery(LeadershipDashboardDocument, { year, lastYear });

  return computed(() => {
    const answer = error.value ? undefined : data.value;
    const loc = locale.value;
    const base: LeadershipDashboardViewModel = {
      loading: loading.value && !answer,
      error: Boolean(error.value),
      empty: false,
      year,
      lastYear,
      figures: [],
      readinessByUnit: null,
      readinessWithheld: [],
      unitCount: 0,
      readinessTrend: null,
      pillars: null,
      compliance: null,
      complianceWithheld: [],
      complianceSummary: '',
      predikat: null,
      skpEvaluations: 0,
      nineBox: null,
      nineBoxPlaced: 0,
      nineBoxYear: null,
      data: null,
    };
    if (!answer) return base;
    if (isEmptyDashboard(answer)) return { ...base, empty: true };

    const headline = toHeadline(answer);
    const withheld = t('leadership.withheld');
    const index = (v: number | null) => (v === null ? withheld : formatIndex(v, loc));
    const share = (v: number | null) => (v === null ? withheld : formatShare(v, loc));
    const readiness = answer.digitalReadiness;
    const hours = answer.developmentHoursCompliance;
    const skp = answer.performanceDistribution;
    const readinessBars = toUnitBars(readiness.rows, (r) => r.index);
    const complianceBars = toUnitBars(hours.rows, (r) => r.share);
    const formatI = (v: number) => formatIndex(v, loc);

    return {
      ...base,
      figures: [
        { key: 'employees', value: headline.employees === null ? withheld : formatCount(headline.employees, loc), label: t('leadership.figures.employees') },
        {
          key: 'index',
          value: headline.cityIndex === null ? withheld : t('leadership.figures.indexValue', { value: index(headline.cityIndex) }),
          label: t('leadership.figures.index'),
          note: t('leadership.figures.indexNote', { national: formatIndex(headline.nationalIndex, loc) }),
        },
        { key: 'jp', value: share(headline.jpShare), label: t('leadership.figures.jp', { year }) },
        { key: 'skp', value: share(headline.sangatBaikShare), label: t('leadership.figures.skp', { year: skp.year }) },
      ],
      readinessByUnit: readinessByUnitConfig(readinessBars, readiness.nationalBenchmark, {
        value: t('leadership.readiness.index'),
        reference: t('leadership.readiness.national', { value: formatI(readiness.nationalBenchmark) }),
        withheld,
        format: formatI,
      }),
      readinessWithheld: readinessBars.filter((b) => b.value === null),
      unitCount: readinessBars.length,
      readinessTrend: readinessTrendConfig(readiness.trend, readiness.nationalBenchmark, {
        value: t('leadership.readiness.city'),
        reference: t('leadership.readiness.national', { value: formatI(readiness.nationalBenchmark) }),
        format: formatI,
      }),
      pillars: pillarsConfig(readiness.summary.pillars, {
        city: t('leadership.readiness.city'),
        national: t('leadership.readiness.nationalPlain'),
        format: formatI,
      }),
      compliance: complianceConfig(complianceBars, {
        value: t('leadership.compliance.share'),
        reference: '',
        withheld,
        format: (v) => formatShare(v, loc),
      }),
      complianceWithheld: complianceBars.filter((b) => b.value === null),
      complianceSummary: t('leadership.compliance.summary', {
        share: share(hours.summary.share),
        target: hours.target,
        year: hours.year,
      }),
      predikat: predikatConfig(toPredikatCounts(skp.predikats, skp.summary.counts), {
        value: t('leadership.skp.count'),
        label: (p) => t(`domain.predikat.${p}`),
      }),
      skpEvaluations: skp.summary.evaluations,
      nineBox: toNineBoxGrid(answer.talentMatrix.boxes),
      nineBoxPlaced: answer.talentMatrix.placed,
      nineBoxYear: answer.talentMatrix.year,
      data: answer,
    };
  });
}
