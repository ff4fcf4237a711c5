import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { paginate } from '../../common/paginate.js';
import type { Page } from '../../common/pagination.js';
import type { BulkSession, Database } from '../../db/database.js';
import type { Writer } from '../access/separation-of-duties.js';
import type { Role } from '../auth/account.entity.js';
import { ImportFormat, ImportJob, ImportStatus } from './import-job.entity.js';
import { normalizeHeader, RowReader, type ImportKind, type KindDefinition, type ParsedRow, type WriteHooks } from './import-kind.js';
import { layoutOf } from './import-layouts.js';
import { IMPORT_LIMITS } from './import-limits.js';
import { CellProblem, ErrorSink } from './import-row.js';
import { readSheet, sniffFormat, type SheetRow } from './spreadsheet-reader.js';

/** Where uploaded files wait between preview and commit (deleted once the job is committed or rejected). */
const stagingDir = () => process.env.IMPORT_STAGING_DIR ?? join(tmpdir(), 'kompetensi-imports');
const stagedPath = (job: ImportJob) => join(stagingDir(), `${job.id}-${job.fileHash}`);

export interface ImportProgress {
  status: ImportStatus;
  rowsRead: number;
  rowsValid: number;
  /** Rows the commit will write (creates and updates), known once the file is checked. */
  rowsToWrite: number;
  rowsWritten: number;
}

export interface ImportRunOptions {
  /** Told of progress every few thousand rows (the CLI's progress bar). */
  onProgress?: (progress: ImportProgress) => void;
  /** Tests only: fail the commit once this many rows have been written, to prove nothing stays. */
  failAfterRows?: number;
  /** Told how long each step took (read, check against the database, write steps, read model). */
  onStep?: (step: string, seconds: number) => void;
}

export interface ReceiveInput {
  kind: ImportKind;
  fileName: string;
  body: AsyncIterable<Buffer | string>;
  requestedBy?: string | null;
}

/** Previewed files never committed are kept a day, then removed (committing them later means uploading again). */
const STAGING_TTL_MS = 24 * 60 * 60 * 1000;

async function sweepStaging(): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(stagingDir()).catch(() => [] as string[])) {
    const path = join(stagingDir(), name);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > STAGING_TTL_MS) await rm(path, { force: true });
  }
}

/** Progress of the jobs running in this process, shown over the stored row while they run. */
const live = new Map<number, ImportProgress>();

/** Matches the header row to the layout: unknown, repeated and missing columns are file errors. */
function matchHeader(layout: KindDefinition<unknown>, header: SheetRow, errors: ErrorSink) {
  const positions = new Map<string, number>();
  const headers = new Map<string, string>();
  const known = layout.columns.map((c) => `${c.header} / ${c.headerEnglish}`).join(', ');
  header.cells.forEach((text, at) => {
    if (!text.trim()) return;
    const wanted = normalizeHeader(text);
    const column = layout.columns.find((c) => [c.header, c.headerEnglish, c.key].some((name) => normalizeHeader(name) === wanted));
    if (!column) {
      errors.add(header.row, text, null, `kolom "${text}" tidak dikenal untuk ${layout.titleIndonesian}; kolom yang dikenal: ${known}`, `column "${text}" is not part of the ${layout.titleEnglish} layout; its columns are: ${known}`);
    } else if (positions.has(column.key)) {
      errors.add(header.row, text, null, `kolom "${text}" muncul dua kali`, `column "${text}" appears twice`);
    } else if (!column.exportOnly) {
      positions.set(column.key, at);
      headers.set(column.key, text.trim());
    } else {
      headers.set(column.key, text.trim());
    }
  });
  for (const column of layout.columns) {
    if (column.required && !positions.has(column.key)) {
      errors.add(header.row, column.header, null, `kolom wajib "${column.header}" tidak ada`, `the required column "${column.header}" (${column.headerEnglish}) is missing`);
    }
  }
  return errors.count ? undefined : { positions, headers };
}

interface Analysis {
  format: ImportFormat | null;
  errors: ErrorSink;
  rowsRead: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  written: number;
}

/**
 * Reads, checks and plans the file; when `write` is set and every row is valid, writes the plan in
 * one transaction. A row error anywhere means nothing is written.
 */
/** The rows of a file read by a preview, kept for its commit (which still checks them against the database again). */
interface ReadFile {
  format: ImportFormat;
  parsed: ParsedRow<unknown>[];
  rowsRead: number;
  header: NonNullable<ReturnType<typeof matchHeader>>;
}

/**
 * Files previewed in this process without errors, by job id: the commit skips reading and checking
 * the cells again (the file cannot have changed: it is named by its hash). Two at most, for 30 minutes.
 */
