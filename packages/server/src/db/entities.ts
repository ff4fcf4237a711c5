import { Account } from '../modules/auth/account.entity.js';
import { AuthToken } from '../modules/auth/auth-token.entity.js';
import { SignInThrottle } from '../modules/auth/sign-in-throttle.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { CompetencyAssessment } from '../modules/assessment/competency-assessment.entity.js';
import { PotentialAssessment } from '../modules/assessment/potential-assessment.entity.js';
import { CompetencyLevel } from '../modules/competency/competency-level.entity.js';
import { Competency, CompetencyGroup } from '../modules/competency/competency.entity.js';
import { Employee } from '../modules/employee/employee.entity.js';
import { ImportJob } from '../modules/import/import-job.entity.js';
import { PerformanceEvaluation } from '../modules/performance/performance-evaluation.entity.js';
import { PositionRequirement } from '../modules/position/position-requirement.entity.js';
import { Position } from '../modules/position/position.entity.js';
import { Course, CourseCompetency } from '../modules/training/course.entity.js';
import { TrainingProvider } from '../modules/training/training-provider.entity.js';
import { TrainingRecord } from '../modules/training/training-record.entity.js';
import { WorkUnit } from '../modules/work-unit/work-unit.entity.js';

/** Every entity of the competency graph, listed once (no folder scanning: it works the same under tsx, vitest and tsc). */
export const ENTITIES = [
  WorkUnit,
  Position,
  PositionRequirement,
  CompetencyGroup,
  Competency,
  CompetencyLevel,
  Employee,
  CompetencyAssessment,
  PotentialAssessment,
  TrainingProvider,
  Course,
  CourseCompetency,
  TrainingRecord,
  PerformanceEvaluation,
  ImportJob,
  Account,
  AuthToken,
  SignInThrottle,
  AuditEvent,
];
