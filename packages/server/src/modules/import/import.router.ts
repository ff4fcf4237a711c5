import type { SqlEntityManager } from '@mikro-orm/postgresql';
import express, { type Request, type Response, type Router } from 'express';
import { DomainError, ErrorCode } from '../../common/errors.js';
import type { Database } from '../../db/database.js';
import { viewerOfRequest } from '../access/api-access.js';
import { heatmap } from '../analytics/heatmap.service.js';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import { auditService } from '../audit/audit.service.js';
import { exportService } from './export.service.js';
import { heatmapInputOf, writeHeatmapCsv } from './heatmap-export.js';
import { ImportJob, ImportStatus } from './import-job.entity.js';
import type { ImportKind } from './import-kind.js';
import { kindFromSlug, LAYOUTS } from './import-layouts.js';
import { importService } from './import.service.js';

export interface ImportRouterOptions {
  /** Who is asking, recorded on the job (app.ts gives the signed-in account; access is checked before the router). */
  requestedBy?: (req: Request) => string | null;
}

/** The job as JSON, with the fields and names of the GraphQL type ImportJob. */
export function jobJson(job: ImportJob) {
  return {
    id: String(job.id),
    kind: job.kind,
    fileName: job.fileName,
    fileHash: job.fileHash,
    fileSize: job.fileSize,
    format: job.format ?? null,
    status: job.status,
    rowsRead: job.rowsRead,
    rowsValid: job.rowsValid,
    rowsToCreate: job.rowsToCreate,
    rowsToUpdate: job.rowsToUpdate,
    rowsUnchanged: job.rowsUnchanged,
    rowsWritten: job.rowsWritten,
    errorCount: job.errorCount,
    rowErrors: job.rowErrors,
    duplicateOfJobId: job.duplicateOfJobId == null ? null : String(job.duplicateOfJobId),
    requestedBy: job.requestedBy ?? null,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    committedAt: job.committedAt ?? null,
  };
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
} as Record<ErrorCode, number>;

/**
 * The status code of a finished job: the web app can tell accepted from refused without reading the
 * body; 413 when the file passed one of the import limits (its row error names the setting).
 */
function jobStatusCode(job: ImportJob): number {
  if (job.status === ImportStatus.REJECTED) return job.rowErrors.some((e) => e.limit) ? 413 : 422;
  if (job.status === ImportStatus.FAILED) return 500;
  return 200;
}

/** Runs a handler; domain errors answer with their code, anything else is masked (as formatError does). */
const handle = (work: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
  try {
    await work(req, res);
  } catch (error) {
    if (res.headersSent) {
      res.destroy(error as Error);
      return;
    }
    // The same shape as GraphQL errors (and as the access checks in front of this router answer).
    if (error instanceof DomainError) {
      res.status(HTTP_STATUS[error.code] ?? 400).json({ errors: [{ message: error.message, extensions: { code: error.code, ...(error.field ? { field: error.field } : {}) } }] });
      return;
    }
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
  }
};

function kindParam(text: unknown, field: string): ImportKind {
  const kind = typeof text === 'string' ? kindFromSlug(text) : undefined;
  if (!kind) throw DomainError.badInput(field, `Unknown kind "${String(text ?? '')}"; use one of ${LAYOUTS.map((l) => l.slug).join(', ')}`);
  return kind;
}

/** "employees.csv" → kind and format. */
function fileParam(file: string): { kind: ImportKind; format: 'csv' | 'xlsx' } {
  const match = /^(.+)\.(csv|xlsx)$/.exec(file);
  if (!match) throw DomainError.badInput('file', `Ask for <kind>.csv or <kind>.xlsx; got "${file}"`);
  return { kind: kindParam(match[1], 'kind'), format: match[2] as 'csv' | 'xlsx' };
}

