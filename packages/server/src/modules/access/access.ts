import { createHmac } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { Role } from '../auth/account.entity.js';
import type { Employee } from '../employee/employee.entity.js';
import { workUnitService } from '../work-unit/work-unit.service.js';

/** The signed-in account behind a request, as read from its session or API token. */
export interface Viewer {
  accountId: number;
  username: string;
  displayName: string;
  role: Role;
  /** The person behind the account (SUPERVISOR and EMPLOYEE always have one). */
  employeeId: number | null;
  /** Their direct supervisor, whom they may see by name. */
  supervisorId: number | null;
  /** The unit of the person, or the PLANNER's unit: the root of what they see. */
  workUnitId: number | null;
  tokenId: number;
}

/**
 * How much of one employee a viewer may see:
 * - FULL: everything;
 * - PSEUDONYMOUS: everything but name, NIP and birth date (ANALYST);
 * - NAMED: name, jabatan and unit only (LEADERSHIP in the candidate lists; anyone for their own supervisor);
 * - NONE: nothing; the employee does not appear.
 */
export type Visibility = 'FULL' | 'PSEUDONYMOUS' | 'NAMED' | 'NONE';

/** Employee fields that identify a person, withheld from pseudonymous views. */
export const IDENTIFYING_FIELDS = new Set(['name', 'nip', 'birthDate']);
/** The only employee fields a NAMED view shows. */
export const NAMED_FIELDS = new Set(['id', 'name', 'position', 'workUnit', 'pseudonym']);

/** Smallest group any role but ADMIN can see a figure of. */
export const MIN_GROUP_SIZE = 5;

const PSEUDONYM_KEY = process.env.PSEUDONYM_KEY || 'kompetensi-palembang-pseudonym';

/** A stable pseudonym: the same employee gets the same one in every answer, and it cannot be reversed without the key. */
export function pseudonymOf(employeeId: number): string {
  return `P-${createHmac('sha256', PSEUDONYM_KEY).update(String(employeeId)).digest('hex').slice(0, 10).toUpperCase()}`;
}

function forbidden(message: string): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, message);
}

/**
 * The access rules of one request: who is asking and what they may see. Every read of personal
 * data passes here: list queries take `employeeWhere()`, and the guard (guard.ts) checks every
 * employee and employee-owned record on its way into a response. Scope sets are loaded once per request.
 */
export class Access {
  /** Employees a LEADERSHIP viewer may see by name, because they are in a candidate list of this response. */
  readonly named = new Set<number>();
  private readonly visibilityCache = new Map<number, Visibility>();
  private scopePromise: Promise<ReadonlySet<number> | null> | null = null;
  private unitLoader: DataLoader<number, number | null> | null = null;

  constructor(
    readonly viewer: Viewer | null,
    private readonly em: SqlEntityManager,
  ) {}

  /** The viewer, or UNAUTHENTICATED. */
  requireViewer(): Viewer {
    if (!this.viewer) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in first (login), or send a token as Authorization: Bearer');
    return this.viewer;
  }

  get role(): Role | null {
    return this.viewer?.role ?? null;
  }

  /**
   * The set the viewer's individual scope is made of: work unit ids for PLANNER (their subtree),
   * employee ids for SUPERVISOR (their reports, direct and indirect, and themselves) and EMPLOYEE
   * (themselves); null when the role's visibility does not depend on a set.
   */
  private scope(): Promise<ReadonlySet<number> | null> {
    this.scopePromise ??= this.loadScope();
    return this.scopePromise;
  }

  private async loadScope(): Promise<ReadonlySet<number> | null> {
    const viewer = this.viewer;
    if (!viewer) return new Set();
    switch (viewer.role) {
      case Role.PLANNER:
        return new Set(viewer.workUnitId ? await workUnitService.subtreeIds(this.em, viewer.workUnitId) : []);
      case Role.SUPERVISOR: {
        if (!viewer.employeeId) return new Set();
        const rows = await this.em.getConnection().execute<{ id: number }[]>(
          `with recursive reports as (select id from employee where id = ?
             union select e.id from employee e join reports r on e.supervisor_id = r.id)
           select id from reports`,
          [viewer.employeeId],
        );
        return new Set(rows.map((r) => Number(r.id)));
      }
      case Role.EMPLOYEE:
        return new Set(viewer.employeeId ? [viewer.employeeId] : []);
      default:
        return null;
    }
  }

  /** The condition every list of employees is read with; null when the viewer may list everyone. */
  async employeeWhere(): Promise<FilterQuery<Employee> | null> {
    const viewer = this.requireViewer();
    const scope = await this.scope();
    switch (viewer.role) {
      case Role.ADMIN:
      case Role.ANALYST:
        return null;
      case Role.PLANNER:
        return { workUnit: { $in: [...(scope ?? [])] } };
      case Role.SUPERVISOR:
      case Role.EMPLOYEE:
        return { id: { $in: [...(scope ?? [])] } };
      default:
        return { id: { $in: [] } };
    }
  }

