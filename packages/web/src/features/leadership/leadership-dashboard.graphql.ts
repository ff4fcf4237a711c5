import { gql } from '@apollo/client';

export type WithheldReason = 'NO_DATA' | 'SUPPRESSED';
export type Predikat = 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

export interface DashboardUnit {
  id: string;
  label: string;
}

export interface PillarReadiness {
  pillar: string;
  name: string;
  meanLevel: number | null;
  nationalBenchmark: number;
}

export interface UnitReadiness {
  unit: DashboardUnit;
  index: number | null;
  employees: number;
  reason: WithheldReason | null;
}

export interface UnitHours {
  unit: DashboardUnit;
  share: number | null;
  employees: number;
  meetingTarget: number | null;
  reason: WithheldReason | null;
}

export interface LeadershipDashboardData {
  digitalReadiness: {
    nationalBenchmark: number;
    summary: UnitReadiness & { pillars: PillarReadiness[] };
    rows: UnitReadiness[];
    trend: { quarter: string; day: string; index: number | null }[];
  };
  developmentHoursCompliance: {
    year: number;
    target: number;
    summary: UnitHours;
    rows: UnitHours[];
  };
  performanceDistribution: {
    year: number;
    predikats: Predikat[];
    summary: { counts: (number | null)[]; evaluations: number; reason: WithheldReason | null };
  };
  talentMatrix: { year: number; placed: number; boxes: (number | null)[] };
}

export interface LeadershipDashboardVariables {
  year: number;
  lastYear: number;
  [key: string]: unknown;
}

/** Everything the leadership dashboard shows, in one request. */
export const LEADERSHIP_DASHBOARD_QUERY = gql`
  query LeadershipDashboard($year: Int!, $lastYear: Int!) {
    digitalReadiness {
      nationalBenchmark
      summary {
        unit {
          id
          label
        }
        index
        employees
        reason
        pillars {
          pillar
          name
          meanLevel
          nationalBenchmark
        }
      }
      rows {
        unit {
          id
          label
        }
        index
        employees
        reason
      }
      trend {
        quarter
        day
        index
      }
    }
    developmentHoursCompliance(year: $year, first: 0) {
      year
      target
      summary {
        unit {
          id
          label
        }
        share
        employees
        meetingTarget
        reason
      }
      rows {
        unit {
          id
          label
        }
        share
        employees
        meetingTarget
        reason
      }
    }
    performanceDistribution(year: $lastYear) {
      year
      predikats
      summary {
        counts
        evaluations
        reason
      }
    }
    talentMatrix(first: 0) {
      year
      placed
      boxes
    }
  }
`;
