import { gql } from '@apollo/client';
import type { HeatmapInput } from './heatmap-controls.ts';
import type { HeatmapAnswer } from './heatmap-matrix.ts';

export interface HeatmapScopeUnit {
  id: string;
  name: string;
  shortName: string | null;
}

export interface HeatmapData {
  competencyGapHeatmap: HeatmapAnswer;
  /** The unit drilled into, with the path to it (only asked for when there is one). */
  workUnit?: HeatmapScopeUnit & { ancestors: HeatmapScopeUnit[] };
}

export interface HeatmapVariables {
  input: HeatmapInput;
  workUnitId: string | null;
  withScope: boolean;
  [key: string]: unknown;
}

export const HEATMAP_QUERY = gql`
  query CompetencyGapHeatmap($input: HeatmapInput!, $workUnitId: ID, $withScope: Boolean!) {
    competencyGapHeatmap(input: $input) {
      asOf
      source
      metric
      minGroupSize
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
      rowSummary {
        values
        counts
        reasons
      }
      columnSummary {
        values
        counts
        reasons
      }
    }
    workUnit(id: $workUnitId) @include(if: $withScope) {
      id
      name
      shortName
      ancestors {
        id
        name
        shortName
      }
    }
  }
`;
