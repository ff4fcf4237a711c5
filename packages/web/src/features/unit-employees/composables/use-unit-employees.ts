import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { queryErrorKind, type QueryErrorKind } from '../../../lib/query-error.ts';
import { useQuery } from '../../../lib/use-query.ts';
import type { HeatmapCell } from '../../heatmap/heatmap-cell.ts';
import { UNIT_EMPLOYEES_QUERY, type UnitEmployeesData, type UnitEmployeesVariables } from '../unit-employees.graphql.ts';
import { PAGE_SIZE, toEmployeeLevels, type EmployeeLevel } from '../unit-employees.ts';

export interface UnitEmployeesViewModel {
  loading: boolean;
  error: QueryErrorKind | null;
  unit: { id: string; name: string; hasSubUnits: boolean } | null;
  competency: { code: string; name: string } | null;
  employees: EmployeeLevel[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * The employees behind a heatmap cell: the unit's (and its sub-units') employees with their level
 * against the standard on the cell's competency, a page at a time; `onlyBelow` keeps those below it.
 */
export function useUnitEmployees(
  cell: MaybeRefOrGetter<HeatmapCell>,
  onlyBelow: MaybeRefOrGetter<boolean>,
  after: MaybeRefOrGetter<string | null>,
): ComputedRef<UnitEmployeesViewModel> {
  const variables = computed<UnitEmployeesVariables>(() => {
    const c = toValue(cell);
    return { unitId: c.unitId, code: c.competencyCode, belowStandardOn: toValue(onlyBelow) ? c.competencyCode : null, first: PAGE_SIZE, after: toValue(after) };
  });
  const { data, loading, error } = useQuery<UnitEmployeesData, UnitEmployeesVariables>(UNIT_EMPLOYEES_QUERY, variables);

  return computed(() => {
    const answer = error.value ? undefined : data.value;
    const code = variables.value.code;
    return {
      loading: loading.value,
      error: error.value ? queryErrorKind(error.value) : null,
      unit: answer ? { id: answer.workUnit.id, name: answer.workUnit.name, hasSubUnits: answer.workUnit.children.length > 0 } : null,
      competency: answer ? { code: answer.competency.code, name: answer.competency.name } : null,
      employees: answer ? toEmployeeLevels(answer.employees.nodes, code) : [],
      totalCount: answer?.employees.totalCount ?? 0,
      hasNextPage: answer?.employees.pageInfo.hasNextPage ?? false,
      endCursor: answer?.employees.pageInfo.endCursor ?? null,
    };
  });
}
