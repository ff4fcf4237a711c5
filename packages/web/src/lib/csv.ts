/**
 * CSV text (RFC 4180) for spreadsheets: CRLF line ends, fields quoted when they hold the separator,
 * a quote or a line break, quotes doubled. Pure: no DOM.
 */

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Field separator; a comma by default. */
  separator?: string;
  /** Start with a UTF-8 byte order mark, so Excel reads names such as "Aminah Ba'asyir" or "Ø" right. Default true. */
  bom?: boolean;
}

const BOM = '\uFEFF';

/**
 * A text cell that a spreadsheet would take for a formula (=, +, -, @, tab, carriage return first)
 * gets a leading apostrophe, so opening an export never runs anything (OWASP "CSV injection").
 * Numbers are written as numbers and never changed.
 */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvValue, separator = ','): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralise(value) : String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header and the rows as one CSV text. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const lines = [header, ...rows].map((row) => row.map((value) => csvField(value, separator)).join(separator));
  return (options.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}