const readFiles = new Map<number, { file: ReadFile; hash: string; at: number }>();
const READ_FILE_TTL_MS = 30 * 60 * 1000;

function remember(job: ImportJob, file: ReadFile): void {
  readFiles.delete(job.id);
  readFiles.set(job.id, { file, hash: job.fileHash, at: Date.now() });
  while (readFiles.size > 2) readFiles.delete(readFiles.keys().next().value!);
}

function recall(job: ImportJob): ReadFile | undefined {
  const entry = readFiles.get(job.id);
  readFiles.delete(job.id);
  return entry && entry.hash === job.fileHash && Date.now() - entry.at < READ_FILE_TTL_MS ? entry.file : undefined;
}

/** Reads every row of the staged file and checks its cells; undefined when the header is wrong. */
async function readFile(job: ImportJob, layout: KindDefinition<unknown>, errors: ErrorSink, progress: ImportProgress, report: () => void): Promise<ReadFile | undefined> {
  const path = stagedPath(job);
  const format = await sniffFormat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    throw new CellProblem('Berkas yang dipratinjau sudah tidak tersimpan (lebih dari sehari, atau direktori sementara dikosongkan); unggah lagi', 'The previewed file is no longer kept (over a day old, or the staging directory was emptied); upload it again');
  });
  const parsed: ParsedRow<unknown>[] = [];
  let header: ReturnType<typeof matchHeader>;
  let sawHeader = false;
  let rowsRead = 0;
  for await (const sheetRow of readSheet(path, format)) {
    if (!sawHeader) {
      sawHeader = true;
      header = matchHeader(layout, sheetRow, errors);
      if (!header) return undefined;
      continue;
    }
    rowsRead++;
    const reader = new RowReader(sheetRow.row, sheetRow.cells, header!.positions, header!.headers, errors);
    const value = layout.parseRow(reader);
    if (value !== undefined) parsed.push({ row: sheetRow.row, value });
    if (rowsRead % 5_000 === 0) {
      progress.rowsRead = rowsRead;
      progress.rowsValid = rowsRead - errors.rowCount;
      report();
    }
  }
  if (!sawHeader) throw new CellProblem('Berkas kosong: tidak ada baris apa pun', 'The file is empty: it has no rows');
  if (rowsRead === 0) throw new CellProblem('Berkas hanya berisi judul kolom, tanpa baris data', 'The file has the header row only, and no data rows');
  return { format: format === 'XLSX' ? ImportFormat.XLSX : ImportFormat.CSV, parsed, rowsRead, header: header! };
}

/**
 * Reads, checks and plans the file; when `write` is set and every row is valid, writes the plan in
 * one transaction. A row error anywhere means nothing is written.
 */
async function analyse(db: Database, job: ImportJob, write: boolean, options: ImportRunOptions, progress: ImportProgress): Promise<Analysis> {
  const errors = new ErrorSink();
  const result: Analysis = { format: null, errors, rowsRead: 0, toCreate: 0, toUpdate: 0, unchanged: 0, written: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      options.onStep?.(step, (performance.now() - started) / 1000);
    }
  };
  const layout = layoutOf(job.kind);
  try {
    const file = (write ? recall(job) : undefined) ?? (await timed('read and check the cells', () => readFile(job, layout, errors, progress, report)));
    if (!file) return result;
    Object.assign(result, { format: file.format, rowsRead: file.rowsRead });
    progress.rowsRead = file.rowsRead;
    report();

    let written = 0;
    const hooks: WriteHooks = {
      timed,
      written(rows: number) {
        written += rows;
        progress.rowsWritten = written;
        report();
        if (options.failAfterRows !== undefined && written >= options.failAfterRows) {
          throw new Error(`injected failure after ${written} rows written (test)`);
        }
      },
    };
    await db.bulk(async (session) => {
      const writer = await importWriter(session, job.requestedBy);
      const plan = await timed('check against the database', () =>
        layout.plan(file.parsed, {
          session,
          errors,
          column: (key) => file.header.headers.get(key) ?? layout.columns.find((c) => c.key === key)?.header ?? key,
          has: (key) => file.header.positions.has(key),
          writer,
        }),
      );
      Object.assign(result, { toCreate: plan.toCreate, toUpdate: plan.toUpdate, unchanged: plan.unchanged });
      progress.rowsToWrite = plan.toCreate + plan.toUpdate;
      progress.rowsValid = result.rowsRead - errors.rowCount;
      report();
      if (errors.count === 0 && !write) remember(job, file);
      if (write && errors.count === 0) {
        result.written = await timed('write (read model included)', () => plan.apply(session, hooks));
        // The audit row commits with the rows it records, or not at all (docs/security.md).
        await session.query(
          `insert into audit_event (account_id, username, role, operation, outcome, affected, summary)
           select a.id, $1, a.role, 'IMPORT', 'SUCCESS', '[]'::jsonb, $2::jsonb from (values (1)) v left join account a on a.username = $1`,
          [
            job.requestedBy ?? null,
            JSON.stringify({ jobId: job.id, kind: job.kind, fileName: job.fileName, fileHash: job.fileHash, toCreate: plan.toCreate, toUpdate: plan.toUpdate, unchanged: plan.unchanged, written: result.written }),
          ],
        );
      }
    });
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
    errors.add(null, null, null, error.indonesian, error.english, error.limit);
  }
  return result;
}

