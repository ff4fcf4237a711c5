import { gql } from '@apollo/client';
import type { Predikat } from '../leadership/leadership-dashboard.graphql.ts';

export type GapStatus = 'BELOW_STANDARD' | 'MEETS_STANDARD' | 'ABOVE_STANDARD' | 'NO_DATA';
export type TrainingStatus = 'COMPLETED' | 'ONGOING' | 'PLANNED' | 'FAILED';
export type EvaluationPeriod = 'ANNUAL' | 'Q1' | 'Q2' | 'Q3' | 'Q4';
export type Rating = 'ABOVE_EXPECTATION' | 'MEETS_EXPECTATION' | 'BELOW_EXPECTATION';
export type PotentialBand = 'TINGGI' | 'MENENGAH' | 'RENDAH';

export interface CompetencyRef {
  id: string;
  code: string;
  name: string;
  kind: string;
}

export interface CompetencyGap {
  requiredLevel: number;
  currentLevel: number | null;
  gap: number | null;
  status: GapStatus;
  critical: boolean;
  weight: number;
  competency: CompetencyRef;
}

export interface CurrentCompetency {
  level: number;
  method: string;
  assessedOn: string;
  competency: CompetencyRef;
}

export interface DevelopmentHours {
  year: number;
  jp: number;
  completedTrainings: number;
  meetsTarget: boolean;
}

export interface TrainingRecord {
  id: string;
  /** YYYY-MM-DD (see isoDay: read defensively). */
  startDate: string;
  endDate: string | null;
  status: TrainingStatus;
  jpEarned: number;
  course: { id: string; code: string; title: string; jp: number; provider: { id: string; name: string } };
}

export interface PerformanceEvaluation {
  id: string;
  year: number;
  period: EvaluationPeriod;
  predikat: Predikat;
  resultsRating: Rating;
  behaviourRating: Rating;
}

export interface TalentBox {
  box: number;
  predikat: Predikat;
  performance: Rating;
  potential: PotentialBand;
  evaluationYear: number;
  potentialAssessedOn: string;
}

export interface CompetencyClosure {
  code: string;
  name: string;
  fromLevel: number | null;
  toLevel: number;
  gapClosed: number;
}

export interface CourseRecommendation {
  gapClosed: number;
  gapClosedPerJp: number;
  course: { id: string; code: string; title: string; jp: number; mode: string; provider: { id: string; name: string } };
  closes: CompetencyClosure[];
}

export interface ProfessionalismCompetency {
  score: number;
  fulfilment: number;
  category: string;
}

export interface EmployeeProfile {
  id: string;
  nip: string;
  name: string;
  status: string;
  golongan: string | null;
  position: { id: string; name: string; kind: string };
  workUnit: { id: string; name: string; ancestors: { id: string; name: string }[] };
  supervisor: { id: string; name: string } | null;
  /** Only the ids: enough to offer the team page when there is a team. */
  directReports: { id: string }[];
  currentCompetencies: CurrentCompetency[];
  competencyGaps: CompetencyGap[];
  jpByYear: DevelopmentHours[];
  trainingRecords: TrainingRecord[];
  performanceEvaluations: PerformanceEvaluation[];
  talentBox: TalentBox | null;
  recommendedCourses: CourseRecommendation[];
  professionalismCompetency: ProfessionalismCompetency;
}

export interface EmployeeProfileData {
  employee?: EmployeeProfile;
}

export interface EmployeeProfileVariables {
  id: string | null;
  /** False without an id: nothing is asked of the API. */
  run: boolean;
  [key: string]: unknown;
}

export const EMPLOYEE_PROFILE_QUERY = gql`
  fragment ProfileCompetency on Competency {
    id
    code
    name
    kind
  }

  query EmployeeProfile($id: ID, $run: Boolean!) {
    __typename
    employee(id: $id) @include(if: $run) {
      id
      nip
      name
      status
      golongan
      position {
        id
        name
        kind
      }
      workUnit {
        id
        name
        ancestors {
          id
          name
        }
      }
      supervisor {
        id
        name
      }
      directReports {
        id
      }
      currentCompetencies {
        level
        method
        assessedOn
        competency {
          ...ProfileCompetency
        }
      }
      competencyGaps {
        requiredLevel
        currentLevel
        gap
        status
        critical
        weight
        competency {
          ...ProfileCompetency
        }
      }
      jpByYear {
        year
        jp
        completedTrainings
        meetsTarget
      }
      trainingRecords {
        id
        startDate
        endDate
        status
        jpEarned
        course {
          id
          code
          title
          jp
          provider {
            id
            name
          }
        }
      }
      performanceEvaluations {
        id
        year
        period
        predikat
        resultsRating
        behaviourRating
      }
      talentBox {
        box
        predikat
        performance
        potential
        evaluationYear
        potentialAssessedOn
      }
      recommendedCourses(first: 5) {
        gapClosed
        gapClosedPerJp
        course {
          id
          code
          title
          jp
          mode
          provider {
            id
            name
          }
        }
        closes {
          code
          name
          fromLevel
          toLevel
          gapClosed
        }
      }
      professionalismCompetency {
        score
        fulfilment
        category
      }
    }
  }
`;

export interface EmployeeSearchResult {
  id: string;
  name: string;
  nip: string;
  position: { id: string; name: string; kind: string };
  workUnit: { id: string; name: string };
}

export interface EmployeeSearchData {
  employees: { totalCount: number; nodes: EmployeeSearchResult[] };
}

export interface EmployeeSearchVariables {
  search: string | null;
  positionKind: string | null;
  first: number;
  [key: string]: unknown;
}

export const EMPLOYEE_SEARCH_QUERY = gql`
  query EmployeeSearch($search: String, $positionKind: PositionKind, $first: Int!) {
    employees(search: $search, positionKind: $positionKind, first: $first, orderBy: { field: NAME }) {
      totalCount
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
      }
    }
  }
`;
