import { gql } from '@apollo/client';
import type { HeatmapAxisEntry } from '../heatmap/heatmap-matrix.ts';
import type { NullReason } from '../heatmap/heatmap-scale.ts';
import type { CompetencyKind } from '../heatmap/heatmap-controls.ts';
import type { PlanTrainingInput } from './training-selection.ts';

export interface UnitOption {
  id: string;
  name: string;
  shortName: string | null;
}

export interface TrainingUnitOptionsData {
  workUnits: { nodes: UnitOption[] };
}

/** The OPD and kecamatan, to choose the scope from. */
export const TRAINING_UNIT_OPTIONS_QUERY = gql`
  query TrainingUnitOptions {
    workUnits(topLevel: true, first: 100) {
      nodes {
        id
        name
        shortName
      }
    }
  }
`;

export interface TrainingSubUnitsData {
  /** The chosen top-level unit with the units directly below it (only asked for when there is one). */
  workUnit?: UnitOption & { children: UnitOption[] };
}

export interface TrainingSubUnitsVariables {
  unitId: string | null;
  withUnit: boolean;
  [key: string]: unknown;
}

/** Asked apart from the list, so an unknown unit in the URL does not take the list down with it. */
export const TRAINING_SUB_UNITS_QUERY = gql`
  query TrainingSubUnits($unitId: ID, $withUnit: Boolean!) {
    __typename
    workUnit(id: $unitId) @include(if: $withUnit) {
      id
      name
      shortName
      children {
        id
        name
        shortName
      }
    }
  }
`;

export interface NeedCourse {
  id: string;
  code: string;
  title: string;
  jp: number;
}

export interface TrainingNeed {
  code: string;
  name: string;
  totalWeightedGap: number | null;
  employeesBelow: number | null;
  employeesAssessed: number;
  reason: NullReason | null;
  courses: NeedCourse[];
}

export interface UnitTrainingNeeds {
  unit: { id: string; label: string; kind: string | null };
  needs: TrainingNeed[];
}

export interface TrainingNeedsData {
  trainingNeeds: { summary: UnitTrainingNeeds; rows: UnitTrainingNeeds[] };
}

export interface TrainingNeedsVariables {
  workUnitId: string | null;
  competencyKind: CompetencyKind | null;
  first: number;
  [key: string]: unknown;
}

export const TRAINING_NEEDS_QUERY = gql`
  fragment TrainingNeedsOfUnit on UnitTrainingNeeds {
    unit {
      id
      label
      kind
    }
    needs {
      code
      name
      totalWeightedGap
      employeesBelow
      employeesAssessed
      reason
      courses {
        id
        code
        title
        jp
      }
    }
  }

  query TrainingNeeds($workUnitId: ID, $competencyKind: CompetencyKind, $first: Int!) {
    trainingNeeds(scope: { workUnitId: $workUnitId }, competencyKind: $competencyKind, first: $first) {
      summary {
        ...TrainingNeedsOfUnit
      }
      rows {
        ...TrainingNeedsOfUnit
      }
    }
  }
`;

/** What a course would do for one competency (CompetencyClosure). */
export interface CompetencyClosure {
  code: string;
  name: string;
  fromLevel: number | null;
  toLevel: number;
  gapClosed: number;
}

export interface PlanHeatmap {
  rows: HeatmapAxisEntry[];
  columns: HeatmapAxisEntry[];
  values: (number | null)[];
  counts: number[];
  reasons: (NullReason | null)[];
}

export interface PlannedTraining {
  gapClosed: number;
  employee: { id: string; name: string; nip: string; position: { name: string }; workUnit: { name: string } };
  course: { id: string; code: string; title: string; jp: number };
  closes: CompetencyClosure[];
}

export interface TrainingPlan {
  employees: number;
  totalJp: number;
  gapClosed: number;
  gapBefore: number;
  before: PlanHeatmap;
  after: PlanHeatmap;
  assignments: PlannedTraining[];
}

export interface PlanTrainingData {
  planTraining?: TrainingPlan;
}

export interface PlanTrainingVariables {
  input: PlanTrainingInput | { workUnitId: string; jpBudgetPerEmployee: number };
  run: boolean;
  [key: string]: unknown;
}

export const PLAN_TRAINING_QUERY = gql`
  query PlanTraining($input: PlanTrainingInput!, $run: Boolean!) {
    __typename
    planTraining(input: $input) @include(if: $run) {
      employees
      totalJp
      gapClosed
      gapBefore
      before {
        rows {
          id
          label
          group
        }
        columns {
          id
          label
          group
        }
        values
        counts
        reasons
      }
      after {
        rows {
          id
          label
          group
        }
        columns {
          id
          label
          group
        }
        values
        counts
        reasons
      }
      assignments {
        gapClosed
        employee {
          id
          name
          nip
          position {
            id
            name
          }
          workUnit {
            id
            name
          }
        }
        course {
          id
          code
          title
          jp
        }
        closes {
          code
          name
          fromLevel
          toLevel
          gapClosed
        }
      }
    }
  }
`;
