/** Minimal CSV writing for COPY ... WITH (FORMAT csv): NULL is an unquoted empty field. */
export type CsvValue = string | number | boolean | null | undefined | readonly string[];

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (Array.isArray(value)) return field(`{${value.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`);
  const text = value as string;
  return `"${text.replaceAll('"', '""')}"`;
}

/** Accumulates rows of one table as CSV text. */
export class CsvTable {
  private lines: string[] = [];
  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {}

  add(...values: CsvValue[]): void {
    this.lines.push(values.map(field).join(','));
  }

  get size(): number {
    return this.lines.length;
  }

  /** Returns the CSV text and empties the buffer. */
  drain(): string {
    const text = this.lines.length ? this.lines.join('\n') + '\n' : '';
    this.lines = [];
    return text;
  }
}
