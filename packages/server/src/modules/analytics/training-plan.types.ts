import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CompetencyKind } from '../competency/competency.entity.js';
import { Employee, EmployeeStatus } from '../employee/employee.entity.js';
import { PositionKind } from '../position/position.entity.js';
import { Course } from '../training/course.entity.js';
import { DashboardUnit } from './dashboards.types.js';
import { CellReason } from './heatmap-math.js';
import { HeatmapAxisEntry } from './heatmap.types.js';

@ObjectType({ description: 'What a course would do for one competency of an employee.' })
export class CompetencyClosure {
  @Field(() => String, { description: 'Competency code.' })
  code!: string;

  @Field(() => String, { description: 'Competency name.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Current level; null when never assessed.' })
  fromLevel!: number | null;

  @Field(() => Int, { description: 'Level the course brings the employee to (at most the standard).' })
  toLevel!: number;

  @Field(() => Float, { description: 'Weighted gap closed.' })
  gapClosed!: number;
}

@ObjectType({ description: 'A course recommended to an employee, by the gap it closes per JP.' })
export class CourseRecommendation {
  @Field(() => Course, { description: 'The course.' })
  course!: Course;

  @Field(() => Float, { description: 'Weighted competency gap it would close.' })
  gapClosed!: number;

  @Field(() => Float, { description: 'Gap closed per JP: the ranking.' })
  gapClosedPerJp!: number;

  @Field(() => [CompetencyClosure], { description: 'What it would close, competency by competency (for plain-words explanations).' })
  closes!: CompetencyClosure[];
}

@ObjectType({ description: 'One training need of a unit: a competency, its total weighted gap, and courses that close it.' })
export class TrainingNeed {
  @Field(() => String, { description: 'Competency code.' })
  code!: string;

  @Field(() => String, { description: 'Competency name.' })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Total weighted gap (Σ weight × positive gap) over the unit\'s employees; null when withheld.' })
  totalWeightedGap!: number | null;

  @Field(() => Int, { nullable: true, description: 'Employees below the standard on it; null when withheld.' })
  employeesBelow!: number | null;

  @Field(() => Int, { nullable: true, description: 'Employees assessed on it who are required to have it; null when withheld.' })
  employeesAssessed!: number | null;

  @Field(() => [Course], { description: 'Courses that develop it, highest target level first, then fewest JP.' })
  courses!: Course[];

  @Field(() => CellReason, { nullable: true, description: 'Why figures are withheld, if they are.' })
  reason!: CellReason | null;
}

@ObjectType({ description: 'The training needs of one unit, largest first.' })
export class UnitTrainingNeeds {
  @Field(() => DashboardUnit, { description: 'The unit; the whole scope in the summary.' })
  unit!: DashboardUnit;

  @Field(() => [TrainingNeed], { description: 'Needs ranked by total weighted gap.' })
  needs!: TrainingNeed[];
}

@ObjectType({ description: 'Analisis kebutuhan pelatihan: per unit, the competencies ranked by total weighted gap.' })
export class TrainingNeeds {
  @Field(() => [UnitTrainingNeeds], { description: 'One entry per unit.' })
  rows!: UnitTrainingNeeds[];

  @Field(() => UnitTrainingNeeds, { description: 'The whole scope.' })
  summary!: UnitTrainingNeeds;
}

@InputType({ description: 'What the training planner may use. Nothing is written: the plan is a proposal.' })
export class PlanTrainingInput {
  @Field(() => ID, { description: 'The employees of this unit and the units below it (at most 5,000).' })
  workUnitId!: string;

  @Field(() => EmployeeStatus, { nullable: true, description: 'Only employees with this status.' })
  employeeStatus?: EmployeeStatus | null;

  @Field(() => PositionKind, { nullable: true, description: 'Only employees whose jabatan is of this kind.' })
  positionKind?: PositionKind | null;

  @Field(() => Int, { description: 'JP each employee may spend (1–1000).' })
  jpBudgetPerEmployee!: number;

  @Field(() => Int, { nullable: true, description: 'Seats in each course (default: as many as needed).' })
  seatsPerCourse?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Only these courses (default: the whole catalogue).' })
  courseIds?: string[] | null;

  @Field(() => CompetencyKind, { nullable: true, description: 'Only gaps on competencies of this type.' })
  competencyKind?: CompetencyKind | null;

  @Field(() => Int, { nullable: true, description: 'Cells of the before/after heatmaps with fewer employees are withheld (default 5).' })
  minGroupSize?: number | null;

  /** Set by the resolver, not by the caller: every role but ADMIN gets figures under disclosure control (disclosure.ts). */
  controlled?: boolean;
}

@ObjectType({ description: 'One assignment of the plan.' })
export class PlannedTraining {
  @Field(() => Employee, { description: 'The employee.' })
  employee!: Employee;

  @Field(() => Course, { description: 'The course.' })
  course!: Course;

  @Field(() => Float, { description: 'Weighted gap it closes.' })
  gapClosed!: number;

  @Field(() => [CompetencyClosure], { description: 'What it closes.' })
  closes!: CompetencyClosure[];
}

@ObjectType({ description: 'Mean gap per unit × competency, before or after the plan (MEAN_GAP, row-major).' })
export class PlanHeatmap {
  @Field(() => [HeatmapAxisEntry], { description: 'The units below the scope.' })
  rows!: HeatmapAxisEntry[];

  @Field(() => [HeatmapAxisEntry], { description: 'The competencies the plan works on.' })
  columns!: HeatmapAxisEntry[];

  @Field(() => [Float], { nullable: 'items', description: 'Mean gap per cell, row-major; null where withheld or without data.' })
  values!: (number | null)[];

  @Field(() => [Int], { nullable: 'items', description: 'Employees behind each cell; null where withheld.' })
  counts!: (number | null)[];

  @Field(() => [CellReason], { nullable: 'items', description: 'Why a cell is null.' })
  reasons!: (CellReason | null)[];
}

@ObjectType({ description: 'A training plan and what it would change: the heatmap before and after (what-if).' })
export class TrainingPlan {
  @Field(() => Int, { description: 'Employees considered.' })
  employees!: number;

  @Field(() => [PlannedTraining], { description: 'The assignments, in the order the planner chose them.' })
  assignments!: PlannedTraining[];

  @Field(() => Int, { description: 'JP of all assignments.' })
  totalJp!: number;

  @Field(() => Float, { description: 'Weighted gap the plan closes.' })
  gapClosed!: number;

  @Field(() => Float, { description: 'Total weighted gap of the employees before the plan.' })
  gapBefore!: number;

  @Field(() => PlanHeatmap, { description: 'Mean gaps today.' })
  before!: PlanHeatmap;

  @Field(() => PlanHeatmap, { description: 'Mean gaps predicted after the plan.' })
  after!: PlanHeatmap;
}
