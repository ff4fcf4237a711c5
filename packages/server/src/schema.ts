import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CompetencyResolver } from './modules/competency/competency.resolver.js';
import { EmployeeResolver } from './modules/employee/employee.resolver.js';
import { PositionRequirementResolver, PositionResolver } from './modules/position/position.resolver.js';
import { WorkUnitResolver } from './modules/work-unit/work-unit.resolver.js';

/** Builds the executable schema from the resolvers (code first). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [WorkUnitResolver, EmployeeResolver, PositionResolver, PositionRequirementResolver, CompetencyResolver],
    validate: false,
  });
}

export const SCHEMA_BANNER = '# Generated from the server code by `pnpm schema:emit`. Do not edit: change the code and emit again.\n\n';

/** The SDL as committed in `schema/schema.graphql`: sorted, with the banner. */
export function printAppSchema(schema: GraphQLSchema): string {
  return SCHEMA_BANNER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
