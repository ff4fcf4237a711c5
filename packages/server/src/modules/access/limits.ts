import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getDirectiveValues, getVariableValues } from 'graphql/execution/values.js';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { MAX_SEARCH_LENGTH } from '../../common/paginate.js';
import { DEFAULT_PAGE_SIZE } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { Role } from '../auth/account.entity.js';
import { FIELD_WEIGHTS, LIST_BOUNDS, searchWeight, TYPE_WEIGHTS } from './cost-model.js';
import { ExpensiveRequestLimiter, type ExpensiveLimits } from './expensive-limiter.js';

/** The query limits; the numbers and their reasons are in docs/security.md. Each is a setting (config.ts). */
export interface QueryLimits {
  /** Deepest nesting of fields. */
  maxDepth: number;
  /** Most aliased fields in one request. */
  maxAliases: number;
  /** Most lexical tokens in one document (enforced by the parser, before anything else). */
  maxTokens: number;
  /** Most cost one request may have (QUERY_MAX_COST). */
  maxCost: number;
  /** The per-account budget: a leaky bucket of this capacity, refilled at this rate (QUERY_BUDGET_CAPACITY, QUERY_BUDGET_REFILL). */
  budgetCapacity: number;
  budgetRefillPerSecond: number;
  /** A request of at least this cost is expensive (EXPENSIVE_QUERY_COST): it runs under `expensive` and on the database's heavy pool. */
  expensiveCost: number;
  /** How many expensive requests run at once, per account and in all, and how long the others wait. */
  expensive: ExpensiveLimits;
  /** After this long a query's remaining fields stop and it answers TIMEOUT (REQUEST_DEADLINE_MS). */
  requestDeadlineMs: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxCost: 300_000,
  budgetCapacity: 2_000_000,
  budgetRefillPerSecond: 20_000,
  expensiveCost: 10_000,
  expensive: { perAccount: 1, inFlight: 2, queueLength: 4, maxWaitMs: 15_000 },
  requestDeadlineMs: 15_000,
};

/** Roles that may read the schema by introspection: those who write their own queries. */
const INTROSPECTION_ROLES = new Set<Role | null>([Role.ANALYST, Role.ADMIN]);
/** Lists the cost model has no bound for (a schema test keeps this from happening) count as this long. */
const UNKNOWN_LIST_LENGTH = 100;

export interface QueryMeasure {
  depth: number;
  aliases: number;
  cost: number;
  introspection: boolean;
  /** A `search` argument longer than MAX_SEARCH_LENGTH, if any. */
  searchTooLong: boolean;
}

function reject(code: ErrorCode, message: string, status: number, field?: string): GraphQLError {
  return new GraphQLError(message, { originalError: new DomainError(code, message, field), extensions: { code, http: { status } } });
}

function skipped(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, variables: Record<string, unknown>): boolean {
  try {
    return getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true || getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false;
  } catch {
    return false; // an invalid condition: execution refuses it
  }
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {}; // a missing or invalid argument: execution refuses the field before it runs
  }
}

/**
 * The request's variables as execution will see them: coerced by graphql-js itself, defaults
 * included, so a default like `$n: Int = 100` is costed as 100.
 */
function variablesOf(schema: GraphQLSchema, operation: OperationDefinitionNode, inputs: Record<string, unknown>): Record<string, unknown> {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], inputs, { maxErrors: 1 });
  return 'coerced' in result && result.coerced ? result.coerced : {};
}

