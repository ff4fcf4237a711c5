/**
 * What an import accepts. Beyond these a file is rejected whole, with a message that says which
 * limit. Each is counted while the file is read (streamed), never trusted from what the file says of
 * itself, so a file that claims to be small cannot take the server's memory (docs/security.md,
 * "Uploads, exports and the browser"). Settings in config.ts (docs/operations.md); the CLI import uses
 * the same values.
 */
export interface ImportLimits {
  /** Largest file accepted, in bytes (IMPORT_MAX_BYTES). */
  maxBytes: number;
  /** Most data rows accepted, the header row not counted (IMPORT_MAX_ROWS). */
  maxRows: number;
  /** Most cells accepted over the whole file, empty ones included, the header row counted (IMPORT_MAX_CELLS). */
  maxCells: number;
  /** Most bytes an .xlsx workbook may inflate to, all its zip entries together (IMPORT_MAX_UNZIPPED_BYTES). */
  maxUnzippedBytes: number;
  /** Most bytes one worksheet of an .xlsx workbook may inflate to; sheets are read as a stream (IMPORT_MAX_SHEET_BYTES). */
  maxSheetBytes: number;
  /**
   * Most bytes any other part of an .xlsx workbook may inflate to (IMPORT_MAX_PART_BYTES): the shared
   * strings, styles and relationships, which exceljs keeps in memory whole.
   */
  maxPartBytes: number;
  /** Most entries in an .xlsx workbook's zip (a workbook of one sheet has about ten) (IMPORT_MAX_ENTRIES). */
  maxEntries: number;
  /** Row errors kept on the import job; the count of all of them is kept too. */
  maxStoredErrors: number;
}

/**
 * The defaults leave room for the 100,000-row imports of docs/benchmarks-import.md with a margin of
 * two. Measured: 100,000 employees as .xlsx written by the export are 4.8 MB on the wire and inflate
 * to 64 MB (the sheet; the other parts 14 kB), 1.1 million cells; as CSV about 10 MB. The part limit
 * is lower because exceljs holds those parts whole: 32 MB of rich-text shared strings took 420 MB of
 * heap and 9 s to read, 150 MB took 1.8 GB and 28 s (docs/security.md).
 */
export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = {
  maxBytes: 25 * 1024 * 1024,
  maxRows: 200_000,
  maxCells: 5_000_000,
  maxUnzippedBytes: 256 * 1024 * 1024,
  maxSheetBytes: 160 * 1024 * 1024,
  maxPartBytes: 32 * 1024 * 1024,
  maxEntries: 1_000,
  maxStoredErrors: 200,
};

/** The limits in force in this process: the defaults until the server or the CLI configures them. */
export const IMPORT_LIMITS: ImportLimits = { ...DEFAULT_IMPORT_LIMITS };

/** Sets the limits of this process (app.ts and the import CLI, from config.ts). */
export function configureImportLimits(limits: Partial<ImportLimits>): void {
  Object.assign(IMPORT_LIMITS, DEFAULT_IMPORT_LIMITS, limits);
}

/**
 * When an import touches more employees than this share of the city (and at least `min`), one full
 * rebuild of the read model is cheaper than refreshing them: measured, refreshing costs about 3.5
 * times as much per employee as rebuilding (docs/benchmarks-import.md), so the break-even lies near
 * 30 % of the city; a quarter leaves a margin.
 */
export const REBUILD_THRESHOLD = { share: 0.25, min: 2_000 } as const;