  /** `where` limited to the records of employees the viewer may list (records with an `employee`). */
  async scopedToEmployees<T>(where: FilterQuery<T>): Promise<FilterQuery<T>> {
    const scope = await this.employeeWhere();
    return scope ? ({ $and: [where, { employee: scope }] } as FilterQuery<T>) : where;
  }

  /** Refuses searching or ordering by what identifies a person to roles that see people pseudonymised. */
  assertMayIdentify(what: string): void {
    if (this.viewer?.role === Role.ANALYST) throw forbidden(`${what}: your role sees employees pseudonymised, so it cannot search or order by name or NIP`);
  }

  /** How much of this employee the viewer may see. `workUnitId` saves a lookup when the caller has it. */
  async visibility(employeeId: number, workUnitId?: number | null): Promise<Visibility> {
    const known = this.visibilityCache.get(employeeId);
    if (known && !(known === 'NONE' && this.named.has(employeeId))) return known;
    const computed = await this.computeVisibility(employeeId, workUnitId);
    this.visibilityCache.set(employeeId, computed);
    return computed;
  }

  private async computeVisibility(employeeId: number, workUnitId?: number | null): Promise<Visibility> {
    const viewer = this.viewer;
    if (!viewer) return 'NONE';
    if (viewer.employeeId === employeeId) return 'FULL';
    const fallback: Visibility = viewer.supervisorId === employeeId || this.named.has(employeeId) ? 'NAMED' : 'NONE';
    switch (viewer.role) {
      case Role.ADMIN:
        return 'FULL';
      case Role.ANALYST:
        return 'PSEUDONYMOUS';
      case Role.PLANNER: {
        const units = (await this.scope()) ?? new Set();
        const unit = workUnitId ?? (await this.unitOf(employeeId));
        return unit !== null && units.has(unit) ? 'FULL' : fallback;
      }
      case Role.SUPERVISOR:
      case Role.EMPLOYEE:
        return (await this.scope())?.has(employeeId) ? 'FULL' : fallback;
      default:
        return fallback;
    }
  }

  /** The unit of an employee known only by id, batched: one query per level of the response. */
  private unitOf(employeeId: number): Promise<number | null> {
    this.unitLoader ??= new DataLoader(async (ids) => {
      const rows = await this.em.getConnection().execute<{ id: number; work_unit_id: number }[]>(
        'select id, work_unit_id from employee where id = any(?::int[])',
        [`{${ids.join(',')}}`],
      );
      const units = new Map(rows.map((r) => [Number(r.id), Number(r.work_unit_id)]));
      return ids.map((id) => units.get(id) ?? null);
    });
    return this.unitLoader.load(employeeId);
  }

  /** FORBIDDEN unless the viewer may see this employee in full (the target of a write, for instance). */
  async requireFull(employeeId: number): Promise<void> {
    if (this.viewer?.role === Role.ADMIN) return;
    if ((await this.visibility(employeeId)) !== 'FULL') throw forbidden(`Employee ${employeeId} is outside what your role may see or change`);
  }

  /**
   * The unit an aggregate is computed over, checked against the role: a SUPERVISOR sees only their
   * own unit's subtree (the default when they name none); EMPLOYEE sees no aggregates (refused
   * earlier, by the policy); everyone else may ask for any unit.
   */
  async aggregateUnit(requested: string | null | undefined): Promise<string | null | undefined> {
    const viewer = this.requireViewer();
    if (viewer.role !== Role.SUPERVISOR) return requested;
    if (!viewer.workUnitId) throw forbidden('Your account has no unit to show figures of');
    if (!requested) return String(viewer.workUnitId);
    const own = await workUnitService.subtreeIds(this.em, viewer.workUnitId);
    if (!own.includes(Number(requested))) throw forbidden('A supervisor sees the figures of their own unit and the units below it only');
    return requested;
  }

  /**
   * The unit whose people an answer lists (the training planner): a PLANNER plans for their own
   * subtree, a SUPERVISOR for their own unit's; other roles as their policy allows.
   */
  async planningUnit(requested: string): Promise<string> {
    const viewer = this.requireViewer();
    if (viewer.role === Role.PLANNER) {
      const units = (await this.scope()) ?? new Set();
      if (!units.has(Number(requested))) throw forbidden('A planner plans for their own unit and the units below it only');
      return requested;
    }
    return (await this.aggregateUnit(requested)) ?? requested;
  }

  /** The suppression threshold: ADMIN may lower it, nobody else below MIN_GROUP_SIZE. */
  minGroupSize(requested: number | null | undefined): number | null | undefined {
    if (this.viewer?.role === Role.ADMIN) return requested;
    return Math.max(MIN_GROUP_SIZE, requested ?? MIN_GROUP_SIZE);
  }
}
