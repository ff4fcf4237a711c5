import { gql } from '@apollo/client';
import type { CompetencyGap } from '../profile/profile.graphql.ts';

export interface UnitEmployee {
  id: string;
  name: string;
  nip: string;
  position: { id: string; name: string; kind: string };
  workUnit: { id: string; name: string };
  competencyGaps: CompetencyGap[];
  currentCompetencies: { level: number; assessedOn: string; competency: { id: string; code: string } }[];
}

export interface UnitEmployeesData {
  workUnit: { id: string; name: string; shortName: string | null; children: { id: string }[] };
  competency: { id: string; code: string; name: string };
  employees: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: UnitEmployee[];
  };
}

export interface UnitEmployeesVariables {
  unitId: string;
  code: string;
  belowStandardOn: string | null;
  first: number;
  after: string | null;
  [key: string]: unknown;
}

/** A unit's employees (with its sub-units), by name, with their level against the standard. */
export const UNIT_EMPLOYEES_QUERY = gql`
  query UnitEmployees($unitId: ID!, $code: String!, $belowStandardOn: String, $first: Int!, $after: String) {
    workUnit(id: $unitId) {
      id
      name
      shortName
      children {
        id
      }
    }
    competency(code: $code) {
      id
      code
      name
    }
    employees(workUnitId: $unitId, belowStandardOn: $belowStandardOn, first: $first, after: $after, orderBy: { field: NAME }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        nip
        position {
          id
          name
          kind
        }
        workUnit {
          id
          name
        }
        competencyGaps {
          requiredLevel
          currentLevel
          gap
          status
          critical
          weight
          competency {
            id
            code
            name
            kind
          }
        }
        currentCompetencies {
          level
          assessedOn
          competency {
            id
            code
          }
        }
      }
    }
  }
`;
