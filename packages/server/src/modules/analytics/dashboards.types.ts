import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CompetencyGap } from '../assessment/competency-gap.js';
import { CompetencyKind } from '../competency/competency.entity.js';
import { Employee, EmployeeStatus } from '../employee/employee.entity.js';
import { Predikat } from '../performance/performance-evaluation.entity.js';
import { CellReason } from './heatmap-math.js';

@InputType({ description: 'Which units a dashboard shows: the children of a unit, or the top-level units of the city.' })
export class DashboardScopeInput {
  @Field(() => ID, { nullable: true, description: 'Show the units below this one (default: the whole city).' })
  workUnitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many levels below the scope the rows are (default 1).' })
  unitDepth?: number | null;

  @Field(() => EmployeeStatus, { nullable: true, description: 'Only employees with this status.' })
  employeeStatus?: EmployeeStatus | null;

  @Field(() => Int, { nullable: true, description: 'Figures of fewer employees are withheld (default 5).' })
  minGroupSize?: number | null;

  /** Set by the resolver, not by the caller: every role but ADMIN gets figures under disclosure control (disclosure.ts). */
  controlled?: boolean;
}

@ObjectType({ description: 'A work unit as a row of a dashboard (id, name, kind).' })
export class DashboardUnit {
  @Field(() => ID, { description: 'Id of the work unit; "CITY" for the whole city.' })
  id!: string;

  @Field(() => String, { description: 'Name to show.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Kind of the unit.' })
  kind!: string | null;
}

// ---------------------------------------------------------------------------------------------
// 20 JP compliance

@ObjectType({ description: 'Compliance with the 20 JP a year in one unit (with its sub-units).' })
export class UnitDevelopmentHours {
  @Field(() => DashboardUnit, { description: 'The unit; the whole city in the summary.' })
  unit!: DashboardUnit;

  @Field(() => Int, { nullable: true, description: 'Employees in scope; null when withheld.' })
  employees!: number | null;

  @Field(() => Int, { nullable: true, description: 'Employees with at least 20 JP in the year; null when withheld.' })
  meetingTarget!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0–1) of employees with at least 20 JP; null when withheld.' })
  share!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean JP per employee; null when withheld.' })
  meanJp!: number | null;

  @Field(() => [Int], { description: 'Employees per JP band: 0, 1–9, 10–19, 20–39, 40 or more (empty when withheld).' })
  histogram!: number[];

  @Field(() => CellReason, { nullable: true, description: 'Why the figures are withheld, if they are.' })
  reason!: CellReason | null;
}

@ObjectType({ description: 'An employee and their JP in the year.' })
export class EmployeeHours {
  @Field(() => Employee, { description: 'The employee.' })
  employee!: Employee;

  @Field(() => Float, { description: 'JP earned in the year.' })
  jp!: number;
}

@ObjectType({ description: 'The right to 20 JP of development a year (PP 17/2020): who reaches it, per unit.' })
export class DevelopmentHoursCompliance {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'JP a year every employee has the right to (20).' })
  target!: number;

  @Field(() => [String], { description: 'Labels of the histogram bands.' })
  bands!: string[];

  @Field(() => [UnitDevelopmentHours], { description: 'One row per unit.' })
  rows!: UnitDevelopmentHours[];

  @Field(() => UnitDevelopmentHours, { description: 'The whole scope.' })
  summary!: UnitDevelopmentHours;

  @Field(() => [EmployeeHours], { description: 'Employees still below 20 JP in the year, fewest JP first (up to `first`).' })
  employeesBelow!: EmployeeHours[];
}

// ---------------------------------------------------------------------------------------------
// SKP and the 9-box

@ObjectType({ description: 'SKP predikat counts of one unit.' })
export class UnitPerformance {
  @Field(() => DashboardUnit, { description: 'The unit; the whole scope in the summary.' })
  unit!: DashboardUnit;

  @Field(() => Int, { nullable: true, description: 'Evaluations counted; null when withheld.' })
  evaluations!: number | null;

  @Field(() => [Int], { nullable: 'items', description: 'Evaluations per predikat, in the order of `predikats`; null when withheld.' })
  counts!: (number | null)[];

  @Field(() => CellReason, { nullable: true, description: 'Why the counts are withheld, if they are.' })
  reason!: CellReason | null;
}

@ObjectType({ description: 'The distribution of SKP predikat per unit in a year.' })
export class PerformanceDistribution {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => [Predikat], { description: 'The predikat, best first: the order of every `counts`.' })
  predikats!: Predikat[];

  @Field(() => [UnitPerformance], { description: 'One row per unit.' })
  rows!: UnitPerformance[];

  @Field(() => UnitPerformance, { description: 'The whole scope.' })
  summary!: UnitPerformance;
}

@ObjectType({ description: 'An employee the brief asks to act on: to recognise, or to coach and train.' })
export class TalentCandidate {
  @Field(() => Employee, { description: 'The employee (name and jabatan; the profile follows the viewer\'s rights).' })
  employee!: Employee;

  @Field(() => Predikat, { description: 'Predikat of their latest annual SKP.' })
  predikat!: Predikat;

  @Field(() => Int, { nullable: true, description: 'Their 9-box, when a potential assessment exists.' })
  box!: number | null;

  @Field(() => [CompetencyGap], { description: 'Their largest competency gaps (weighted), up to three.' })
  largestGaps!: CompetencyGap[];
}

@ObjectType({ description: 'The talent 9-box of a scope, and the two lists the brief asks for.' })
export class TalentMatrix {
  @Field(() => Int, { description: 'Year of the SKP used (the latest annual one up to this year).' })
  year!: number;

