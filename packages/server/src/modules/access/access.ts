import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { Role } from '../auth/account.entity.js';
import type { Employee } from '../employee/employee.entity.js';
import { workUnitService } from '../work-unit/work-unit.service.js';
import { idOfPseudonym } from './pseudonym.js';
import { currentRelease, WITHHELD, type QuasiIdentifier, type Release } from './pseudonymity.js';

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
 * - PSEUDONYMOUS: a pseudonym instead of id, name, NIP and birth date; the generalised
 *   quasi-identifiers the row's class allows (pseudonymity.ts); no exact jabatan, unit or reporting
 *   lines (ANALYST);
 * - NAMED: name, jabatan and unit only (LEADERSHIP in the candidate lists; anyone for their own supervisor);
 * - NONE: nothing; the employee does not appear.
 */
export type Visibility = 'FULL' | 'PSEUDONYMOUS' | 'NAMED' | 'NONE';

/** Employee fields that identify a person, withheld from pseudonymous views. */
export const IDENTIFYING_FIELDS = new Set(['name', 'nip', 'birthDate']);
/**
 * Employee fields a pseudonymous view never shows besides those: the exact jabatan and unit (shown
 * generalised as `positionKind` and `topWorkUnit`) and the reporting lines, which would link rows.
 */
export const UNGENERALISED_FIELDS = new Set(['position', 'workUnit', 'supervisor', 'directReports']);
/** The only employee fields a NAMED view shows. */
export const NAMED_FIELDS = new Set(['id', 'name', 'position', 'positionKind', 'workUnit', 'topWorkUnit', 'pseudonym']);

/** Smallest group any role but ADMIN can see a figure of. */
export const MIN_GROUP_SIZE = 5;

function forbidden(message: string): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, message);
}

/**
 * The one answer for an employee (or an employee's record) asked for by id or NIP that does not
 * exist or that the viewer may not see: the same code and message either way, so a guessed NIP
 * (which encodes birth date, start of service and gender) is not confirmed by the error.
 */
export function notVisible(what: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what} does not exist or is outside what your role may see`);
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
  private releasePromise: Promise<Release> | null = null;
  /**
   * For pseudonymous viewers: the unit an aggregate of this request was narrowed to, when its answer
   * may list individuals (a talent matrix's candidates, the employees below 20 JP): 'SUB_UNIT' for a
   * unit below the top level, which no row shows, or the top-level unit.
   */
  private aggregateNarrowing: number | 'SUB_UNIT' | null = null;
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

  /** Whether the viewer sees other employees pseudonymised (ANALYST). */
  get pseudonymises(): boolean {
    return this.viewer?.role === Role.ANALYST;
  }

  /** What pseudonymised rows show, for this version of the data (loaded once per request). */
  release(): Promise<Release> {
    this.releasePromise ??= currentRelease(this.em, MIN_GROUP_SIZE);
    return this.releasePromise;
  }

  /**
   * Whether an individual may appear in this request's aggregate answer for a pseudonymous viewer: an
   * answer narrowed to a unit lists only rows that show that unit (a filter tests only what rows
   * show), and none for a sub-unit.
   */
  async listedInAggregate(employeeId: number): Promise<boolean> {
    if (this.aggregateNarrowing === null || !this.pseudonymises) return true;
    if (this.aggregateNarrowing === 'SUB_UNIT') return false;
    const release = await this.release();
    const row = release.row(employeeId);
    return release.shows(row, 'topWorkUnit') && row!.topWorkUnit === this.aggregateNarrowing;
  }

  /** Whether a pseudonymised row shows this generalised quasi-identifier. */
  async shows(employeeId: number, field: QuasiIdentifier): Promise<boolean> {
    if ((await this.visibility(employeeId)) !== 'PSEUDONYMOUS') return true;
    const release = await this.release();
    return release.shows(release.row(employeeId), field);
  }

  /**
   * The employee an id argument names, as this viewer may name them: a pseudonym for roles that see
   * employees pseudonymised (a database id from them names nobody, or ids and pseudonyms could be
   * matched), a database id for everyone else. Null when it names nobody.
   */
  employeeIdOf(value: string): number | null {
    if (this.pseudonymises) return idOfPseudonym(value);
    return /^\d{1,10}$/.test(value.trim()) && Number(value) <= 2 ** 31 - 1 ? Number(value) : null;
  }

  /**
   * A unit a list of employees or of their records is filtered by (`argument`): for roles that see
   * employees pseudonymised only a top-level unit, since rows show no finer unit and a filter may
   * test only what the rows show.
   */
  async assertUnitFilter(unitId: number | null | undefined, argument: string): Promise<void> {
    if (!unitId || !this.pseudonymises) return;
    if (await this.isSubUnit(unitId)) {
      throw forbidden(`${argument}: your role sees employees pseudonymised, with their top-level unit only, so lists of people can be filtered by a top-level unit (perangkat daerah) only`);
    }
  }

  /** Whether a unit exists and is below the top level. */
  private async isSubUnit(unitId: number): Promise<boolean> {
    const rows = await this.em.getConnection().execute<{ parent_id: number | null }[]>('select parent_id from work_unit where id = ?', [unitId]);
    return rows.length > 0 && rows[0].parent_id !== null;
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
      case Role.ANALYST: {
        const row = (await this.release()).row(employeeId);
        return row && row.level !== WITHHELD ? 'PSEUDONYMOUS' : 'NONE';
      }
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

  /**
   * Refuses unless the viewer may see this employee in full (the target of a write, for instance):
   * NOT_FOUND, alike for an employee that does not exist and one the viewer may not see at all
   * (`what` names what was asked for, in the asker's own words); FORBIDDEN for one the viewer sees
   * but may not change (their own supervisor, by name).
   */
  async requireFull(employeeId: number, what = 'The employee'): Promise<void> {
    if (this.viewer?.role === Role.ADMIN) return;
    const visibility = await this.visibility(employeeId);
    if (visibility === 'NONE') throw notVisible(what);
    if (visibility !== 'FULL') throw forbidden(`${what} is outside what your role may change`);
  }

  /**
   * The unit an aggregate is computed over, checked against the role: a SUPERVISOR sees only their
   * own unit's subtree (the default when they name none); EMPLOYEE sees no aggregates (refused
   * earlier, by the policy); everyone else may ask for any unit.
   */
  async aggregateUnit(requested: string | null | undefined): Promise<string | null | undefined> {
    const viewer = this.requireViewer();
    if (this.pseudonymises && requested) this.aggregateNarrowing = (await this.isSubUnit(Number(requested) || 0)) ? 'SUB_UNIT' : Number(requested);
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
