import { gql } from '@apollo/client';
import type { CompetencyKind } from '../heatmap/heatmap-controls.ts';

export interface CompareUnitOption {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
}

export interface CompareUnitOptionsData {
  workUnits: { nodes: CompareUnitOption[] };
}

export type WithheldReason = 'NO_DATA' | 'SUPPRESSED';

export interface CompetencyProfileEntry {
  code: string;
  name: string;
  employees: number;
  meanLevel: number | null;
  meanRequired: number | null;
  meanGap: number | null;
  cityMeanLevel: number | null;
  differenceFromCity: number | null;
  reason: WithheldReason | null;
}

export interface UnitProfile {
  unit: { id: string; label: string; kind: string | null };
  competencies: CompetencyProfileEntry[];
  largestGaps: CompetencyProfileEntry[];
}

export interface CompareUnitsData {
  compareWorkUnits?: UnitProfile[];
}

export interface CompareUnitsVariables {
  input: { workUnitIds: string[]; competencyKind: CompetencyKind };
  /** False with fewer than two units: nothing is asked of the API. */
  run: boolean;
  [key: string]: unknown;
}

export const COMPARE_UNIT_OPTIONS_QUERY = gql`
  query CompareUnitOptions {
    workUnits(topLevel: true, first: 100) {
      nodes {
        id
        name
        shortName
        kind
      }
    }
  }
`;

export const COMPARE_UNITS_QUERY = gql`
  fragment CompareProfileEntry on CompetencyProfileEntry {
    code
    name
    employees
    meanLevel
    meanRequired
    meanGap
    cityMeanLevel
    differenceFromCity
    reason
  }

  query CompareWorkUnits($input: CompareWorkUnitsInput!, $run: Boolean!) {
    __typename
    compareWorkUnits(input: $input) @include(if: $run) {
      unit {
        id
        label
        kind
      }
      competencies {
        ...CompareProfileEntry
      }
      largestGaps {
        ...CompareProfileEntry
      }
    }
  }
`;