  @Field(() => [Int], { nullable: 'items', description: 'Employees in boxes 1 to 9 (index 0 is box 1); null when withheld.' })
  boxes!: (number | null)[];

  @Field(() => Int, { nullable: true, description: 'Employees with both axes known; null when withheld.' })
  placed!: number | null;

  @Field(() => [TalentCandidate], { description: 'Candidates for recognition (penghargaan): SKP Sangat Baik, or boxes 7–9.' })
  recognition!: TalentCandidate[];

  @Field(() => [TalentCandidate], { description: 'Employees who need coaching (bimbingan) or extra training: SKP Butuh Perbaikan, Kurang or Sangat Kurang.' })
  coaching!: TalentCandidate[];
}

// ---------------------------------------------------------------------------------------------
// Compare units

@ObjectType({ description: 'One competency in a unit\'s profile, against the standard and the city.' })
export class CompetencyProfileEntry {
  @Field(() => String, { description: 'Competency code.' })
  code!: string;

  @Field(() => String, { description: 'Competency name.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Employees assessed on it in the unit; null when withheld.' })
  employees!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean current level; null when withheld or without data.' })
  meanLevel!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean level required by the jabatan of the unit\'s employees.' })
  meanRequired!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean gap (required − current) over the assessed employees who are required to have it.' })
  meanGap!: number | null;

  @Field(() => Float, { nullable: true, description: 'The city\'s mean current level.' })
  cityMeanLevel!: number | null;

  @Field(() => Float, { nullable: true, description: 'meanLevel − cityMeanLevel.' })
  differenceFromCity!: number | null;

  @Field(() => CellReason, { nullable: true, description: 'Why the figures are withheld, if they are.' })
  reason!: CellReason | null;
}

@ObjectType({ description: 'A unit\'s competency profile.' })
export class UnitProfile {
  @Field(() => DashboardUnit, { description: 'The unit.' })
  unit!: DashboardUnit;

  @Field(() => [CompetencyProfileEntry], { description: 'One entry per competency, in dictionary order.' })
  competencies!: CompetencyProfileEntry[];

  @Field(() => [CompetencyProfileEntry], { description: 'The five largest mean gaps, largest first.' })
  largestGaps!: CompetencyProfileEntry[];
}

@InputType({ description: 'Units to compare, side by side.' })
export class CompareWorkUnitsInput {
  @Field(() => [ID], { description: 'Two to ten work units.' })
  workUnitIds!: string[];

  @Field(() => CompetencyKind, { nullable: true, description: 'Only competencies of this type.' })
  competencyKind?: CompetencyKind | null;

  @Field(() => [String], { nullable: true, description: 'Only competencies of these groups.' })
  competencyGroupCodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Figures of fewer employees are withheld (default 5).' })
  minGroupSize?: number | null;

  /** Set by the resolver, not by the caller: every role but ADMIN gets figures under disclosure control (disclosure.ts). */
  controlled?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Digital readiness

@ObjectType({ description: 'Mean level on the DigComp competences under one of the four Indonesian pillars of digital literacy.' })
export class PillarReadiness {
  @Field(() => String, { description: 'The pillar: CAKAP, ETIKA, BUDAYA or AMAN.' })
  pillar!: string;

  @Field(() => String, { description: 'Name of the pillar.' })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Mean level 1–5; null when withheld or without data.' })
  meanLevel!: number | null;

  @Field(() => Float, { description: 'The national index 2022 of this pillar (1–5), for reference.' })
  nationalBenchmark!: number;
}

@ObjectType({ description: 'Digital readiness of one unit (with its sub-units).' })
export class UnitDigitalReadiness {
  @Field(() => DashboardUnit, { description: 'The unit; the whole scope in the summary.' })
  unit!: DashboardUnit;

  @Field(() => Int, { nullable: true, description: 'Employees assessed on at least one digital competency (for ADMIN a lower bound: the most assessed competency); null when withheld.' })
  employees!: number | null;

  @Field(() => Float, { nullable: true, description: 'Readiness index: the mean level (1–5) over the digital competencies assessed.' })
  index!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of digital assessments at foundation level (1–2).' })
  foundation!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share at intermediate level (3).' })
  intermediate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share at advanced level (4–5).' })
  advanced!: number | null;

  @Field(() => [PillarReadiness], { description: 'The index per pillar of digital literacy.' })
  pillars!: PillarReadiness[];

  @Field(() => CellReason, { nullable: true, description: 'Why the figures are withheld, if they are.' })
  reason!: CellReason | null;
}

@ObjectType({ description: 'The readiness index of the scope at the end of a quarter.' })
export class ReadinessPoint {
  @Field(() => String, { description: 'Quarter, e.g. "2026-Q3".' })
  quarter!: string;

  @Field(() => String, { description: 'Its last day (YYYY-MM-DD), or today for the running quarter.' })
  day!: string;

  @Field(() => Float, { nullable: true, description: 'Readiness index on that day.' })
  index!: number | null;
}

@ObjectType({ description: 'Digital readiness from the DIGITAL competencies (DigComp 2.2), per unit and over time, against the national index.' })
export class DigitalReadiness {
  @Field(() => [UnitDigitalReadiness], { description: 'One row per unit.' })
  rows!: UnitDigitalReadiness[];

  @Field(() => UnitDigitalReadiness, { description: 'The whole scope.' })
  summary!: UnitDigitalReadiness;

  @Field(() => [ReadinessPoint], { description: 'The index of the scope at the end of each of the last eight quarters.' })
  trend!: ReadinessPoint[];

  @Field(() => Float, { description: 'The national digital literacy index 2022 (1–5): the reference line.' })
  nationalBenchmark!: number;
}
