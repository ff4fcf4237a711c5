/** What an import accepts. Beyond these a file is rejected whole, with a message that says which limit. */
export const IMPORT_LIMITS = {
  /** Largest file accepted, in bytes (25 MiB). */
  maxBytes: 25 * 1024 * 1024,
  /** Most data rows accepted (the header row not counted). */
  maxRows: 200_000,
  /** Row errors kept on the import job; the count of all of them is kept too. */
  maxStoredErrors: 200,
} as const;

/**
 * When an import touches more employees than this share of the city (and at least `min`), one full
 * rebuild of the read model is cheaper than refreshing them: measured, refreshing costs about 3.5
 * times as much per employee as rebuilding (docs/benchmarks-import.md), so the break-even lies near
 * 30 % of the city; a quarter leaves a margin.
 */
export const REBUILD_THRESHOLD = { share: 0.25, min: 2_000 } as const;
