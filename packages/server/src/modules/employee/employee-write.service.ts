import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { check } from '../../common/validate.js';
import { analyticsRefresh } from '../analytics/analytics-refresh.js';
import { Position } from '../position/position.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import { Employee, EmployeeStatus, GOLONGAN_PNS, GOLONGAN_PPPK, Gender } from './employee.entity.js';
import type { CreateEmployeeInput, MoveEmployeeInput, UpdateEmployeeInput } from './employee.inputs.js';
import { parseNip } from './nip.js';

/** The golongan must exist for the status (I/a–IV/e for PNS, I–XVII for PPPK); empty means none. Shared with imports. */
export function checkGolongan(status: EmployeeStatus, golongan: string | null | undefined): string | null {
  if (golongan == null || golongan === '') return null;
  const allowed: readonly string[] = status === EmployeeStatus.PNS ? GOLONGAN_PNS : GOLONGAN_PPPK;
  if (!allowed.includes(golongan)) {
    throw DomainError.badInput('golongan', `golongan ${golongan} does not exist for ${status}; use one of ${allowed.join(', ')}`);
  }
  return golongan;
}

async function checkSupervisor(em: SqlEntityManager, field: string, supervisorId: string, employeeId?: number): Promise<Employee> {
  const supervisor = await check.exists(em, Employee, field, supervisorId, 'employee');
  if (supervisor.id === employeeId) throw DomainError.badInput(field, 'An employee cannot be their own supervisor');
  // Walk up the chain: making someone the supervisor of their own supervisor would make a loop.
  let current: Employee | null = supervisor;
  for (let depth = 0; current?.supervisor && depth < 50; depth++) {
    if (current.supervisor.id === employeeId) throw DomainError.badInput(field, 'This supervisor reports (directly or indirectly) to the employee: that would make a loop');
    current = await em.findOne(Employee, current.supervisor.id);
  }
  return supervisor;
}

/** Changes to employees; every method runs in one transaction and validates before writing. */
export const employeeWriteService = {
  async create(em: SqlEntityManager, input: CreateEmployeeInput): Promise<Employee> {
    return em.transactional(async (tx) => {
      const parsed = parseNip(input.nip);
      if (!parsed.ok) throw DomainError.badInput('nip', parsed.reason);
      const nip = input.nip.replace(/\s+/g, '');
      const birthDate = input.birthDate ? check.day('birthDate', input.birthDate) : parsed.value.birthDate;
      if (birthDate !== parsed.value.birthDate) {
        throw DomainError.badInput('birthDate', `birthDate ${birthDate} disagrees with the NIP, which says ${parsed.value.birthDate}`);
      }
      const gender = input.gender ?? (parsed.value.gender as Gender);
      if (gender !== parsed.value.gender) throw DomainError.badInput('gender', `gender ${gender} disagrees with the NIP, which says ${parsed.value.gender}`);
      const name = check.text('name', input.name, 200);
      const golongan = checkGolongan(input.status, input.golongan);
      const position = await check.exists(tx, Position, 'positionId', input.positionId, 'position');
      const workUnit = input.workUnitId ? await check.exists(tx, WorkUnit, 'workUnitId', input.workUnitId, 'work unit') : position.workUnit;
      const supervisor = input.supervisorId ? await checkSupervisor(tx, 'supervisorId', input.supervisorId) : null;
      await check.unique(tx, Employee, 'nip', { nip }, `An employee with NIP ${nip}`);
      const employee = tx.create(Employee, {
        nip,
        name,
        status: input.status,
        golongan,
        gender,
        birthDate,
        educationLevel: input.educationLevel,
        position,
        workUnit,
        supervisor,
      });
      await analyticsRefresh.employees(tx, [employee]);
      return employee;
    });
  },

  async update(em: SqlEntityManager, input: UpdateEmployeeInput): Promise<Employee> {
    return em.transactional(async (tx) => {
      const employee = await check.target(tx, Employee, input.id, 'Employee');
      if (input.name != null) employee.name = check.text('name', input.name, 200);
      if (input.status != null) employee.status = input.status;
      if (input.golongan !== undefined || input.status != null) {
        employee.golongan = checkGolongan(employee.status, input.golongan !== undefined ? input.golongan : employee.golongan);
      }
      if (input.educationLevel != null) employee.educationLevel = input.educationLevel;
      if (input.clearSupervisor && input.supervisorId) throw DomainError.badInput('clearSupervisor', 'Give supervisorId or clearSupervisor, not both');
      if (input.clearSupervisor) employee.supervisor = null;
      if (input.supervisorId) employee.supervisor = await checkSupervisor(tx, 'supervisorId', input.supervisorId, employee.id);
      await analyticsRefresh.employees(tx, [employee]);
      return employee;
    });
  },

  async move(em: SqlEntityManager, input: MoveEmployeeInput): Promise<Employee> {
    return em.transactional(async (tx) => {
      const employee = await check.target(tx, Employee, input.employeeId, 'Employee');
      const position = await check.exists(tx, Position, 'positionId', input.positionId, 'position');
      employee.position = position;
      employee.workUnit = input.workUnitId ? await check.exists(tx, WorkUnit, 'workUnitId', input.workUnitId, 'work unit') : position.workUnit;
      employee.supervisor = input.supervisorId ? await checkSupervisor(tx, 'supervisorId', input.supervisorId, employee.id) : null;
      await analyticsRefresh.employees(tx, [employee]);
      return employee;
    });
  },
};
