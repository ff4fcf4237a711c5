import { gql } from '@apollo/client';
import type { CompetencyGap, CourseRecommendation, DevelopmentHours, PerformanceEvaluation } from '../profile/profile.graphql.ts';

export interface TeamMember {
  id: string;
  name: string;
  nip: string;
  position: { id: string; name: string; kind: string };
  workUnit: { id: string; name: string };
  competencyGaps: CompetencyGap[];
  jpByYear: DevelopmentHours[];
  performanceEvaluations: Pick<PerformanceEvaluation, 'id' | 'year' | 'period' | 'predikat'>[];
  talentBox: { box: number } | null;
  recommendedCourses: Pick<CourseRecommendation, 'gapClosed' | 'course' | 'closes'>[];
}

export interface TeamSupervisor {
  id: string;
  name: string;
  position: { id: string; name: string; kind: string };
  workUnit: { id: string; name: string };
  directReports: TeamMember[];
}

export interface TeamData {
  employee?: TeamSupervisor;
}

export interface TeamVariables {
  id: string | null;
  /** False without a supervisor: nothing is asked of the API. */
  run: boolean;
  [key: string]: unknown;
}

/** A supervisor and their direct reports with what the team page needs of each. */
export const TEAM_QUERY = gql`
  query Team($id: ID, $run: Boolean!) {
    __typename
    employee(id: $id) @include(if: $run) {
      id
      name
      position {
        id
        name
        kind
      }
      workUnit {
        id
        name
      }
      directReports {
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
        jpByYear {
          year
          jp
          completedTrainings
          meetsTarget
        }
        performanceEvaluations {
          id
          year
          period
          predikat
        }
        talentBox {
          box
        }
        recommendedCourses(first: 1) {
          gapClosed
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
      }
    }
  }
`;