/** The account that started the import, as a writer (separation of duties); none for the command line's `cli:` names. */
async function importWriter(session: BulkSession, username: string | null | undefined): Promise<Writer> {
  const [account] = username
    ? await session.query<{ id: number; role: Role; employee_id: number | null }>('select id, role, employee_id from account where username = $1', [username])
    : [];
  if (!account) return { accountId: null, role: null, employeeId: null };
  return { accountId: Number(account.id), role: account.role, employeeId: account.employee_id === null ? null : Number(account.employee_id) };
}

function record(job: ImportJob, analysis: Analysis): void {
  job.format = analysis.format;
  job.rowsRead = analysis.rowsRead;
  job.rowsValid = Math.max(0, analysis.rowsRead - analysis.errors.rowCount);
  job.rowsToCreate = analysis.toCreate;
  job.rowsToUpdate = analysis.toUpdate;
  job.rowsUnchanged = analysis.unchanged;
  job.errorCount = analysis.errors.count;
  job.rowErrors = analysis.errors.sorted().slice(0, IMPORT_LIMITS.maxStoredErrors);
}

async function saved(db: Database, job: ImportJob): Promise<ImportJob> {
  const { id, status, format, rowsRead, rowsValid, rowsToCreate, rowsToUpdate, rowsUnchanged, rowsWritten, errorCount, rowErrors, committedAt } = job;
  await db.orm.em.fork().nativeUpdate(ImportJob, { id }, {
    status, format, rowsRead, rowsValid, rowsToCreate, rowsToUpdate, rowsUnchanged, rowsWritten, errorCount, rowErrors, committedAt, updatedAt: new Date(),
  });
  return job;
}

