import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { queryErrorKind, type QueryErrorKind } from '../../../lib/query-error.ts';
import { useQuery } from '../../../lib/use-query.ts';
import { isWithheldIdentity } from '../../../lib/withheld-identity.ts';
import type { HeatmapAnswer } from '../../../shared/heatmap/heatmap-matrix.ts';
import type { ColourScale } from '../../../shared/heatmap/heatmap-scale.ts';
import {
  closedShare,
  isEmptyPlanHeatmap,
  planByCourse,
  planHeatmapAnswer,
  sharedPlanScale,
  type CoursePlanLine,
} from '../training-plan.ts';
import { toPlanInput, type TrainingSelection } from '../training-selection.ts';
import { PlanTrainingDocument, type PlanTrainingQueryVariables, type TrainingPlanFieldsFragment as TrainingPlan } from '../training.generated.ts';

export interface TrainingPlanViewModel {
  /** False until a unit is chosen and the planner is asked to run. */
  requested: boolean;
  loading: boolean;
  error: QueryErrorKind | null;
  /** The planner ran but found nothing to assign (no gap a course closes within the budget). */
  empty: boolean;
  plan: TrainingPlan | null;
  before: HeatmapAnswer | null;
  after: HeatmapAnswer | null;
  /** One scale for both heatmaps. */
  scale: ColourScale | null;
  courses: CoursePlanLine[];
  /** Share (0–1) of the weighted gap closed. */
  closedShare: number | null;
}

/**
 * The training planner's proposal for the selection (nothing is written), with its before/after
 * heatmaps in the heatmap feature's shape. Asks the API only when `selection.plan` is set.
 */
export function useTrainingPlan(selection: MaybeRefOrGetter<TrainingSelection>, today: string): ComputedRef<TrainingPlanViewModel> {
  const variables = computed<PlanTrainingQueryVariables>(() => {
    const s = toValue(selection);
    const input = toPlanInput(s);
    // A placeholder input keeps the operation valid while it is skipped by @include.
    return { input: input ?? { workUnitId: '0', jpBudgetPerEmployee: 1 }, run: s.plan && input !== null };
  });
  const { data, loading, error } = useQuery(PlanTrainingDocument, variables, { expectedError: isWithheldIdentity });

  return computed(() => {
    const run = variables.value.run;
    const plan = run && !error.value ? (data.value?.planTraining ?? null) : null;
    return {
      requested: run,
      loading: run && loading.value && !plan,
      error: run && error.value ? queryErrorKind(error.value) : null,
      empty: plan !== null && (plan.assignments.length === 0 || isEmptyPlanHeatmap(plan.before)),
      plan,
      before: plan ? planHeatmapAnswer(plan.before, today) : null,
      after: plan ? planHeatmapAnswer(plan.after, today) : null,
      scale: plan ? sharedPlanScale(plan.before, plan.after) : null,
      courses: plan ? planByCourse(plan.assignments) : [],
      closedShare: plan ? closedShare(plan.gapClosed, plan.gapBefore) : null,
    };
  });
}
