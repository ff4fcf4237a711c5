/** What an import accepts. Beyond these a file is rejected whole, with a message that says which limit. */
export const IMPORT_LIMITS = {
  /** Largest file accepted, in bytes (25 MiB). */
  maxBytes: 25 * 1024 * 1024,
  /** Most data rows accepted (the header row not counted). */
  maxRows: 200_000,
  /** Row errors kept on the import job; the count of all of them is kept too. */
  maxStoredErrors: 200,
} as const;

/** Above this many employees touched, one full rebuild of the read model is cheaper than refreshing them one by one. */
export const REBUILD_THRESHOLD = 5_000;
