import { today } from '../../common/validate.js';

/**
 * What the cost of a query is made of, beyond "one per object": how long each list without a `first`
 * can be, and the extra weight of the fields whose work is not in the objects they return. The
 * numbers and how they were chosen are in docs/security.md ("Abuse resistance"); the schema test in
 * test/cost.test.ts fails when a list field has neither a `first` nor a bound here.
 */

/** The arguments of a field, coerced with their defaults, and those of the fields above it. */
export interface FieldCostContext {
  args: Record<string, unknown>;
  /** The arguments of the field that returned the object this field is on (a dashboard's `scope`, a heatmap's `input`). */
  parentArgs: Record<string, unknown>;
  /** `first` of the nearest enclosing field that takes one (a dashboard's "how many per list"). */
  enclosingFirst: number | undefined;
}

type Bound = number | ((context: FieldCostContext) => number);

/** The most units one level below a scope: the top-level units of the city (51 in the demo city; 17 children at most below them). */
const UNITS_ONE_LEVEL = 100;
/** Every work unit of the city (626 in the demo city of 15,000): the rows of a dashboard more than one level deep. */
const UNITS = 700;

/** The units compareWorkUnits compares: two to ten (dashboards.service.ts). */
const compared = (args: Record<string, unknown>) => (args.input as { workUnitIds?: unknown[] } | undefined)?.workUnitIds?.length ?? 10;

/** Rows of a dashboard: the units `unitDepth` levels below its scope. */
const unitRows = ({ parentArgs }: FieldCostContext) => ((parentArgs.scope as { unitDepth?: number | null } | undefined)?.unitDepth ?? 1) > 1 ? UNITS : UNITS_ONE_LEVEL;
/** Rows of a heatmap: units (one level or more), unit kinds, golongan (I/a–IV/e and the PPPK grades) or jabatan kinds. */
function heatmapRows({ parentArgs }: FieldCostContext): number {
  const input = (parentArgs.input ?? {}) as { rowGrouping?: string | null; unitDepth?: number | null };
  if (input.rowGrouping === 'GOLONGAN') return 40;
  if (input.rowGrouping === 'POSITION_KIND' || input.rowGrouping === 'UNIT_KIND') return 20;
  return (input.unitDepth ?? 1) > 1 ? UNITS : UNITS_ONE_LEVEL;
}
/** The competency dictionary: 119 competencies in the demo city (manajerial, sosial kultural, teknis, digital). */
const COMPETENCIES = 130;

/**
 * The longest each list without a `first` can be. Where a rule bounds it the rule is named; the
 * others are the largest found in the demo city of 15,000 employees (in brackets) with headroom.
 */
export const LIST_BOUNDS: Record<string, Bound> = {
  // ADMIN's lists of accounts and of their own API tokens.
  'Query.accounts': 1000,
  'Query.apiTokens': 100,
  'AuditEvent.affected': 100,
  // compareWorkUnits takes two to ten units (dashboards.service.ts).
  'Query.compareWorkUnits': ({ args }) => compared(args),
  'Query.competencyGroups': 50, // [15]
  'CompetencyGroup.competencies': COMPETENCIES,
  // Five proficiency levels per competency (PermenPANRB 38/2017).
  'Competency.levels': 5,
  'Competency.developedBy': 50, // courses developing one competency [8]
  // What one course develops [4], and so what one recommended or planned course can close.
  'Course.competencies': 10,
  'CompleteTrainingPayload.raisedCompetencies': 10,
  'CourseRecommendation.closes': 10,
  'PlannedTraining.closes': 10,
  'TrainingNeed.courses': 20,
  'TrainingProvider.courses': 100, // [15]
  // One employee's records.
  'Employee.directReports': 350, // the largest team [317]
  'Employee.assessments': 200, // [47]
  // The standard of a jabatan: nine manajerial, one sosial kultural, and its teknis competencies [21].
  'Employee.competencyGaps': 40,
  'Employee.currentCompetencies': 80, // competencies ever assessed [31]
  'Employee.jpByYear': 40, // a career's years [3]
  'Employee.performanceEvaluations': 80, // one or two periods a year over a career [3]
  'Employee.potentialAssessments': 40, // [1]
  'Employee.trainingRecords': 200, // [11]
  'Position.holders': 400, // [113]
  'Position.requirements': 40, // the standard of a jabatan, as competencyGaps [21]
  'WorkUnit.ancestors': 8, // unitDepth is at most 8 (heatmap.service.ts)
  'WorkUnit.children': 100, // [17; 51 top-level units]
  'WorkUnit.positions': 100, // [28]
  'ImportJob.rowErrors': 200, // IMPORT_LIMITS.maxStoredErrors
  // Dashboards: one row per unit shown, lists of `first` entries.
  'DevelopmentHoursCompliance.rows': unitRows,
  'DevelopmentHoursCompliance.employeesBelow': ({ enclosingFirst }) => enclosingFirst ?? 20,
  'DigitalReadiness.rows': unitRows,
  'DigitalReadiness.trend': 8, // the last eight quarters
  'UnitDigitalReadiness.pillars': 10,
  'PerformanceDistribution.rows': unitRows,
  'ProfessionalismCompetencyByUnit.rows': unitRows,
  'ProfessionalismCompetency.components': 10,
  'TalentMatrix.recognition': ({ enclosingFirst }) => enclosingFirst ?? 20,
  'TalentMatrix.coaching': ({ enclosingFirst }) => enclosingFirst ?? 20,
  'TalentCandidate.largestGaps': 3,
  'TrainingNeeds.rows': unitRows,
  'UnitTrainingNeeds.needs': ({ enclosingFirst }) => enclosingFirst ?? 5,
  'UnitProfile.competencies': COMPETENCIES,
  'UnitProfile.largestGaps': 5,
  'Heatmap.rows': heatmapRows,
  'Heatmap.columns': COMPETENCIES,
  'PlanHeatmap.rows': UNITS_ONE_LEVEL,
  'PlanHeatmap.columns': COMPETENCIES,
  // A plan covers at most 5,000 employees (MAX_PLAN_EMPLOYEES in training-plan.service.ts), about two courses each.
  'TrainingPlan.assignments': 10_000,
};