/** Imports: receive a file, preview it, commit it. Writes nothing to the graph until commit. */
export const importService = {
  /**
   * Stores the uploaded bytes (streamed to a staging file while hashing them) and records the job.
   * A file over the size limit is read to the end but not kept, and its job is REJECTED.
   */
  async receive(db: Database, input: ReceiveInput): Promise<ImportJob> {
    await mkdir(stagingDir(), { recursive: true });
    await sweepStaging();
    const temporary = join(stagingDir(), `upload-${randomBytes(8).toString('hex')}`);
    const out = createWriteStream(temporary);
    const hash = createHash('sha256');
    let size = 0;
    try {
      try {
        for await (const chunk of input.body) {
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
          size += bytes.length;
          hash.update(bytes);
          if (size <= IMPORT_LIMITS.maxBytes) {
            if (!out.write(bytes)) await new Promise<void>((done) => out.once('drain', () => done()));
          } else if (size > IMPORT_LIMITS.maxBytes * 4) {
            // Not worth reading further just to say it is too large.
            break;
          }
        }
      } finally {
        out.end();
        await finished(out).catch(() => undefined);
      }
    } catch (error) {
      // The upload broke off (client gone, network): nothing to keep.
      await rm(temporary, { force: true });
      throw error;
    }
    const em = db.orm.em.fork();
    const fileHash = hash.digest('hex');
    const previous = await em.findOne(ImportJob, { kind: input.kind, fileHash, status: ImportStatus.COMMITTED }, { orderBy: { id: 'asc' } });
    const job = em.create(ImportJob, {
      kind: input.kind,
      fileName: (input.fileName || 'berkas').slice(0, 255),
      fileHash,
      fileSize: size,
      status: ImportStatus.RECEIVED,
      duplicateOfJobId: previous?.id ?? null,
      requestedBy: input.requestedBy ?? null,
    });
    if (size > IMPORT_LIMITS.maxBytes) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      job.status = ImportStatus.REJECTED;
      job.errorCount = 1;
      job.rowErrors = [{
        row: null,
        column: null,
        value: null,
        messageIndonesian: `Berkas terlalu besar (${mb(size)} MB${size > IMPORT_LIMITS.maxBytes * 4 ? ' atau lebih' : ''}); batasnya ${mb(IMPORT_LIMITS.maxBytes)} MB (IMPORT_MAX_BYTES): pecah menjadi beberapa berkas`,
        messageEnglish: `The file is too large (${mb(size)} MB${size > IMPORT_LIMITS.maxBytes * 4 ? ' or more' : ''}); the limit is ${mb(IMPORT_LIMITS.maxBytes)} MB (IMPORT_MAX_BYTES): split it into several files`,
        limit: 'IMPORT_MAX_BYTES',
      }];
      await em.flush();
      await rm(temporary, { force: true });
      return job;
    }
    await em.flush();
    await rename(temporary, stagedPath(job));
    return job;
  },

  /** Reads and checks every row and counts what a commit would do; writes nothing to the graph. */
  async preview(db: Database, job: ImportJob, options: ImportRunOptions = {}): Promise<ImportJob> {
    if (job.status !== ImportStatus.RECEIVED) return job;
    return run(db, job, false, options);
  },

  /**
   * Checks the file again against the database as it is now and writes it, all or nothing, in one
   * transaction; any bad row means nothing is written and the job is REJECTED.
   */
  async commit(db: Database, job: ImportJob, options: ImportRunOptions = {}): Promise<ImportJob> {
    // Claim the job in one statement, so two commits of the same job cannot both run.
    const claimed = await db.orm.em.fork().nativeUpdate(ImportJob, { id: job.id, status: ImportStatus.PREVIEWED }, { status: ImportStatus.COMMITTING });
    if (claimed !== 1) {
      const status = claimed === 0 ? ((await db.orm.em.fork().findOne(ImportJob, job.id))?.status ?? job.status) : job.status;
      throw new DomainError(ErrorCode.CONFLICT, `Import job ${job.id} is ${status}; only a PREVIEWED job can be committed (upload the corrected file again)`, 'id');
    }
    return run(db, job, true, options);
  },

  /** Receive, preview and, unless `dryRun`, commit: what the CLI and a one-step upload do. */
  async importFile(db: Database, input: ReceiveInput & { dryRun: boolean }, options: ImportRunOptions = {}): Promise<ImportJob> {
    let job = await this.receive(db, input);
    job = await this.preview(db, job, options);
    if (!input.dryRun && job.status === ImportStatus.PREVIEWED) job = await this.commit(db, job, options);
    return job;
  },

  async get(em: SqlEntityManager, id: string | number): Promise<ImportJob> {
    const numeric = Number(id);
    const job = Number.isInteger(numeric) && numeric > 0 ? await em.findOne(ImportJob, numeric) : null;
    if (!job) throw DomainError.notFound('Import job', id);
    return withLive(job);
  },

  /** Jobs newest first would need a second keyset; id order matches upload order. */
  async list(em: SqlEntityManager, page: { limit: number; afterId: number | null }): Promise<Page<ImportJob>> {
    const result = await paginate(em, ImportJob, {}, page);
    result.nodes = result.nodes.map(withLive);
    return result;
  },
};

function withLive(job: ImportJob): ImportJob {
  const progress = live.get(job.id);
  if (!progress) return job;
  const { status, rowsRead, rowsValid, rowsWritten } = progress;
  return Object.assign(job, { status, rowsRead, rowsValid, rowsWritten });
}

async function run(db: Database, job: ImportJob, write: boolean, options: ImportRunOptions): Promise<ImportJob> {
  const progress: ImportProgress = { status: write ? ImportStatus.COMMITTING : ImportStatus.VALIDATING, rowsRead: 0, rowsValid: 0, rowsToWrite: 0, rowsWritten: 0 };
  live.set(job.id, progress);
  job.status = progress.status;
  await saved(db, job);
  try {
    const analysis = await analyse(db, job, write, options, progress);
    record(job, analysis);
    if (analysis.errors.count) job.status = ImportStatus.REJECTED;
    else if (!write) job.status = ImportStatus.PREVIEWED;
    else Object.assign(job, { status: ImportStatus.COMMITTED, rowsWritten: analysis.written, committedAt: new Date() });
  } catch (error) {
    // Something no row explains (a lost connection, a constraint raced by another writer): the
    // transaction was rolled back, so nothing of the file was written.
    const message = (error as Error).message;
    job.status = ImportStatus.FAILED;
    job.rowsWritten = 0;
    job.errorCount = 1;
    job.rowErrors = [{ row: null, column: null, value: null, messageIndonesian: `Impor gagal dan tidak ada yang disimpan: ${message}`, messageEnglish: `The import failed and nothing was written: ${message}` }];
  } finally {
    live.delete(job.id);
  }
  await saved(db, job);
  if (job.status !== ImportStatus.PREVIEWED) await rm(stagedPath(job), { force: true });
  return job;
}

