import {
  defaultFieldResolver,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { LoaderRegistry } from '../../common/loaders.js';
import type { RequestContext } from '../../context.js';
import { Role } from '../auth/account.entity.js';
import { auditService } from '../audit/audit.service.js';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import { readLog } from '../audit/read-audit.js';
import { IDENTIFYING_FIELDS, NAMED_FIELDS, UNGENERALISED_FIELDS, type Access, type Visibility } from './access.js';
import { QUASI_IDENTIFIERS, type QuasiIdentifier } from './pseudonymity.js';
import { admits, DEFAULT_RULE, POLICY, type OperationRule } from './policy.js';

/**
 * Types whose every object belongs to one employee (through its `employee` field) and is as
 * personal as the employee: they pass the same check. A schema test keeps this list complete.
 */
export const OWNED_TYPES = new Set([
  'CompetencyAssessment',
  'PotentialAssessment',
  'TrainingRecord',
  'PerformanceEvaluation',
  'EmployeeHours',
  'TalentCandidate',
  'PlannedTraining',
]);
/**
 * Owned types whose employee a LEADERSHIP viewer may see by name (the lists the brief asks leaders
 * to act on), and the only fields of them such a viewer gets.
 */
const NAMED_LISTS = new Map([['TalentCandidate', new Set(['employee', 'box', 'predikat'])]]);

function forbidden(message: string): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, message);
}

function ruleOf(info: GraphQLResolveInfo): OperationRule {
  const rules = info.parentType.name === 'Mutation' ? POLICY.Mutation : POLICY.Query;
  return rules[info.fieldName] ?? DEFAULT_RULE;
}

/** The employee behind an object the guard checks, or null when the object is not personal. */
function ownerOf(typeName: string, value: unknown): { id: number; workUnitId?: number | null } | null {
  const object = value as { id?: unknown; employee?: { id?: unknown; workUnit?: { id?: unknown } } };
  if (typeName === 'Employee') {
    const unit = (value as { workUnit?: { id?: unknown } }).workUnit?.id;
    return { id: Number(object.id), workUnitId: unit === undefined ? undefined : Number(unit) };
  }
  if (!OWNED_TYPES.has(typeName) || !object.employee) return null;
  const unit = object.employee.workUnit?.id;
  return { id: Number(object.employee.id), workUnitId: unit === undefined ? undefined : Number(unit) };
}

async function visibilityOf(access: Access, typeName: string, value: unknown): Promise<Visibility | null> {
  const owner = ownerOf(typeName, value);
  if (!owner) return null;
  if (NAMED_LISTS.has(typeName) && access.role === Role.LEADERSHIP) access.named.add(owner.id);
  const visibility = await access.visibility(owner.id, owner.workUnitId);
  // An aggregate narrowed to a unit lists a pseudonymised individual only if their row shows that unit.
  if (visibility === 'PSEUDONYMOUS' && !(await access.listedInAggregate(owner.id))) return 'NONE';
  return visibility;
}

/** Whether a value may appear: an employee unless NONE; an employee's record only when the employee is seen in full or pseudonymised (or by name, in the named lists). */
function shows(typeName: string, visibility: Visibility | null): boolean {
  if (visibility === null || visibility === 'FULL' || visibility === 'PSEUDONYMOUS') return true;
  if (visibility === 'NAMED') return typeName === 'Employee' || NAMED_LISTS.has(typeName);
  return false;
}

/**
 * What a field's value may contain: out-of-scope employees and records are dropped from lists, and
 * refused (null with a FORBIDDEN error) when single. Values of other types pass untouched, at once.
 */
async function screen(access: Access, type: GraphQLOutputType, value: unknown, field: string): Promise<unknown> {
  const typeName = getNamedType(type).name;
  // The holders of one exact jabatan would single out whoever holds it (docs/security.md, "Pseudonymised rows").
  if (field === 'Position.holders' && access.pseudonymises) {
    throw forbidden(`${field}: your role sees employees pseudonymised, with the kind of their jabatan only; list employees by positionKind instead`);
  }
  if (value === null || value === undefined || (typeName !== 'Employee' && !OWNED_TYPES.has(typeName))) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner) && Array.isArray(value)) {
    const visible = await Promise.all(value.map((item) => visibilityOf(access, typeName, item)));
    return value.filter((_, i) => shows(typeName, visible[i]));
  }
  if (!shows(typeName, await visibilityOf(access, typeName, value))) throw forbidden(`${field}: this record is outside what your role may see`);
  return value;
}

/** Field-level rules inside a record of an employee seen by name only (a candidate list, for LEADERSHIP). */
async function checkNamedListField(access: Access, typeName: string, root: unknown, field: string): Promise<void> {
  const allowed = NAMED_LISTS.get(typeName);
  if (!allowed || allowed.has(field)) return;
  if ((await visibilityOf(access, typeName, root)) === 'NAMED') throw forbidden(`${typeName}.${field} is withheld from your role`);
}

