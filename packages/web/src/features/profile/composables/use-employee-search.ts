import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../lib/use-query.ts';
import type { EmployeeSummaryFragment as EmployeeSearchResult } from '../../employee/employee-fragments.generated.ts';
import { EmployeeSearchDocument, type EmployeeSearchQueryVariables, type PositionKind } from '../profile.generated.ts';

export interface EmployeeSearchViewModel {
  loading: boolean;
  error: boolean;
  results: EmployeeSearchResult[];
  totalCount: number;
}

/**
 * Employees whose name contains the text or whose NIP starts with it (by name), optionally of one
 * kind of jabatan; with no text, the first employees of that kind by name. Nothing is asked while
 * `enabled` is false (roles that see employees pseudonymised may not search by name).
 */
export function useEmployeeSearch(
  search: MaybeRefOrGetter<string>,
  positionKind: MaybeRefOrGetter<PositionKind | null> = null,
  first = 10,
  enabled: MaybeRefOrGetter<boolean> = true,
): ComputedRef<EmployeeSearchViewModel> {
  const variables = computed<EmployeeSearchQueryVariables>(() => {
    const text = toValue(search).trim();
    return { search: text === '' ? null : text, positionKind: toValue(positionKind), first, run: toValue(enabled) };
  });
  const { data, loading, error } = useQuery(EmployeeSearchDocument, variables);
  return computed(() => ({
    loading: loading.value && !data.value,
    error: error.value !== undefined,
    results: error.value ? [] : (data.value?.employees?.nodes ?? []),
    totalCount: data.value?.employees?.totalCount ?? 0,
  }));
}