/** The file name from the `x-file-name` header (URI-encoded), if well formed. */
function headerFileName(req: Request): string | undefined {
  const value = req.headers['x-file-name'];
  if (typeof value !== 'string') return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function sendSheet(res: Response, name: string, format: 'csv' | 'xlsx'): void {
  res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('content-disposition', `attachment; filename="${name}.${format}"`);
}

/**
 * Imports, templates and exports over HTTP (docs/import.md):
 *
 * - `POST /imports?kind=employees&dryRun=true` with the file as the raw request body → the job,
 *   previewed (dryRun, the default) or committed; `&async=true` answers 202 at once and works on.
 * - `POST /imports/:id/commit` → commits a previewed job, all or nothing.
 * - `GET /imports/:id` → the job (GraphQL `importJob` gives the same).
 * - `GET /import-templates/<kind>.csv|.xlsx`, `GET /exports/<kind>.csv|.xlsx`.
 * - `GET /exports/heatmap.csv?metric=...&workUnitId=...` → the heatmap, one line per cell.
 */
export function createImportRouter(db: Database, options: ImportRouterOptions = {}): Router {
  const router = express.Router();

  router.post(
    '/imports',
    handle(async (req, res) => {
      const kind = kindParam(req.query.kind, 'kind');
      if (String(req.headers['content-type'] ?? '').startsWith('multipart/')) {
        throw DomainError.badInput('body', 'Send the file itself as the request body (e.g. fetch(url, { method: "POST", body: file })), not a multipart form');
      }
      const dryRun = req.query.dryRun !== 'false';
      const requestedBy = options.requestedBy?.(req) ?? null;
      const fileName = typeof req.query.fileName === 'string' ? req.query.fileName : headerFileName(req) ?? kind.toLowerCase();
      const input = { kind, fileName, body: req, requestedBy };
      if (req.query.async === 'true') {
        const job = await importService.receive(db, input);
        res.status(202).json(jobJson(job));
        // The web app polls importJob(id) meanwhile; failures end up on the job, never thrown here.
        void (async () => {
          const previewed = await importService.preview(db, job);
          if (!dryRun && previewed.status === ImportStatus.PREVIEWED) await importService.commit(db, previewed);
        })().catch(() => undefined);
        return;
      }
      const job = await importService.importFile(db, { ...input, dryRun });
      res.status(jobStatusCode(job)).json(jobJson(job));
    }),
  );

  router.post(
    '/imports/:id/commit',
    handle(async (req, res) => {
      const job = await importService.get(db.orm.em.fork() as SqlEntityManager, String(req.params.id));
      const committed = await importService.commit(db, job);
      res.status(jobStatusCode(committed)).json(jobJson(committed));
    }),
  );

  router.get(
    '/imports/:id',
    handle(async (req, res) => {
      res.json(jobJson(await importService.get(db.orm.em.fork() as SqlEntityManager, String(req.params.id))));
    }),
  );

  router.get(
    '/import-templates/:file',
    handle(async (req, res) => {
      const { kind, format } = fileParam(String(req.params.file));
      sendSheet(res, `templat-${LAYOUTS.find((l) => l.kind === kind)!.slug}`, format);
      await exportService.template(kind, format, res);
    }),
  );

  router.get(
    '/exports/:file',
    handle(async (req, res) => {
      const em = db.orm.em.fork() as SqlEntityManager;
      // Every export is audited (docs/security.md): who, which kind, the filters, how many rows.
      const audit = (outcome: AuditOutcome, summary: Record<string, unknown>) =>
        auditService.record(em, { access: { viewer: viewerOfRequest(req) }, address: req.ip ?? null }, { operation: 'EXPORT', outcome, summary: { file: req.params.file, ...summary } });
      try {
        if (req.params.file === 'heatmap.csv') {
          const input = heatmapInputOf(req.query as Record<string, unknown>);
          // Computed before the first byte is sent, so a bad argument still answers 400.
          await heatmap(em, input);
          sendSheet(res, `peta-kesenjangan-${new Date().toISOString().slice(0, 10)}`, 'csv');
          await writeHeatmapCsv(em, input, res, (rows) => audit(AuditOutcome.SUCCESS, { kind: 'HEATMAP', filters: req.query, rows }));
          return;
        }
        const { kind, format } = fileParam(String(req.params.file));
        sendSheet(res, `ekspor-${LAYOUTS.find((l) => l.kind === kind)!.slug}-${new Date().toISOString().slice(0, 10)}`, format);
        await exportService.write(db, kind, format, res, (rows) => audit(AuditOutcome.SUCCESS, { kind, format, rows }));
      } catch (error) {
        // Refused (bad filters) or cut off midway: recorded too, with what was asked.
        await audit(AuditOutcome.FAILED, { filters: req.query, error: error instanceof DomainError ? error.code : 'INTERRUPTED' });
        throw error;
      }
    }),
  );

  return router;
}