const isQuasiIdentifier = (field: string): field is QuasiIdentifier => (QUASI_IDENTIFIERS as readonly string[]).includes(field);

/** Field-level rules inside an employee the viewer may see partly. */
async function checkEmployeeField(access: Access, root: unknown, field: string): Promise<void> {
  const owner = ownerOf('Employee', root);
  if (!owner) return;
  const visibility = await access.visibility(owner.id, owner.workUnitId);
  if (visibility === 'FULL') return;
  if (visibility === 'PSEUDONYMOUS') {
    if (IDENTIFYING_FIELDS.has(field)) throw forbidden(`Employee.${field} is withheld from your role (ask for pseudonym instead)`);
    if (UNGENERALISED_FIELDS.has(field)) {
      const instead = field === 'position' ? 'positionKind' : field === 'workUnit' ? 'topWorkUnit' : null;
      throw forbidden(`Employee.${field} is withheld from your role, which sees employees pseudonymised${instead ? ` (ask for ${instead} instead)` : ''}`);
    }
    if (isQuasiIdentifier(field) && !(await access.shows(owner.id, field))) {
      throw forbidden(`Employee.${field} is withheld on this row: fewer than 5 employees share it with what the row shows (k-anonymity)`);
    }
    return;
  }
  if (visibility === 'NAMED' && NAMED_FIELDS.has(field)) return;
  throw forbidden(`Employee.${field} is withheld from your role`);
}

/** How a write's target was named by the caller, for a refusal that says no more than they gave. */
function targetName(args: Record<string, unknown>): string {
  const input = (args.input ?? {}) as Record<string, unknown>;
  return input.trainingRecordId !== undefined ? `Training record ${String(input.trainingRecordId)}` : `Employee ${String(input.employeeId)}`;
}

/** Ids of the records a mutation's payload holds, for the audit trail. */
function affectedOf(payload: unknown, args: Record<string, unknown>): Array<{ type: string; id: number }> {
  const affected: Array<{ type: string; id: number }> = [];
  const input = (args.input ?? {}) as Record<string, unknown>;
  if (input.employeeId) affected.push({ type: 'Employee', id: Number(input.employeeId) });
  if (payload && typeof payload === 'object') {
    for (const value of Object.values(payload)) {
      const id = (value as { id?: unknown } | null)?.id;
      if (value && typeof value === 'object' && id !== undefined && Number.isFinite(Number(id))) {
        const type = value.constructor.name;
        if (!affected.some((a) => a.type === type && a.id === Number(id))) affected.push({ type, id: Number(id) });
      }
    }
  }
  return affected;
}

/** Runs a mutation in one transaction with its audit row: both are written, or neither. */
async function auditedMutation(context: RequestContext, info: GraphQLResolveInfo, args: Record<string, unknown>, next: () => Promise<unknown>) {
  const outer = { em: context.em, loaders: context.loaders };
  try {
    return await outer.em.transactional(async (tx) => {
      context.em = tx;
      context.loaders = new LoaderRegistry(tx);
      const result = await next();
      await auditService.record(tx, context, { operation: info.fieldName, outcome: AuditOutcome.SUCCESS, affected: affectedOf(result, args), input: args });
      return result;
    });
  } catch (error) {
    await auditService.record(outer.em, context, { operation: info.fieldName, outcome: AuditOutcome.FAILED, affected: affectedOf(null, args), input: args });
    throw error;
  } finally {
    context.em = outer.em;
    context.loaders = outer.loaders;
  }
}

/** Mutations that write their own audit rows (they have no viewer yet, or must survive a rollback). */
const SELF_AUDITED = new Set(['login', 'logout']);

/**
 * The access guard, wrapped around every field that can carry or lead to personal data (see
 * `guardSchema`), so no resolver can forget it:
 * 1. root fields: the caller's role must be in the field's rule (POLICY, deny by default), and for
 *    scoped writes the target employee must be in the caller's scope; mutations run in one
 *    transaction with their audit row;
 * 2. fields of an employee: identifying fields are withheld from pseudonymous and named views;
 * 3. any value that is an employee or an employee's record: out-of-scope ones are dropped from
 *    lists, and refused (null with a FORBIDDEN error) when single.
 */
