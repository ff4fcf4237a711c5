/**
 * The import page's rules, pure: the kinds in their load order with their URL slugs, the file
 * endpoints (docs/import.md), what a job's status means for the page, the progress of a running job,
 * pages of row errors, and reading the answers of the /api endpoints. No DOM, no network.
 */
import type { ImportJobFieldsFragment as ImportJob, ImportKind, ImportRowErrorFieldsFragment as ImportRowError, ImportStatus } from './import.generated.ts';

export interface ImportKindInfo {
  kind: ImportKind;
  /** In URLs and file names: /api/import-templates/<slug>.csv */
  slug: string;
}

/** In the order a new city is loaded (each kind refers only to kinds before it). */
export const IMPORT_KINDS: readonly ImportKindInfo[] = [
  { kind: 'WORK_UNITS', slug: 'work-units' },
  { kind: 'POSITIONS', slug: 'positions' },
  { kind: 'EMPLOYEES', slug: 'employees' },
  { kind: 'COMPETENCY_ASSESSMENTS', slug: 'competency-assessments' },
  { kind: 'TRAINING_PROVIDERS', slug: 'training-providers' },
  { kind: 'COURSES', slug: 'courses' },
  { kind: 'TRAINING_RECORDS', slug: 'training-records' },
  { kind: 'PERFORMANCE_EVALUATIONS', slug: 'performance-evaluations' },
];

export type SheetFormat = 'csv' | 'xlsx';

export function slugOf(kind: ImportKind): string {
  return IMPORT_KINDS.find((k) => k.kind === kind)!.slug;
}

/** The kind named in a URL (?jenis=employees), or the first kind. */
export function kindFromSlug(slug: unknown): ImportKind {
  return IMPORT_KINDS.find((k) => k.slug === slug)?.kind ?? IMPORT_KINDS[0].kind;
}

/** The blank template of a kind (any signed-in role may download it). */
export function templateUrl(kind: ImportKind, format: SheetFormat): string {
  return `/api/import-templates/${slugOf(kind)}.${format}`;
}

/** Every record of a kind in its import layout (ADMIN only). */
export function exportUrl(kind: ImportKind, format: SheetFormat): string {
  return `/api/exports/${slugOf(kind)}.${format}`;
}

/**
 * Where a file is uploaded: previewed only (dryRun), answered at once (async) so the page can poll
 * the job's progress.
 */
export function uploadUrl(kind: ImportKind, fileName: string): string {
  return `/api/imports?kind=${slugOf(kind)}&dryRun=true&async=true&fileName=${encodeURIComponent(fileName)}`;
}

export function commitUrl(jobId: string): string {
  return `/api/imports/${encodeURIComponent(jobId)}/commit`;
}

/** The file types the picker offers; the server judges the content, not the name. */
export const ACCEPTED_FILES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const RUNNING: readonly ImportStatus[] = ['RECEIVED', 'VALIDATING', 'COMMITTING'];

/** Whether the server is still working on the job (the page keeps polling). */
export function isRunning(status: ImportStatus): boolean {
  return RUNNING.includes(status);
}

/** Progress of a running job: a commit has a known end, a preview does not (the number of rows is unknown until read). */
export type JobProgress =
  | { phase: 'reading'; rowsRead: number; percent: null }
  | { phase: 'writing'; rowsRead: number; rowsWritten: number; percent: number };

/**
 * The commit reads and checks the whole file again, then writes the changed rows; its progress is
 * both steps together against what the preview counted, so the bar moves through both.
 */
export function progressOf(job: Pick<ImportJob, 'status' | 'rowsRead' | 'rowsWritten'>, previewed: Pick<ImportJob, 'rowsRead' | 'rowsToCreate' | 'rowsToUpdate'> | null): JobProgress {
  if (job.status !== 'COMMITTING' || !previewed) return { phase: 'reading', rowsRead: job.rowsRead, percent: null };
  const toRead = previewed.rowsRead;
  const toWrite = previewed.rowsToCreate + previewed.rowsToUpdate;
  const done = Math.min(job.rowsRead, toRead) + Math.min(job.rowsWritten, toWrite);
  const percent = toRead + toWrite === 0 ? 0 : Math.floor((100 * done) / (toRead + toWrite));
  return { phase: 'writing', rowsRead: job.rowsRead, rowsWritten: job.rowsWritten, percent: Math.min(percent, 99) };
}

/** Rows that a commit would change. */
export function rowsToWrite(job: Pick<ImportJob, 'rowsToCreate' | 'rowsToUpdate'>): number {
  return job.rowsToCreate + job.rowsToUpdate;
}

/** Row errors per page of the preview's table. */
export const ERRORS_PAGE_SIZE = 20;

export interface ErrorPage {
  errors: ImportRowError[];
  /** 0-based page shown, clamped to the pages there are. */
  page: number;
  pages: number;
  from: number;
  to: number;
}

export function errorPage(errors: readonly ImportRowError[], page: number, size = ERRORS_PAGE_SIZE): ErrorPage {
  const pages = Math.max(1, Math.ceil(errors.length / size));
  const at = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const shown = errors.slice(at * size, at * size + size);
  return { errors: shown, page: at, pages, from: shown.length ? at * size + 1 : 0, to: at * size + shown.length };
}

/** A row error's reason in the interface language. */
export function reasonOf(error: ImportRowError, locale: string): string {
  return locale === 'en' ? error.messageEnglish : error.messageIndonesian;
}

/** What went wrong with a request to /api, in terms the page can explain (never the raw answer). */
export type ImportRequestError = 'unauthenticated' | 'forbidden' | 'notFound' | 'badInput' | 'conflict' | 'tooLarge' | 'unavailable';

export type ImportAnswer = { job: ImportJob; error: null } | { job: null; error: ImportRequestError };

const CODES: Record<string, ImportRequestError> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
  BAD_USER_INPUT: 'badInput',
  CONFLICT: 'conflict',
};

function isJob(body: unknown): body is ImportJob {
  return typeof body === 'object' && body !== null && typeof (body as ImportJob).id === 'string' && typeof (body as ImportJob).status === 'string';
}

/**
 * Reads an /api answer: a job (accepted, previewed, committed, or refused with its row errors: 200,
 * 202, 413, 422, 500) or an error in the GraphQL shape (400, 401, 403, 404, 409). A 413 without a
 * job (a proxy in front refusing the size) is "too large"; anything else unreadable is "unavailable".
 */
export function readImportAnswer(status: number, body: unknown): ImportAnswer {
  if (isJob(body)) return { job: body, error: null };
  const code = (body as { errors?: { extensions?: { code?: string } }[] } | null)?.errors?.[0]?.extensions?.code;
  if (code && CODES[code]) return { job: null, error: CODES[code] };
  if (status === 413) return { job: null, error: 'tooLarge' };
  return { job: null, error: status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'unavailable' };
}

/** Jobs newest first, at most `limit` (the API lists them oldest first). */
export function newestFirst<T extends { id: string; createdAt: string }>(jobs: readonly T[], limit: number): T[] {
  return [...jobs]
    .sort((a, b) => (a.createdAt === b.createdAt ? Number(b.id) - Number(a.id) : a.createdAt < b.createdAt ? 1 : -1))
    .slice(0, limit);
}
