import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { CompetencyKind } from '../competency/competency.entity.js';
import type { RequestContext } from '../../context.js';
import type { Access } from '../access/access.js';
import { Role } from '../auth/account.entity.js';
import { EvaluationPeriod } from '../performance/performance-evaluation.entity.js';
import {
  compareWorkUnits,
  developmentHoursCompliance,
  digitalReadiness,
  performanceDistribution,
  talentMatrix,
} from './dashboards.service.js';
import {
  CompareWorkUnitsInput,
  DashboardScopeInput,
  DevelopmentHoursCompliance,
  DigitalReadiness,
  PerformanceDistribution,
  TalentMatrix,
  UnitProfile,
} from './dashboards.types.js';
import { heatmap } from './heatmap.service.js';
import { ProfessionalismCompetencyByUnit, professionalismByUnit } from './professionalism.js';
import { planTraining, trainingNeeds } from './training-plan.service.js';
import { PlanTrainingInput, TrainingNeeds, TrainingPlan } from './training-plan.types.js';
import { Heatmap, HeatmapInput } from './heatmap.types.js';

/**
 * The input as the viewer may ask it: a SUPERVISOR's figures are their own unit's, and nobody but
 * ADMIN may lower the small-group threshold (Access.aggregateUnit, Access.minGroupSize).
 */
async function allowed<T extends { workUnitId?: string | null; minGroupSize?: number | null; controlled?: boolean }>(access: Access, input: T | undefined): Promise<T> {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(input ?? {}) as object) as T, input ?? {});
  copy.workUnitId = await access.aggregateUnit(input?.workUnitId);
  copy.minGroupSize = access.minGroupSize(input?.minGroupSize);
  copy.controlled = controlled(access);
  return copy;
}

/** Every role but ADMIN gets its aggregates under statistical disclosure control (analytics/disclosure.ts). */
const controlled = (access: Access) => access.role !== Role.ADMIN;

/**
 * How many people a dashboard's lists may name. A pseudonymous viewer's rows may withhold their status
 * (docs/security.md, "Pseudonymised rows"), so a list narrowed by status would reveal it: with a
 * status filter such a viewer gets the figures and no names.
 */
const namedInList = (access: Access, scope: DashboardScopeInput | undefined, first: number) => (access.pseudonymises && scope?.employeeStatus ? 0 : first);

const scopeArg = { nullable: true, description: 'Which units: the top-level units of the city by default.' } as const;

/** The decision-support queries: thin, the figures come from the analytics services. */
@Resolver()
export class AnalyticsResolver {
  @Query(() => Heatmap, { description: 'Competency gaps across work units (or unit kinds, jabatan kinds, golongan) × competencies, matrix-shaped. Small groups are withheld.' })
  async competencyGapHeatmap(@Arg('input', () => HeatmapInput, { description: 'What to show; every field is optional.' }) input: HeatmapInput, @Ctx() { em, access }: RequestContext) {
    return heatmap(em, await allowed(access, input), controlled(access));
  }

  @Query(() => [UnitProfile], { description: 'Two to ten units side by side: per competency the mean level against the standard and the city, and their largest gaps.' })
  async compareWorkUnits(@Arg('input', () => CompareWorkUnitsInput, { description: 'The units and competencies.' }) input: CompareWorkUnitsInput, @Ctx() { em, access }: RequestContext) {
    return compareWorkUnits(em, { ...input, minGroupSize: access.minGroupSize(input.minGroupSize), controlled: controlled(access) } as CompareWorkUnitsInput);
  }

  @Query(() => DigitalReadiness, { description: 'Digital readiness from the DIGITAL competencies: an index per unit and city-wide, the four pillars of digital literacy, the trend by quarter and the national index.' })
  async digitalReadiness(@Ctx() { em, access }: RequestContext, @Arg('scope', () => DashboardScopeInput, scopeArg) scope?: DashboardScopeInput) {
    return digitalReadiness(em, await allowed(access, scope ?? undefined));
  }

  @Query(() => DevelopmentHoursCompliance, { description: 'Per unit, the share of employees with at least 20 JP in the year, the distribution of JP, and who is still below.' })
  async developmentHoursCompliance(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() { em, access }: RequestContext,
    @Arg('scope', () => DashboardScopeInput, scopeArg) scope?: DashboardScopeInput,
    @Arg('first', () => Int, { nullable: true, description: 'How many employees below 20 JP to list, 0 to 100 (default 20).' }) first?: number,
  ) {
    return developmentHoursCompliance(em, year, await allowed(access, scope ?? undefined), namedInList(access, scope, first ?? 20));
  }

  @Query(() => PerformanceDistribution, { description: 'SKP predikat distribution per unit.' })
  async performanceDistribution(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() { em, access }: RequestContext,
    @Arg('period', () => EvaluationPeriod, { nullable: true, description: 'The period (default ANNUAL).' }) period?: EvaluationPeriod,
    @Arg('scope', () => DashboardScopeInput, scopeArg) scope?: DashboardScopeInput,
  ) {
    return performanceDistribution(em, year, period ?? EvaluationPeriod.ANNUAL, await allowed(access, scope ?? undefined));
  }

  @Query(() => TalentMatrix, { description: 'The talent 9-box, with candidates for recognition and employees who need coaching or extra training.' })
  async talentMatrix(
    @Ctx() { em, access }: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Use the latest annual SKP up to this year (default this year).' }) year?: number,
    @Arg('scope', () => DashboardScopeInput, scopeArg) scope?: DashboardScopeInput,
    @Arg('first', () => Int, { nullable: true, description: 'How many candidates per list, 0 to 100 (default 20).' }) first?: number,
  ) {
    return talentMatrix(em, year ?? new Date().getUTCFullYear(), await allowed(access, scope ?? undefined), namedInList(access, scope, first ?? 20));
  }

  @Query(() => ProfessionalismCompetencyByUnit, { description: 'The kompetensi dimension of the Indeks Profesionalitas ASN per unit, from training history, with its category.' })
  async professionalismCompetency(@Ctx() { em, access }: RequestContext, @Arg('scope', () => DashboardScopeInput, scopeArg) scope?: DashboardScopeInput) {
    return professionalismByUnit(em, await allowed(access, scope ?? undefined));
  }

  @Query(() => TrainingNeeds, { description: 'Analisis kebutuhan pelatihan: per unit, competencies ranked by total weighted gap, with the employees affected and the courses that close them.' })
  async trainingNeeds(
    @Ctx() { em, access }: RequestContext,
    @Arg('scope', () => DashboardScopeInput, scopeArg) scope?: DashboardScopeInput,
    @Arg('competencyKind', () => CompetencyKind, { nullable: true, description: 'Only competencies of this type.' }) competencyKind?: CompetencyKind,
    @Arg('first', () => Int, { nullable: true, description: 'How many needs per unit, 1 to 50 (default 5).' }) first?: number,
  ) {
    return trainingNeeds(em, await allowed(access, scope ?? undefined), competencyKind ?? null, first ?? 5);
  }

  @Query(() => TrainingPlan, { description: 'Proposes course assignments for a unit\'s employees within a JP budget and course seats, closing as much weighted gap as it can, with the heatmap before and after. Nothing is written.' })
  async planTraining(@Arg('input', () => PlanTrainingInput, { description: 'The unit, budgets and courses.' }) input: PlanTrainingInput, @Ctx() { em, access }: RequestContext) {
    const planned = await allowed(access, input);
    planned.workUnitId = await access.planningUnit(input.workUnitId);
    return planTraining(em, planned);
  }
}
