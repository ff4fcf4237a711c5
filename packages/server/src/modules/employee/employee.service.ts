import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { likePattern, paginateQuery } from '../../common/paginate.js';
import { Competency } from '../competency/competency.entity.js';
import { OrderDirection, type Page } from '../../common/pagination.js';
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

const ORDER_COLUMN: Record<EmployeeOrderField, 'id' | 'name' | 'nip'> = { ID: 'id', NAME: 'name', NIP: 'nip' };

/** Reads employees. */
export const employeeService = {
  async get(em: SqlEntityManager, id: number): Promise<Employee> {
    const employee = await em.findOne(Employee, id);
    if (!employee) throw DomainError.notFound('Employee', id);
    return employee;
  },

  async byNip(em: SqlEntityManager, nip: string): Promise<Employee> {
    const employee = await em.findOne(Employee, { nip: nip.replace(/\s+/g, '') });
    if (!employee) throw DomainError.notFound('Employee with NIP', nip);
    return employee;
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
    if (filter.belowStandardOn) {
      const competency = await em.findOne(Competency, { code: filter.belowStandardOn });
      if (!competency) throw DomainError.badInput('belowStandardOn', `There is no competency with code ${filter.belowStandardOn}`);
      qb.andWhere(
        `exists (select 1 from position_requirement r join current_competency c on c.employee_id = e.id and c.competency_id = r.competency_id
                  where r.position_id = e.position_id and r.competency_id = ? and c.level < r.required_level)`,
        [competency.id],
      );
    }
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
