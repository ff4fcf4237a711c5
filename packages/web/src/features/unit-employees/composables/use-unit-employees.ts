import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { queryErrorKind, type QueryErrorKind } from '../../../lib/query-error.ts';
import { useQuery } from '../../../lib/use-query.ts';
import { isWithheldIdentity } from '../../../lib/withheld-identity.ts';
import { seesPseudonyms } from '../../session/role-pages.ts';
import { session } from '../../session/use-session.ts';
import { UnitEmployeesDocument, type UnitEmployeesQueryVariables } from '../unit-employees.generated.ts';
import { PAGE_SIZE, toEmployeeLevels, type EmployeeLevel } from '../unit-employees.ts';
import type { HeatmapCell } from '../../../shared/heatmap/heatmap-cell-ref.ts';

export interface UnitEmployeesViewModel {
  loading: boolean;
  error: QueryErrorKind | null;
  unit: { id: string; name: string; hasSubUnits: boolean } | null;
  competency: { code: string; name: string } | null;
  employees: EmployeeLevel[];
  /** Names are withheld from the viewer's role: the list shows pseudonyms, ordered by id. */
  pseudonymised: boolean;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * The employees behind a heatmap cell: the unit's (and its sub-units') employees with their level
 * against the standard on the cell's competency, a page at a time; `onlyBelow` keeps those below it.
 * Roles that see employees pseudonymised (ANALYST) get them by pseudonym, in id order (the API
 * refuses ordering by name to them), and the expected "name withheld" errors are not shown.
 */
export function useUnitEmployees(
  cell: MaybeRefOrGetter<HeatmapCell>,
  onlyBelow: MaybeRefOrGetter<boolean>,
  after: MaybeRefOrGetter<string | null>,
): ComputedRef<UnitEmployeesViewModel> {
  const { t } = useI18n();
  const variables = computed<UnitEmployeesQueryVariables>(() => {
    const c = toValue(cell);
    return {
      unitId: c.unitId,
      code: c.competencyCode,
      belowStandardOn: toValue(onlyBelow) ? c.competencyCode : null,
      first: PAGE_SIZE,
      after: toValue(after),
      orderBy: seesPseudonyms(session.account?.role) ? 'ID' : 'NAME',
    };
  });
  const { data, loading, error } = useQuery(UnitEmployeesDocument, variables, { expectedError: isWithheldIdentity });

  return computed(() => {
    const answer = error.value ? undefined : data.value;
    const code = variables.value.code;
    return {
      loading: loading.value,
      error: error.value ? queryErrorKind(error.value) : null,
      unit: answer ? { id: answer.workUnit.id, name: answer.workUnit.name, hasSubUnits: answer.workUnit.children.length > 0 } : null,
      competency: answer ? { code: answer.competency.code, name: answer.competency.name } : null,
      employees: answer ? toEmployeeLevels(answer.employees.nodes, code, (kind) => t(`domain.positionKind.${kind}`)) : [],
      pseudonymised: variables.value.orderBy === 'ID',
      totalCount: answer?.employees.totalCount ?? 0,
      hasNextPage: answer?.employees.pageInfo.hasNextPage ?? false,
      endCursor: answer?.employees.pageInfo.endCursor ?? null,
    };
  });
}
