import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { likePattern, paginateQuery } from '../../common/paginate.js';
import { Competency } from '../competency/competency.entity.js';
import { OrderDirection, type Page } from '../../common/pagination.js';
import { notVisible, type Access } from '../access/access.js';
import type { Release } from '../access/pseudonymity.js';
import { workUnitService } from '../work-unit/work-unit.service.js';
import type { PositionKind } from '../position/position.entity.js';
import { Employee, type EmployeeStatus } from './employee.entity.js';

export enum EmployeeOrderField {
  ID = 'ID',
  NAME = 'NAME',
  NIP = 'NIP',
}

export interface EmployeeFilter {
  /** Employees of this unit and of every unit below it. */
  workUnitId?: number | null;
  /** Employees of exactly this unit, not of the units below it. */
  exactWorkUnitId?: number | null;
  status?: EmployeeStatus | null;
  golongan?: string | null;
  positionKind?: PositionKind | null;
  /** Part of the name, or the start of the NIP. */
  search?: string | null;
  /** Employees whose current level on this competency (by code) is below their jabatan's standard. */
  belowStandardOn?: string | null;
  orderBy?: { field: EmployeeOrderField; direction: OrderDirection } | null;
}

/** The cursor of a pseudonymised list: the pseudonym of the last row, which its reader already sees. */
const PSEUDONYM_CURSOR = /^p:(P-[0-9A-F]{10})$/;
const pseudonymCursor = (pseudonym: string) => Buffer.from(`p:${pseudonym}`).toString('base64url');
function readPseudonymCursor(cursor: string): string {
  const match = PSEUDONYM_CURSOR.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw DomainError.badInput('after', 'The cursor is not one this API gave out');
  return match[1];
}

/** Employees whose current level on a competency (by code) is below their jabatan's standard, as SQL on `e`. */
async function belowStandard(em: SqlEntityManager, code: string): Promise<[string, number[]]> {
  const competency = await em.findOne(Competency, { code });
  if (!competency) throw DomainError.badInput('belowStandardOn', `There is no competency with code ${code}`);
  return [
    `exists (select 1 from position_requirement r join current_competency c on c.employee_id = e.id and c.competency_id = r.competency_id
              where r.position_id = e.position_id and r.competency_id = ? and c.level < r.required_level)`,
    [competency.id],
  ];
}

const ORDER_COLUMN: Record<EmployeeOrderField, 'id' | 'name' | 'nip'> = { ID: 'id', NAME: 'name', NIP: 'nip' };

