import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import { CompetencyKind } from '../competency/competency.entity.js';
import { EmployeeStatus } from '../employee/employee.entity.js';
import { PositionKind } from '../position/position.entity.js';
import { CellReason, HeatmapMetric } from './heatmap-math.js';

export enum HeatmapRowGrouping {
  UNIT = 'UNIT',
  UNIT_KIND = 'UNIT_KIND',
  POSITION_KIND = 'POSITION_KIND',
  GOLONGAN = 'GOLONGAN',
}

export enum HeatmapColumnGrouping {
  COMPETENCY = 'COMPETENCY',
  GROUP = 'GROUP',
}

export enum HeatmapSource {
  ROLLUP = 'ROLLUP',
  RECOMPUTED = 'RECOMPUTED',
}

registerDescribedEnum(HeatmapMetric, 'HeatmapMetric', 'What a heatmap cell shows.', {
  MEAN_GAP: 'Mean of (required level − current level) over the employees assessed on a required competency; negative above the standard.',
  SHARE_BELOW_STANDARD: 'Share (0–1) of the employees assessed on a required competency whose level is below the standard.',
  COUNT_BELOW_STANDARD: 'Number of employees whose current level on a required competency is below the standard.',
  MEAN_LEVEL: 'Mean current level (1–5) of the employees assessed on the competency.',
  COVERAGE: 'Share (0–1) of the required competencies that have an assessment.',
});
registerDescribedEnum(CellReason, 'HeatmapCellReason', 'Why a heatmap cell has no value.', {
  NO_DATA: 'Nobody behind the cell has been assessed (or nobody is required to have the competency).',
  SUPPRESSED: 'Withheld so no individual can be identified: fewer employees than minGroupSize stand behind the cell, or, for every role but ADMIN, publishing it would let a small group be worked out by subtracting other published figures (complementary suppression, docs/security.md).',
});
registerDescribedEnum(HeatmapRowGrouping, 'HeatmapRowGrouping', 'What the rows of a heatmap are.', {
  UNIT: 'Work units at a level of the tree (top-level units by default).',
  UNIT_KIND: 'Kinds of work unit (Dinas, Badan, Kecamatan, ...) of the units at that level.',
  POSITION_KIND: 'Kinds of jabatan of the employees in scope.',
  GOLONGAN: 'Golongan of the employees in scope (computed from the facts, not the roll-up).',
});
registerDescribedEnum(HeatmapColumnGrouping, 'HeatmapColumnGrouping', 'What the columns of a heatmap are.', {
  COMPETENCY: 'One column per competency.',
  GROUP: 'One column per competency group (e.g. a DigComp area), summing its competencies.',
});
registerDescribedEnum(HeatmapSource, 'HeatmapSource', 'Where the figures of a heatmap came from.', {
  ROLLUP: 'The roll-up tables kept up to date with every change (the fast path).',
  RECOMPUTED: 'Computed from the dated evidence for this request (an as-of date in the past, or golongan rows).',
});

@InputType({ description: 'What a competency-gap heatmap shows. Every field is optional.' })
export class HeatmapInput {
  @Field(() => HeatmapMetric, { nullable: true, description: 'The metric of the cells (default MEAN_GAP).' })
  metric?: HeatmapMetric | null;

  @Field(() => HeatmapRowGrouping, { nullable: true, description: 'What the rows are (default UNIT).' })
  rowGrouping?: HeatmapRowGrouping | null;

  @Field(() => ID, { nullable: true, description: 'Limit to this unit and the units below it (default: the whole city).' })
  workUnitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'For UNIT and UNIT_KIND rows: how many levels below the scope (default 1: the top-level units of the city, or the children of workUnitId).' })
  unitDepth?: number | null;

  @Field(() => CompetencyKind, { nullable: true, description: 'Only competencies of this type.' })
  competencyKind?: CompetencyKind | null;

  @Field(() => [String], { nullable: true, description: 'Only competencies of these groups (codes, e.g. ["DC.1", "DC.4"]).' })
  competencyGroupCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these competencies (codes).' })
  competencyCodes?: string[] | null;

  @Field(() => HeatmapColumnGrouping, { nullable: true, description: 'One column per competency (default) or per group.' })
  columnGrouping?: HeatmapColumnGrouping | null;

  @Field(() => EmployeeStatus, { nullable: true, description: 'Only employees with this status.' })
  employeeStatus?: EmployeeStatus | null;

  @Field(() => PositionKind, { nullable: true, description: 'Only employees whose jabatan is of this kind.' })
  positionKind?: PositionKind | null;

  @Field(() => String, { nullable: true, description: 'The state of the graph on this day (YYYY-MM-DD), from the dated assessments; default today. Jabatan and units are today\'s.' })
  asOf?: string | null;

  @Field(() => Int, { nullable: true, description: 'Cells with fewer employees are withheld (default 5).' })
  minGroupSize?: number | null;
}

@ObjectType({ description: 'A row or column of a heatmap.' })
export class HeatmapAxisEntry {
  @Field(() => String, { description: 'Key of the entry: a unit id, a kind, a golongan, a competency or group code.' })
  id!: string;

  @Field(() => String, { description: 'Label to show.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Group of the entry (the unit kind of a unit, the group code of a competency).' })
  group!: string | null;
}

@ObjectType({ description: 'Figures along one axis of a heatmap: a value per row (or column) over all columns (or rows).' })
export class HeatmapSummary {
  @Field(() => [Float], { nullable: 'items', description: 'The metric, one per entry of the axis; null where withheld or without data.' })
  values!: (number | null)[];

  @Field(() => [Int], { nullable: 'items', description: 'Employees behind each value; null where withheld (a withheld figure has no count either).' })
  counts!: (number | null)[];

  @Field(() => [CellReason], { nullable: 'items', description: 'Why a value is null; null where there is a value.' })
  reasons!: (CellReason | null)[];
}

@ObjectType({ description: 'A competency-gap heatmap, matrix-shaped: rows × columns with values in row-major order.' })
export class Heatmap {
  @Field(() => HeatmapMetric, { description: 'The metric of the cells.' })
  metric!: HeatmapMetric;

  @Field(() => String, { description: 'The day the figures describe.' })
  asOf!: string;

  @Field(() => Int, { description: 'Cells with fewer employees than this are withheld.' })
  minGroupSize!: number;

  @Field(() => HeatmapSource, { description: 'Where the figures came from.' })
  source!: HeatmapSource;

  @Field(() => [HeatmapAxisEntry], { description: 'The rows.' })
  rows!: HeatmapAxisEntry[];

  @Field(() => [HeatmapAxisEntry], { description: 'The columns.' })
  columns!: HeatmapAxisEntry[];

  @Field(() => [Float], { nullable: 'items', description: 'The cells, row-major (rows × columns); null where withheld or without data.' })
  values!: (number | null)[];

  @Field(() => [Int], { nullable: 'items', description: 'Employees behind each cell, row-major; null where withheld (a withheld cell has no count either).' })
  counts!: (number | null)[];

  @Field(() => [CellReason], { nullable: 'items', description: 'Why a cell is null, row-major; null where there is a value.' })
  reasons!: (CellReason | null)[];

  @Field(() => HeatmapSummary, { description: 'One figure per row, over all its columns.' })
  rowSummary!: HeatmapSummary;

  @Field(() => HeatmapSummary, { description: 'One figure per column, over all the rows (for every role but ADMIN: over the whole scope, the unit\'s sub-tree or the city, so it never differs from a published figure by the few people working directly in a unit).' })
  columnSummary!: HeatmapSummary;
}
