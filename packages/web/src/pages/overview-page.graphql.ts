import { gql } from '@apollo/client';

export interface OverviewData {
  employees: { totalCount: number };
  competencies: { totalCount: number };
  workUnits: { totalCount: number; nodes: { id: string; code: string; name: string; shortName: string | null; kind: string }[] };
}

export const OVERVIEW_QUERY = gql`
  query Overview {
    employees(first: 1) {
      totalCount
    }
    competencies(first: 1) {
      totalCount
    }
    workUnits(topLevel: true, first: 100) {
      totalCount
      nodes {
        id
        code
        name
        shortName
        kind
      }
    }
  }
`;