/** Reads employees. */
export const employeeService = {
  /**
   * One employee by id (a pseudonym from roles that see employees pseudonymised) or by NIP, if the
   * viewer may see them. An employee that does not exist and one out of the viewer's sight get the
   * same answer (NOT_FOUND, same message), so the answer does not confirm that an id or NIP exists.
   */
  async findVisible(em: SqlEntityManager, access: Access, key: { id: string } | { nip: string }): Promise<Employee> {
    const what = 'id' in key ? `Employee ${key.id}` : `Employee with NIP ${key.nip}`;
    const id = 'id' in key ? access.employeeIdOf(key.id) : null;
    const employee = 'id' in key
      ? id === null ? null : await em.findOne(Employee, id)
      : await em.findOne(Employee, { nip: key.nip.replace(/\s+/g, '') });
    if (!employee || (await access.visibility(employee.id, employee.workUnit.id)) === 'NONE') throw notVisible(what);
    return employee;
  },

  /**
   * A page of employees for a role that sees them pseudonymised, from the release (pseudonymity.ts):
   * in pseudonym order, a filter matching only what a row shows, the cursor the last pseudonym.
   */
  async listPseudonymised(em: SqlEntityManager, release: Release, filter: EmployeeFilter, page: { limit: number; after: string | null }): Promise<Page<Employee>> {
    let rows = release.matching({ status: filter.status, golongan: filter.golongan, positionKind: filter.positionKind, topWorkUnit: filter.workUnitId });
    if (filter.belowStandardOn && rows.length) {
      const [condition, params] = await belowStandard(em, filter.belowStandardOn);
      const below = await em.getConnection().execute<{ id: number }[]>(`select e.id from employee e where e.id = any(?::int[]) and ${condition}`, [
        `{${rows.map((r) => r.id).join(',')}}`,
        ...params,
      ]);
      const ids = new Set(below.map((r) => Number(r.id)));
      rows = rows.filter((r) => ids.has(r.id));
    }
    const after = page.after === null ? null : readPseudonymCursor(page.after);
    let start = 0;
    if (after !== null) {
      // First row after the cursor's pseudonym (rows are in pseudonym order): binary search.
      let high = rows.length;
      while (start < high) {
        const middle = (start + high) >> 1;
        if (rows[middle].pseudonym <= after) start = middle + 1;
        else high = middle;
      }
    }
    const slice = rows.slice(start, start + page.limit + 1);
    const shown = slice.slice(0, page.limit);
    const entities = new Map((await em.find(Employee, { id: { $in: shown.map((r) => r.id) } })).map((e) => [e.id, e]));
    const pseudonyms = new Map(shown.map((r) => [r.id, r.pseudonym]));
    return {
      nodes: shown.map((r) => entities.get(r.id)).filter((e): e is Employee => e !== undefined),
      count: async () => rows.length,
      hasNextPage: slice.length > page.limit,
      afterId: after === null ? null : 0,
      cursorOf: (e) => pseudonymCursor(pseudonyms.get(e.id)!),
    };
  },

  /** A page of employees; `scope` is the viewer's (Access.employeeWhere), null for everyone. */
  async list(
    em: SqlEntityManager,
    filter: EmployeeFilter,
    page: { limit: number; afterId: number | null; afterKey?: string },
    scope: FilterQuery<Employee> | null,
  ): Promise<Page<Employee>> {
    const where: FilterQuery<Employee> = {};
    if (filter.workUnitId) where.workUnit = { $in: await workUnitService.subtreeIds(em, filter.workUnitId) };
    if (filter.exactWorkUnitId) where.workUnit = filter.exactWorkUnitId;
    if (filter.status) where.status = filter.status;
    if (filter.golongan) where.golongan = filter.golongan;
    if (filter.positionKind) where.position = { kind: filter.positionKind };
    const search = filter.search?.trim();
    if (search) {
      const name = likePattern(search); // refuses a search longer than MAX_SEARCH_LENGTH, NIP digits too
      const digits = search.replace(/\s+/g, '');
      where.$or = /^\d+$/.test(digits) ? [{ nip: { $like: `${digits}%` } }] : [{ name: { $ilike: name } }];
    }
    const qb = em.createQueryBuilder(Employee, 'e').where(scope ? { $and: [where, scope] } : where);
    if (filter.belowStandardOn) qb.andWhere(...(await belowStandard(em, filter.belowStandardOn)));
    const column = ORDER_COLUMN[filter.orderBy?.field ?? EmployeeOrderField.ID];
    const descending = filter.orderBy?.direction === OrderDirection.DESC;
    if (column === 'id' && !descending) return paginateQuery(qb, page);

    // Keyset on (column, id): the cursor carries the column's value of the last record.
    const pageQb = qb.clone();
    if (page.afterId !== null) {
      const op = descending ? '<' : '>';
      if (column === 'id') pageQb.andWhere(`e.id ${op} ?`, [page.afterId]);
      else {
        if (page.afterKey === undefined) throw DomainError.badInput('after', 'This cursor belongs to a list in another order');
        pageQb.andWhere(`(e.${column}, e.id) ${op} (?, ?)`, [page.afterKey, page.afterId]);
      }
    }
    const direction = descending ? 'desc' : 'asc';
    const rows = await pageQb.orderBy({ [column]: direction, id: direction } as never).limit(page.limit + 1).getResultList();
    return {
      nodes: rows.slice(0, page.limit),
      count: () => qb.clone().getCount(),
      hasNextPage: rows.length > page.limit,
      afterId: page.afterId,
      cursorKey: column === 'id' ? undefined : (e) => String(e[column]),
    };
  },
};
