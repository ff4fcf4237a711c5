/**
 * One competency of a unit's employees, for the heatmap's drill-down: each employee's level against
 * the standard of their jabatan on that competency, and the pages of the list. Pure.
 */
import { employeeLabel, positionLabel, unitLabel } from '../../lib/withheld-identity.ts';
import type { GapStatus, UnitEmployeeFragment as UnitEmployee } from './unit-employees.generated.ts';

/** Employees per page of the drill-down. */
export const PAGE_SIZE = 25;

export interface EmployeeLevel {
  id: string;
  /** The name, or the pseudonym where the viewer's role may not see names. */
  name: string;
  /** True when `name` is a pseudonym. */
  pseudonymised: boolean;
  position: string;
  unit: string;
  /** Null when the employee's jabatan does not require the competency. */
  requiredLevel: number | null;
  currentLevel: number | null;
  /** required − current; null without both. */
  gap: number | null;
  /** NOT_REQUIRED when the jabatan's standard does not list the competency. */
  status: GapStatus | 'NOT_REQUIRED';
  critical: boolean;
}

/** An employee's level on one competency: from the gap list when required, else from the current levels. */
export function levelOn(employee: UnitEmployee, code: string, kindLabel: (kind: string) => string = (kind) => kind): EmployeeLevel {
  const base = { id: employee.id, name: employeeLabel(employee), pseudonymised: employee.name === null, position: positionLabel(employee, kindLabel), unit: unitLabel(employee) };
  const gap = employee.competencyGaps.find((g) => g.competency.code === code);
  if (gap) {
    return { ...base, requiredLevel: gap.requiredLevel, currentLevel: gap.currentLevel, gap: gap.gap, status: gap.status, critical: gap.critical };
  }
  const current = employee.currentCompetencies.find((c) => c.competency.code === code);
  return { ...base, requiredLevel: null, currentLevel: current?.level ?? null, gap: null, status: 'NOT_REQUIRED', critical: false };
}

/** `kindLabel` names a kind of jabatan, shown for pseudonymised employees instead of the jabatan. */
export function toEmployeeLevels(employees: readonly UnitEmployee[], code: string, kindLabel?: (kind: string) => string): EmployeeLevel[] {
  return employees.map((e) => levelOn(e, code, kindLabel));
}

/**
 * Keyset pages moved through with a stack of cursors: the cursor of each page seen so far (null
 * for the first). Pure helpers for the panel's "next" and "previous".
 */
export function nextPage(stack: readonly (string | null)[], endCursor: string | null): (string | null)[] {
  return endCursor === null ? [...stack] : [...stack, endCursor];
}

export function previousPage(stack: readonly (string | null)[]): (string | null)[] {
  return stack.length > 1 ? stack.slice(0, -1) : [null];
}

/** The 1-based range of the page shown, for "26–50 of 521". */
export function pageRange(stack: readonly (string | null)[], shown: number, pageSize = PAGE_SIZE): { from: number; to: number } {
  if (shown === 0) return { from: 0, to: 0 };
  const from = (stack.length - 1) * pageSize + 1;
  return { from, to: from + shown - 1 };
}