/**
 * Measures an operation: its depth, its aliases, whether it introspects, and its cost, with its
 * arguments and variables coerced as execution will see them (defaults included). An object field
 * costs 1 (an employee 10, `TYPE_WEIGHTS`) plus what it selects plus its weight (cost-model.ts: recomputations, the planner, dashboards
 * over raw history, searches); a list multiplies that by its `first` (a page's default when absent),
 * or by its bound in `LIST_BOUNDS` when it takes no `first`; a connection's `nodes` and `edges` are
 * counted by the connection's `first`; a dashboard's `first` bounds the lists inside it; scalars cost
 * nothing. Fragments are expanded (graphql-js has already refused cycles).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown> = {},
): QueryMeasure {
  const variables = variablesOf(schema, operation, inputs);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const measure: QueryMeasure = { depth: 0, aliases: 0, cost: 0, introspection: false, searchTooLong: false };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, depth: number, enclosingFirst: number | undefined, parentArgs: Record<string, unknown>): number => {
    measure.depth = Math.max(measure.depth, depth);
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (skipped(selection, variables)) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : parent;
        cost += walk(selection.selectionSet, type ?? parent, depth, enclosingFirst, parentArgs);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && (schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType);
        if (fragment && type) cost += walk(fragment.selectionSet, type, depth, enclosingFirst, parentArgs);
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
      const key = `${parent.name}.${name}`;
      const args = argumentsOf(field, selection, variables);
      const search = typeof args.search === 'string' ? args.search.trim() : '';
      if (search.length > MAX_SEARCH_LENGTH) measure.searchTooLong = true;
      const weight = (FIELD_WEIGHTS[key]?.(args) ?? 0) + (search ? searchWeight(search) : 0);
      const named = getNamedType(field.type);
      if (!selection.selectionSet || !isCompositeType(named)) {
        measure.depth = Math.max(measure.depth, depth + 1);
        cost += weight;
        continue;
      }
      const takesFirst = field.args.some((a) => a.name === 'first');
      const first = typeof args.first === 'number' ? args.first : undefined;
      const isList = isListType(getNullableType(field.type));
      const isPage = takesFirst && (isList || named.name.endsWith('Connection'));
      // A dashboard's `first` (how many per list) bounds the lists inside it, not the dashboard.
      // A connection's `nodes` keep the arguments of the field that returned the connection.
      const argsBelow = parent.name.endsWith('Connection') ? parentArgs : args;
      const inner = (TYPE_WEIGHTS[named.name] ?? 1) + walk(selection.selectionSet, named, depth + 1, takesFirst && !isPage ? first : enclosingFirst, argsBelow);
      let multiplier = 1;
      if (isPage) multiplier = Math.max(1, first ?? DEFAULT_PAGE_SIZE);
      else if (isList && !parent.name.endsWith('Connection')) {
        const bound = LIST_BOUNDS[key] ?? UNKNOWN_LIST_LENGTH;
        multiplier = typeof bound === 'function' ? bound({ args, parentArgs, enclosingFirst }) : bound;
      }
      cost += inner * multiplier + weight;
    }
    return cost;
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (root) measure.cost = Math.round(walk(operation.selectionSet, root, 0, undefined, {}));
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
    const level = this.levelOf(accountId, now);
    if (level + cost > this.capacity) {
      this.levels.set(accountId, { level, at: now });
      throw reject(ErrorCode.RATE_LIMITED, `Your query budget is spent (${Math.round(this.capacity - level)} of ${this.capacity} left, this query costs ${cost}): wait a little and try again`, 429);
    }
    this.levels.set(accountId, { level: level + cost, at: now });
    return Math.floor(this.capacity - level - cost);
  }

  /**
   * Pours `cost` in without refusing (a request refused by the limits still cost its refusal). The
   * bucket may overflow: the account is then refused (`assertLeft`) until it has drained below its
   * capacity, at most `cost / drainPerSecond` seconds (15 s for the largest request by default).
   */
  charge(accountId: number, cost: number): void {
    const now = this.now();
    this.levels.set(accountId, { level: this.levelOf(accountId, now) + cost, at: now });
  }

  /** Refuses an account whose budget is spent, before its request is even parsed. */
  assertLeft(accountId: number): void {
    if (this.levelOf(accountId, this.now()) >= this.capacity) {
      throw reject(ErrorCode.RATE_LIMITED, 'Your query budget is spent: wait a little and try again', 429);
    }
  }

  private levelOf(accountId: number, now: number): number {
    const previous = this.levels.get(accountId);
    return previous ? Math.max(0, previous.level - ((now - previous.at) / 1000) * this.drainPerSecond) : 0;
  }
}

/**
 * The query limits as an Apollo plugin, checked after validation and before execution, on every
 * request (Apollo caches validated documents, so role-dependent checks cannot be validation
 * rules): depth, aliases, introspection by role, `search` length, cost per request, and the
 * per-account budget. All of these refuse before any SQL runs. An expensive request then waits for
 * its turn (`ExpensiveRequestLimiter`) and runs on the database's heavy pool; every request gets its
 * deadline. The cost spent and left is reported in `extensions.cost`.
 */
export function queryLimitsPlugin(
  limits: QueryLimits,
  limiter = new ExpensiveRequestLimiter(limits.expensive),
  budget = new CostBudget(limits.budgetCapacity, limits.budgetRefillPerSecond),
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const measure = measureOperation(schema, document, operation, request.variables ?? {});
          const viewer = contextValue.access.viewer;
          // A refusal costs the account as much as the largest request: a stream of refused requests
          // soon meets the budget, which then refuses them before they are parsed (`assertLeft`).
          const refuse = (code: ErrorCode, message: string, status: number, field?: string) => {
            if (viewer) budget.charge(viewer.accountId, limits.maxCost);
            return reject(code, message, status, field);
          };
          if (measure.introspection && !INTROSPECTION_ROLES.has(contextValue.access.role)) {
            throw reject(ErrorCode.FORBIDDEN, 'Introspection is available to signed-in ANALYST and ADMIN accounts only', viewer ? 403 : 401);
          }
          if (measure.depth > limits.maxDepth) throw refuse(ErrorCode.QUERY_TOO_COMPLEX, `The query is ${measure.depth} levels deep; at most ${limits.maxDepth} are allowed`, 400);
          if (measure.aliases > limits.maxAliases) throw refuse(ErrorCode.QUERY_TOO_COMPLEX, `The query has ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed`, 400);
          if (measure.searchTooLong) throw refuse(ErrorCode.BAD_USER_INPUT, `search is at most ${MAX_SEARCH_LENGTH} characters`, 400, 'search');
          if (measure.cost > limits.maxCost) throw refuse(ErrorCode.QUERY_TOO_COMPLEX, `The query costs ${measure.cost}; at most ${limits.maxCost} per request (lower "first", or ask for less)`, 400);
          if (viewer) {
            const remaining = budget.spend(viewer.accountId, measure.cost);
            contextValue.cost = { requested: measure.cost, limit: limits.maxCost, remaining, capacity: limits.budgetCapacity };
            if (measure.cost >= limits.expensiveCost) {
              try {
                release = await limiter.acquire(viewer.accountId);
              } catch (error) {
                throw reject(ErrorCode.RATE_LIMITED, (error as Error).message, 429);
              }
              contextValue.useHeavyPool?.();
            }
          }
          contextValue.deadline = Date.now() + limits.requestDeadlineMs;
        },
        async willSendResponse({ response, contextValue }) {
          release?.();
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (contextValue.timedOut) {
            // One answer for the whole request, not one error per field that did not run.
            const message = `The request ran longer than ${limits.requestDeadlineMs / 1000} s and was stopped: ask for less`;
            response.body.singleResult = { data: null, errors: [{ message, extensions: { code: ErrorCode.TIMEOUT } }] };
            response.http.status = 503;
          }
          if (contextValue.cost) {
            response.body.singleResult.extensions = { ...result.extensions, cost: contextValue.cost };
          }
        },
      };
    },
  };
}