export const accessGuard: MiddlewareFn<RequestContext> = async ({ root, args, context, info }, next) => {
  const { access } = context;
  const parent = info.parentType.name;
  const rule = parent === 'Query' || parent === 'Mutation' ? ruleOf(info) : null;
  if (rule) {
    const denied = () =>
      auditService.record(context.em, context, { operation: info.fieldName, outcome: AuditOutcome.DENIED, affected: deniedSubjects(info, args), input: args, lazy: parent === 'Query' });
    if (parent === 'Query') readLog.root(context, String(info.path.key), info.fieldName, rule.auditRead ?? 'READ_LIST');
    if (!admits(rule.audience, access.role)) {
      await denied();
      if (!access.viewer) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in first (login), or send a token as Authorization: Bearer');
      throw forbidden(`${info.fieldName} is not available to the role ${access.role}`);
    }
    if (rule.target && access.role !== Role.ADMIN) {
      const target = await rule.target(args, context.em);
      if (target !== null) {
        await access.requireFull(target, targetName(args)).catch(async (error: unknown) => {
          await denied();
          throw error;
        });
      }
    }
    if (parent === 'Query') {
      // A read refused for scope (an employee outside it) is as much a denial as one refused for role.
      // Out of scope answers NOT_FOUND, like a record that does not exist (no existence oracle), so
      // both are recorded for personal records: the trail tells them apart, the caller cannot.
      try {
        return noteRead(context, info, await guardedValue(context, info, args, next), Boolean(rule.auditRead));
      } catch (error) {
        if (error instanceof DomainError && (error.code === ErrorCode.FORBIDDEN || (error.code === ErrorCode.NOT_FOUND && isPersonal(info.returnType)))) await denied();
        throw error;
      }
    }
  } else if (access.role === Role.ADMIN) {
    // ADMIN sees everyone in full: nothing below the root fields to check, only the reads to note.
    return noteRead(context, info, await next());
  } else if (parent === 'Employee') {
    await checkEmployeeField(access, root, info.fieldName);
  } else if (NAMED_LISTS.has(parent)) {
    await checkNamedListField(access, parent, root, info.fieldName);
  }
  return noteRead(context, info, await guardedValue(context, info, args, next));
};

/** A field's value, run as an audited mutation when it is one, and screened for the caller's scope. */
async function guardedValue(context: RequestContext, info: GraphQLResolveInfo, args: Record<string, unknown>, next: () => Promise<unknown>): Promise<unknown> {
  const parent = info.parentType.name;
  const result = parent === 'Mutation' && !SELF_AUDITED.has(info.fieldName) ? await auditedMutation(context, info, args, next) : await next();
  return context.access.role === Role.ADMIN ? result : screen(context.access, info.returnType, result, `${parent}.${info.fieldName}`);
}

/** Whether a field returns an employee or an employee's record. */
function isPersonal(type: GraphQLOutputType): boolean {
  const name = getNamedType(type).name;
  return name === 'Employee' || OWNED_TYPES.has(name);
}

/** The records a denied request aimed at: a mutation's input employee, or the record a query asked for by id. */
function deniedSubjects(info: GraphQLResolveInfo, args: Record<string, unknown>): Array<{ type: string; id: number }> {
  const subjects = affectedOf(null, args);
  const typeName = getNamedType(info.returnType).name;
  const id = Number(args.id);
  if ((typeName === 'Employee' || OWNED_TYPES.has(typeName)) && Number.isInteger(id)) subjects.push({ type: typeName, id });
  return subjects;
}

/**
 * Notes, for the audit trail, the employees whose records a query's field returns (after screening:
 * only what the caller gets). `readAuditPlugin` writes them as one row per root field.
 */
function noteRead(context: RequestContext, info: GraphQLResolveInfo, value: unknown, profile = false): unknown {
  const typeName = getNamedType(info.returnType).name;
  if (value === null || value === undefined || (typeName !== 'Employee' && !OWNED_TYPES.has(typeName))) return value;
  let top = info.path;
  while (top.prev) top = top.prev;
  if (top.typename !== 'Query') return value;
  const items = Array.isArray(value) ? value : [value];
  const ids = items.map((item) => ownerOf(typeName, item)?.id).filter((id): id is number => Number.isInteger(id));
  readLog.note(context, String(top.key), ids, profile);
  return value;
}

/** Whether a field needs the guard: a root field, a field of an employee or of a named list, or one whose value is personal. */
export function isGuarded(parent: string, returnType: GraphQLOutputType): boolean {
  const returned = getNamedType(returnType).name;
  return parent === 'Query' || parent === 'Mutation' || parent === 'Employee' || NAMED_LISTS.has(parent) || returned === 'Employee' || OWNED_TYPES.has(returned);
}

/**
 * Wraps the guard around every field of the schema that `isGuarded` names, decided by types when the
 * schema is built: a resolver added later is covered because of what it returns, not because it
 * remembered to ask. Other fields (scalars of reference data, the numbers of a heatmap) keep their
 * plain resolvers, so the large answers pay nothing for the guard.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isGuarded(type.name, field.type)) continue;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) =>
        accessGuard({ root, args, context, info }, async () => resolve(root, args, context, info));
    }
  }
  return schema;
}
