import { computed, onScopeDispose, shallowRef, type ComputedRef } from 'vue';
import { apolloClient } from '../../../apollo.ts';
import { queryErrorKind } from '../../../lib/query-error.ts';
import { ImportJobDocument, type ImportJobFieldsFragment as ImportJob, type ImportJobQuery, type ImportJobQueryVariables, type ImportKind } from '../import.generated.ts';
import { commitUrl, isRunning, progressOf, readImportAnswer, uploadUrl, type ImportRequestError, type JobProgress } from '../import-job.ts';

/** How often a running job is asked for its progress (the server updates it every 5,000 rows). */
const POLL_MS = 400;

export interface ImportViewModel {
  /** The file being sent, before the server has answered. */
  uploading: string | null;
  job: ImportJob | null;
  /** Set while the server works on the job. */
  progress: JobProgress | null;
  /** The preview's counts, kept while the commit runs and after it. */
  previewed: ImportJob | null;
  error: ImportRequestError | null;
}

export interface ImportFlow {
  view: ComputedRef<ImportViewModel>;
  /** Sends the file for a preview (nothing written) and follows the job until it is checked. */
  upload(kind: ImportKind, file: File): Promise<void>;
  /** Commits the previewed job, all or nothing, following its progress. */
  commit(): Promise<void>;
  /** Back to choosing a file. */
  reset(): void;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function post(url: string, body?: Blob): Promise<{ job: ImportJob | null; error: ImportRequestError | null }> {
  try {
    const res = await fetch(url, { method: 'POST', body, credentials: 'same-origin', headers: body ? { 'content-type': 'application/octet-stream' } : {} });
    const json: unknown = await res.json().catch(() => null);
    return readImportAnswer(res.status, json);
  } catch {
    return { job: null, error: 'unavailable' };
  }
}

/**
 * The import flow of the page: upload a file as the request body (docs/import.md: POST
 * /api/imports?async=true answers at once with the job), poll `importJob` for its progress until it
 * is previewed or refused, then commit it (POST /api/imports/:id/commit answers when done; the job
 * is polled meanwhile for the progress bar). A newer upload makes older answers stale.
 */
export function useImport(): ImportFlow {
  const uploading = shallowRef<string | null>(null);
  const job = shallowRef<ImportJob | null>(null);
  const previewed = shallowRef<ImportJob | null>(null);
  const error = shallowRef<ImportRequestError | null>(null);
  let generation = 0;
  onScopeDispose(() => generation++);

  async function fetchJob(id: string): Promise<ImportJob | ImportRequestError> {
    try {
      const { data } = await apolloClient.query<ImportJobQuery, ImportJobQueryVariables>({ query: ImportJobDocument, variables: { id }, fetchPolicy: 'network-only' });
      return data ? data.importJob : 'unavailable';
    } catch (e) {
      return queryErrorKind(e);
    }
  }

  async function follow(id: string, current: number): Promise<void> {
    while (current === generation) {
      await sleep(POLL_MS);
      if (current !== generation) return;
      const answer = await fetchJob(id);
      if (current !== generation) return;
      if (typeof answer === 'string') {
        error.value = answer;
        return;
      }
      job.value = answer;
      if (!isRunning(answer.status)) {
        if (answer.status === 'PREVIEWED') previewed.value = answer;
        return;
      }
    }
  }

  async function upload(kind: ImportKind, file: File): Promise<void> {
    const current = ++generation;
    uploading.value = file.name;
    job.value = null;
    previewed.value = null;
    error.value = null;
    const answer = await post(uploadUrl(kind, file.name), file);
    if (current !== generation) return;
    uploading.value = null;
    if (answer.error) {
      error.value = answer.error;
      return;
    }
    job.value = answer.job;
    if (answer.job && isRunning(answer.job.status)) await follow(answer.job.id, current);
    else if (answer.job?.status === 'PREVIEWED') previewed.value = answer.job;
  }

  async function commit(): Promise<void> {
    const target = previewed.value;
    if (!target || job.value?.status !== 'PREVIEWED') return;
    const current = ++generation;
    error.value = null;
    job.value = { ...target, status: 'COMMITTING', rowsRead: 0, rowsWritten: 0 };
    let answered = false;
    // The commit answers when it is done; meanwhile its live progress is polled.
    const watching = (async () => {
      while (!answered && current === generation) {
        await sleep(POLL_MS);
        if (answered || current !== generation) return;
        const live = await fetchJob(target.id);
        if (!answered && current === generation && typeof live !== 'string' && live.status === 'COMMITTING') job.value = live;
      }
    })();
    const answer = await post(commitUrl(target.id));
    answered = true;
    await watching;
    if (current !== generation) return;
    if (answer.error) {
      error.value = answer.error;
      job.value = target;
      return;
    }
    job.value = answer.job;
  }

  function reset(): void {
    generation++;
    uploading.value = null;
    job.value = null;
    previewed.value = null;
    error.value = null;
  }

  const view = computed<ImportViewModel>(() => ({
    uploading: uploading.value,
    job: job.value,
    progress: job.value && isRunning(job.value.status) ? progressOf(job.value, previewed.value) : null,
    previewed: previewed.value,
    error: error.value,
  }));

  return { view, upload, commit, reset };
}
