import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../lib/use-query.ts';
import { EMPLOYEE_SEARCH_QUERY, type EmployeeSearchData, type EmployeeSearchResult, type EmployeeSearchVariables } from '../profile.graphql.ts';

export interface EmployeeSearchViewModel {
  loading: boolean;
  error: boolean;
  results: EmployeeSearchResult[];
  totalCount: number;
}

/**
 * Employees whose name contains the text or whose NIP starts with it (by name), optionally of one
 * kind of jabatan; with no text, the first employees of that kind by name.
 */
export function useEmployeeSearch(
  search: MaybeRefOrGetter<string>,
  positionKind: MaybeRefOrGetter<string | null> = null,
  first = 10,
): ComputedRef<EmployeeSearchViewModel> {
  const variables = computed<EmployeeSearchVariables>(() => {
    const text = toValue(search).trim();
    return { search: text === '' ? null : text, positionKind: toValue(positionKind), first };
  });
  const { data, loading, error } = useQuery<EmployeeSearchData, EmployeeSearchVariables>(EMPLOYEE_SEARCH_QUERY, variables);
  return computed(() => ({
    loading: loading.value && !data.value,
    error: error.value !== undefined,
    results: error.value ? [] : (data.value?.employees.nodes ?? []),
    totalCount: data.value?.employees.totalCount ?? 0,
  }));
}
