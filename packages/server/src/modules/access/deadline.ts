import { defaultFieldResolver, getNamedType, isCompositeType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { DomainError, ErrorCode } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';

/**
 * Stops a query at its deadline (`context.deadline`, set by the limits plugin): every field that
 * returns an object or a list of objects, the fields that load, checks it before it runs; past it the
 * field throws TIMEOUT, nothing below it runs, and the limits plugin answers the request with one
 * TIMEOUT error. Scalar fields are not wrapped, so the large arrays of the analytics pay nothing.
 * Mutations are not stopped halfway: each runs in its transaction, bounded by the statement timeout.
 */
export function withDeadline(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isCompositeType(getNamedType(field.type))) continue;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: RequestContext, info) => {
        if (context.deadline !== undefined && Date.now() >= context.deadline && info.operation.operation === 'query') {
          context.timedOut = true;
          throw new DomainError(ErrorCode.TIMEOUT, 'The request ran past its deadline');
        }
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}