/**
 * Work a field does that the objects it returns do not show: the analytics that recompute from the
 * dated history, the heatmap's deeper unit levels and per-golongan rows, the training planner, the
 * dashboards that read raw history, and a name search (a scan of every employee). In cost units: one
 * unit is about one object of an answer; the weights follow the times measured on 15,000 employees
 * (docs/security.md).
 */
export const FIELD_WEIGHTS: Record<string, (args: Record<string, unknown>) => number> = {
  'Query.competencyGapHeatmap': (args) => {
    const input = (args.input ?? {}) as { asOf?: string | null; unitDepth?: number | null; rowGrouping?: string | null };
    const rows = input.rowGrouping === 'GOLONGAN' || input.rowGrouping === 'POSITION_KIND' ? 2 : Math.max(1, Math.min(8, input.unitDepth ?? 1));
    // From the roll-up of today; a past day (or rows the roll-up does not hold) is recomputed from every assessment.
    const recomputed = Boolean(input.asOf && input.asOf !== today()) || input.rowGrouping === 'GOLONGAN' || input.rowGrouping === 'POSITION_KIND';
    return (recomputed ? WEIGHT.recomputation : WEIGHT.rollup) * (1 + (rows - 1) / 2);
  },
  'Query.planTraining': () => WEIGHT.planner,
  'Query.digitalReadiness': () => WEIGHT.historyDashboard * 2, // eight quarters of history
  'Query.developmentHoursCompliance': () => WEIGHT.historyDashboard,
  'Query.performanceDistribution': () => WEIGHT.historyDashboard,
  'Query.talentMatrix': () => WEIGHT.historyDashboard,
  'Query.trainingNeeds': () => WEIGHT.historyDashboard,
  'Query.professionalismCompetency': () => WEIGHT.historyDashboard,
  'Query.compareWorkUnits': (args) => (WEIGHT.historyDashboard / 10) * compared(args),
  'Employee.professionalismCompetency': () => 5,
  'Employee.talentBox': () => 2,
};

/**
 * What one object of these types costs instead of 1: an employee is an entity hydrated by the ORM,
 * checked against the caller's scope and field rules by the guard (and given a pseudonym for an
 * analyst). 7,580 employees (the reports of the first 100) took 4–9 s of the event loop on the
 * shared 2-core machine, against well under a millisecond for a plain object (docs/benchmarks-abuse.md).
 */
export const TYPE_WEIGHTS: Record<string, number> = {
  Employee: 10,
};

/**
 * Weight of any field given a non-empty `search`: a pattern match over every name, dearer the longer the
 * pattern (30 searches of 100 characters took 1.1 s in one request, docs/benchmarks-abuse.md).
 */
export const searchWeight = (search: string) => 500 + 15 * search.length;

/**
 * The weights, in cost units: one unit is about one object of an answer, about 20 µs of the server's
 * and the database's time together; each weight is the measured time of the field at 15,000 employees
 * on the 2-core reference machine in those units.
 */
export const WEIGHT = {
  /** A heatmap read from the roll-up of today (about 20 ms cold). */
  rollup: 1000,
  /** A heatmap recomputed from the dated assessments (about 0.6 s). */
  recomputation: 30_000,
  /** The training planner for a unit (about 1 s for 2,000 employees). */
  planner: 40_000,
  /** A dashboard computed from raw history (0.1–0.2 s cold). */
  historyDashboard: 8000,
};
