import type { BulkSession } from '../../db/database.js';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import type { Writer } from '../access/separation-of-duties.js';
import { CellProblem, type ErrorSink } from './import-row.js';

/** What a file holds. Each kind has one column layout (import-layouts/), used by import, export and templates. */
export enum ImportKind {
  WORK_UNITS = 'WORK_UNITS',
  POSITIONS = 'POSITIONS',
  EMPLOYEES = 'EMPLOYEES',
  COMPETENCY_ASSESSMENTS = 'COMPETENCY_ASSESSMENTS',
  TRAINING_RECORDS = 'TRAINING_RECORDS',
  PERFORMANCE_EVALUATIONS = 'PERFORMANCE_EVALUATIONS',
  COURSES = 'COURSES',
  TRAINING_PROVIDERS = 'TRAINING_PROVIDERS',
}
registerDescribedEnum(ImportKind, 'ImportKind', 'What an import or export file holds; each kind has one column layout (docs/import.md).', {
  WORK_UNITS: 'Unit kerja: the work-unit tree, keyed by unit code.',
  POSITIONS: 'Jabatan and their competency standards, one row per required competency, keyed by unit code and position name.',
  EMPLOYEES: 'Pegawai ASN, keyed by NIP.',
  COMPETENCY_ASSESSMENTS: 'Penilaian kompetensi (append-only evidence), keyed by NIP, competency code, day and method.',
  TRAINING_RECORDS: 'Riwayat pelatihan, keyed by NIP, course code and start day.',
  PERFORMANCE_EVALUATIONS: 'SKP evaluations, keyed by NIP, year and period.',
  COURSES: 'The course catalogue, keyed by course code.',
  TRAINING_PROVIDERS: 'Training providers (lembaga penyelenggara), keyed by provider code.',
});

/** One column of a layout. */
export interface ColumnDef {
  /** Stable key used in code. */
  key: string;
  /** The header BKPSDM would write (Bahasa Indonesia); templates and exports use it. */
  header: string;
  /** The English header, accepted on import too. */
  headerEnglish: string;
  required: boolean;
  /** What goes in the column (docs/import.md and the template's notes sheet). */
  description: string;
  /** An example value for the template. */
  example: string;
  /** Written by export for reading (e.g. the SKP predikat) and ignored on import. */
  exportOnly?: boolean;
}

/** A parsed row with its number in the file. */
export interface ParsedRow<R> {
  row: number;
  value: R;
}

/** Called by a plan's writer as rows reach their tables; tests use it to inject a failure at row N. */
export interface WriteHooks {
  written(rows: number): void;
  /** Runs a named step of the write and reports its duration (the benchmark shows where time goes). */
  timed<T>(step: string, work: () => Promise<T>): Promise<T>;
}

/** What committing the file would do, and the function that does it. */
export interface ImportPlan {
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  /** Writes the changes inside the session's transaction, read model included; returns rows written. */
  apply(session: BulkSession, hooks: WriteHooks): Promise<number>;
}

export interface PlanContext {
  session: BulkSession;
  errors: ErrorSink;
  /** The header text of a column as the file wrote it (or the Indonesian header). */
  column(key: string): string;
  /** Whether the file has this column (an absent optional column leaves the stored value alone where the layout says so). */
  has(key: string): boolean;
  /** Who imports: the rules of separation of duties apply to them as to the API's callers, and their account is recorded as `enteredBy`. */
  writer: Writer;
}

/** A kind: its layout, how a row is read, how the rows are checked against each other and the database, and its export. */
export interface KindDefinition<R> {
  kind: ImportKind;
  /** In URLs and file names: /api/exports/<slug>.csv */
  slug: string;
  titleIndonesian: string;
  titleEnglish: string;
  columns: ColumnDef[];
  parseRow(row: RowReader): R | undefined;
  plan(rows: ParsedRow<R>[], ctx: PlanContext): Promise<ImportPlan>;
  /**
   * The export: SQL returning `_id` and one text column per layout column, named by its key,
   * for rows with `_id > $1`, ordered by `_id`, at most `$2` of them (keyset pages).
   */
  exportSql: string;
}

/** Header text compared loosely: case, spaces, underscores, dashes and a trailing note in brackets do not matter. */
export const normalizeHeader = (text: string) =>
  text.replace(/^\uFEFF/, '').replace(/\(.*\)\s*$/, '').trim().toLowerCase().replace(/[\s_\-.]+/g, ' ').trim();

/** The cells of one row by column key, with per-column error capture. */
export class RowReader {
  private failed = false;

  constructor(
    readonly row: number,
    private readonly cells: string[],
    private readonly positions: Map<string, number>,
    private readonly headers: Map<string, string>,
    private readonly errors: ErrorSink,
  ) {}

  /** The header of a column as written in the file. */
  column(key: string): string {
    return this.headers.get(key) ?? key;
  }

  has(key: string): boolean {
    return this.positions.has(key);
  }

  raw(key: string): string {
    const at = this.positions.get(key);
    return at === undefined ? '' : (this.cells[at] ?? '').trim();
  }

  /** Parses one cell; a problem is recorded against the row and column, and undefined returned. */
  take<T>(key: string, parse: (column: string, raw: string) => T): T | undefined {
    try {
      return parse(this.column(key), this.raw(key));
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      this.fail(key, error.indonesian, error.english);
      return undefined;
    }
  }

  /** Like take, but an empty cell gives null without complaint. */
  optional<T>(key: string, parse: (column: string, raw: string) => T): T | null | undefined {
    return this.raw(key) === '' ? null : this.take(key, parse);
  }

  fail(key: string | null, indonesian: string, english: string): void {
    this.failed = true;
    this.errors.add(this.row, key ? this.column(key) : null, key ? this.raw(key) : null, indonesian, english);
  }

  get ok(): boolean {
    return !this.failed;
  }
}

/** Reads a complete row or nothing: the parser returns undefined when any cell failed. */
export function complete<R>(reader: RowReader, value: R): R | undefined {
  return reader.ok ? value : undefined;
}
