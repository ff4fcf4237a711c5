import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { withDeadline } from './modules/access/deadline.js';
import { guardSchema } from './modules/access/guard.js';
import { EmployeeAccessResolver } from './modules/access/access.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { AnalyticsResolver } from './modules/analytics/analytics.resolver.js';
import {
  CompetencyAssessmentResolver,
  CompetencyGapResolver,
  CurrentCompetencyResolver,
  PotentialAssessmentResolver,
} from './modules/assessment/assessment.resolver.js';
import { CompetencyGroupResolver, CompetencyResolver } from './modules/competency/competency.resolver.js';
import { EmployeeResolver } from './modules/employee/employee.resolver.js';
import { ImportJobResolver } from './modules/import/import.resolver.js';
import { PerformanceEvaluationResolver } from './modules/performance/performance.resolver.js';
import { PositionRequirementResolver, PositionResolver } from './modules/position/position.resolver.js';
import { CourseCompetencyResolver, CourseResolver, TrainingProviderResolver, TrainingRecordResolver } from './modules/training/training.resolver.js';
import { WorkUnitResolver } from './modules/work-unit/work-unit.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const RESOLVERS: NonEmptyArray<Function> = [
  WorkUnitResolver,
  PositionResolver,
  PositionRequirementResolver,
  CompetencyResolver,
  CompetencyGroupResolver,
  EmployeeResolver,
  CompetencyAssessmentResolver,
  PotentialAssessmentResolver,
  CurrentCompetencyResolver,
  CompetencyGapResolver,
  CourseResolver,
  CourseCompetencyResolver,
  TrainingProviderResolver,
  TrainingRecordResolver,
  PerformanceEvaluationResolver,
  AnalyticsResolver,
  ImportJobResolver,
  AuthResolver,
  AuditResolver,
  EmployeeAccessResolver,
];

/** Builds the executable schema from the resolvers (code first). */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false });
  // type-graphql gives no way to describe the root types; the SDL documents them too.
  const query = schema.getQueryType();
  if (query) query.description = 'Reads of the competency graph of the ASN of Kota Palembang.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Changes to the competency graph: each one validated and written in one transaction.';
  return guardSchema(withDeadline(schema));
}

export const SCHEMA_BANNER = '# Generated from the server code by `pnpm schema:emit`. Do not edit: change the code and emit again.\n\n';

/** The SDL as committed in `schema/schema.graphql`: sorted, with the banner. */
export function printAppSchema(schema: GraphQLSchema): string {
  return SCHEMA_BANNER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
