import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DomainError, ErrorCode } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { Role } from '../auth/account.entity.js';

/** The query limits; the numbers and their reasons are in docs/security.md. */
export interface QueryLimits {
  /** Deepest nesting of fields. */
  maxDepth: number;
  /** Most aliased fields in one request. */
  maxAliases: number;
  /** Most lexical tokens in one document (enforced by the parser, before anything else). */
  maxTokens: number;
  /** Most cost one request may have. */
  maxCost: number;
  /** The per-account budget: a leaky bucket of this capacity, refilled at this rate. */
  budgetCapacity: number;
  budgetRefillPerSecond: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxCost: 25_000,
  budgetCapacity: 500_000,
  budgetRefillPerSecond: 5_000,
};

/** Lists without a `first` argument are assumed this long when costed. */
const ASSUMED_LIST_LENGTH = 10;
const DEFAULT_FIRST = 20;
/** Roles that may read the schema by introspection: those who write their own queries. */
const INTROSPECTION_ROLES = new Set<Role | null>([Role.ANALYST, Role.ADMIN]);

export interface QueryMeasure {
  depth: number;
  aliases: number;
  cost: number;
  introspection: boolean;
}

function reject(code: ErrorCode, message: string, status: number): GraphQLError {
  return new GraphQLError(message, { originalError: new DomainError(code, message), extensions: { code, http: { status } } });
}

function argumentValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

function skipped(node: FieldNode | { directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] }, variables: Record<string, unknown>): boolean {
  for (const directive of node.directives ?? []) {
    const condition = directive.arguments?.find((a) => a.name.value === 'if');
    const value = condition?.value.kind === Kind.BOOLEAN ? condition.value.value : argumentValue(condition?.value, variables);
    if (directive.name.value === 'skip' && value === true) return true;
    if (directive.name.value === 'include' && value === false) return true;
  }
  return false;
}

/**
 * Measures an operation: its depth, its aliases, whether it introspects, and its cost. An object
 * field costs 1 plus what it selects; a list multiplies that by its `first` (or by 10 when it has
 * none); a connection's `nodes` and `edges` are already counted by the connection's `first`;
 * scalars cost nothing. Fragments are expanded (graphql-js has already refused cycles).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const measure: QueryMeasure = { depth: 0, aliases: 0, cost: 0, introspection: false };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, depth: number): number => {
    measure.depth = Math.max(measure.depth, depth);
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (skipped(selection, variables)) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : parent;
        cost += walk(selection.selectionSet, type ?? parent, depth);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && (schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType);
        if (fragment && type) cost += walk(fragment.selectionSet, type, depth);
        continue;
      }
      const name = selection.name.value;
      if (selection.alias) measure.aliases += 1;
      if (name === '__schema' || name === '__type') {
        measure.introspection = true;
        continue;
      }
      // Unions have no fields of their own: their members are costed through inline fragments.
      const field = name.startsWith('__') || !('getFields' in parent) ? undefined : parent.getFields()[name];
      if (!field) continue;
      const named = getNamedType(field.type);
      if (!selection.selectionSet || !isCompositeType(named)) {
        measure.depth = Math.max(measure.depth, depth + 1);
        continue;
      }
      const inner = 1 + walk(selection.selectionSet, named, depth + 1);
      const firstArg = selection.arguments?.find((a) => a.name.value === 'first');
      const hasFirst = field.args.some((a) => a.name === 'first');
      const first = Number(argumentValue(firstArg?.value, variables) ?? (hasFirst ? DEFAULT_FIRST : NaN));
      const inConnection = parent.name.endsWith('Connection');
      const multiplier = hasFirst ? Math.max(1, first || DEFAULT_FIRST) : isListType(getNullableType(field.type)) && !inConnection ? ASSUMED_LIST_LENGTH : 1;
      cost += inner * multiplier;
    }
    return cost;
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (root) measure.cost = walk(operation.selectionSet, root, 0);
  return measure;
}

/** A leaky bucket per account: each request pours its cost in, the bucket drains at a steady rate. */
export class CostBudget {
  private readonly levels = new Map<number, { level: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly drainPerSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes `cost` from the account's budget, or throws RATE_LIMITED; returns what remains. */
  spend(accountId: number, cost: number): number {
    const now = this.now();
    const previous = this.levels.get(accountId) ?? { level: 0, at: now };
    const level = Math.max(0, previous.level - ((now - previous.at) / 1000) * this.drainPerSecond);
    if (level + cost > this.capacity) {
      this.levels.set(accountId, { level, at: now });
      throw reject(ErrorCode.RATE_LIMITED, `Your query budget is spent (${Math.round(this.capacity - level)} of ${this.capacity} left, this query costs ${cost}): wait a little and try again`, 429);
    }
    this.levels.set(accountId, { level: level + cost, at: now });
    return Math.floor(this.capacity - level - cost);
  }
}

/**
 * The query limits as an Apollo plugin, checked after validation and before execution, on every
 * request (Apollo caches validated documents, so role-dependent checks cannot be validation
 * rules): depth, aliases, introspection by role, cost per request, and the per-account budget.
 * The cost spent and left is reported in `extensions.cost`.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<RequestContext> {
  const budget = new CostBudget(limits.budgetCapacity, limits.budgetRefillPerSecond);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const measure = measureOperation(schema, document, operation, request.variables ?? {});
          if (measure.introspection && !INTROSPECTION_ROLES.has(contextValue.access.role)) {
            throw reject(ErrorCode.FORBIDDEN, 'Introspection is available to signed-in ANALYST and ADMIN accounts only', contextValue.access.viewer ? 403 : 401);
          }
          if (measure.depth > limits.maxDepth) throw reject(ErrorCode.QUERY_TOO_COMPLEX, `The query is ${measure.depth} levels deep; at most ${limits.maxDepth} are allowed`, 400);
          if (measure.aliases > limits.maxAliases) throw reject(ErrorCode.QUERY_TOO_COMPLEX, `The query has ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed`, 400);
          if (measure.cost > limits.maxCost) throw reject(ErrorCode.QUERY_TOO_COMPLEX, `The query costs ${measure.cost}; at most ${limits.maxCost} per request (lower "first", or ask for less)`, 400);
          const viewer = contextValue.access.viewer;
          if (viewer) {
            const remaining = budget.spend(viewer.accountId, measure.cost);
            contextValue.cost = { requested: measure.cost, limit: limits.maxCost, remaining, capacity: limits.budgetCapacity };
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (contextValue.cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: contextValue.cost };
          }
        },
      };
    },
  };
}
