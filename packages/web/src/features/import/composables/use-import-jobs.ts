import { computed, onScopeDispose, shallowRef, type ComputedRef } from 'vue';
import { apolloClient } from '../../../apollo.ts';
import { queryErrorKind, type QueryErrorKind } from '../../../lib/query-error.ts';
import { ImportJobsDocument, type ImportJobsQuery, type ImportJobsQueryVariables, type ImportJobSummaryFragment as ImportJobSummary } from '../import.generated.ts';
import { newestFirst } from '../import-job.ts';

/** Jobs shown in the list of recent imports. */
export const RECENT_JOBS = 10;
/** The API's largest page. */
const PAGE = 100;

export interface ImportJobsViewModel {
  loading: boolean;
  error: QueryErrorKind | null;
  jobs: ImportJobSummary[];
  totalCount: number;
}

/**
 * The most recent import jobs. `importJobs` lists them oldest first with no other order, so the
 * pages are walked to the end, keeping the newest (a city's imports are hundreds a year, not
 * millions; an `orderBy` or `last` argument on the API would make this one request).
 * Asked from the network each time (`refresh` after an import), never from the cache.
 */
export function useImportJobs(): { view: ComputedRef<ImportJobsViewModel>; refresh: () => Promise<void> } {
  const loading = shallowRef(true);
  const error = shallowRef<QueryErrorKind | null>(null);
  const jobs = shallowRef<ImportJobSummary[]>([]);
  const totalCount = shallowRef(0);
  let generation = 0;
  onScopeDispose(() => generation++);

  async function refresh(): Promise<void> {
    const current = ++generation;
    loading.value = true;
    error.value = null;
    try {
      let kept: ImportJobSummary[] = [];
      let after: string | null = null;
      for (;;) {
        const { data }: { data?: ImportJobsQuery } = await apolloClient.query<ImportJobsQuery, ImportJobsQueryVariables>({
          query: ImportJobsDocument,
          variables: { first: PAGE, after },
          fetchPolicy: 'network-only',
        });
        if (!data) throw new Error('no data');
        kept = newestFirst([...kept, ...data.importJobs.nodes], RECENT_JOBS);
        totalCount.value = data.importJobs.totalCount;
        if (!data.importJobs.pageInfo.hasNextPage || !data.importJobs.pageInfo.endCursor) break;
        after = data.importJobs.pageInfo.endCursor;
      }
      if (current === generation) jobs.value = kept;
    } catch (e) {
      if (current === generation) error.value = queryErrorKind(e);
    } finally {
      if (current === generation) loading.value = false;
    }
  }

  void refresh();
  const view = computed(() => ({ loading: loading.value, error: error.value, jobs: jobs.value, totalCount: totalCount.value }));
  return { view, refresh };
}
