/** A problem with one cell, one row or the whole file, in Bahasa Indonesia and English. */
export interface RowError {
  /** Row number as a spreadsheet shows it (the header is row 1); null for the whole file. */
  row: number | null;
  /** The column header as written in the file (or the expected one); null for the whole row or file. */
  column: string | null;
  /** The value at fault, when there is one (cut to 100 characters). */
  value: string | null;
  messageIndonesian: string;
  messageEnglish: string;
  /** The setting whose limit the file passed (e.g. `IMPORT_MAX_PART_BYTES`), when that is why it was refused. */
  limit?: string;
}

/** A bilingual reason, thrown by cell parsers and caught by the row loop. */
export class CellProblem extends Error {
  constructor(
    readonly indonesian: string,
    readonly english: string,
    /** The setting whose limit was passed, when that is the problem (answered with HTTP 413). */
    readonly limit?: string,
  ) {
    super(english);
    this.name = 'CellProblem';
  }
}

/** Collects row errors; validation goes on after an error so a person sees them all at once. */
export class ErrorSink {
  readonly errors: RowError[] = [];
  private rowsWithErrors = new Set<number>();

  add(row: number | null, column: string | null, value: string | null | undefined, indonesian: string, english: string, limit?: string): void {
    this.errors.push({
      row,
      column,
      value: value == null || value === '' ? null : value.slice(0, 100),
      messageIndonesian: indonesian,
      messageEnglish: english,
      ...(limit ? { limit } : {}),
    });
    if (row !== null) this.rowsWithErrors.add(row);
  }

  /** Whether this row already has an error (so a later check does not pile on). */
  hasRow(row: number): boolean {
    return this.rowsWithErrors.has(row);
  }

  /** How many distinct rows have an error. */
  get rowCount(): number {
    return this.rowsWithErrors.size;
  }

  get count(): number {
    return this.errors.length;
  }

  /** Errors ordered by row, then column, as a person reads the file. */
  sorted(): RowError[] {
    return [...this.errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''));
  }
}
