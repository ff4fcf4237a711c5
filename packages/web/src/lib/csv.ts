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
  /** Decimal mark of numbers; "." by default. Indonesian Excel reads "3,25". */
  decimal?: '.' | ',';
}

/**
 * The separator and decimal mark Excel expects for an interface language: Indonesian regional
 * settings use ";" between fields and "," as the decimal mark, English "," and ".".
 */
export function csvOptionsFor(locale: string): CsvOptions {
  return locale === 'en' ? { separator: ',', decimal: '.' } : { separator: ';', decimal: ',' };
}

/**
 * A NIP as printed on Indonesian personnel documents ("19850312 201001 1 004"), so a spreadsheet
 * keeps it as text where 18 bare digits would become 1.98503E+17. Anything else is unchanged.
 */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s/g, '');
  return /^\d{18}$/.test(digits) ? `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}` : nip;
}

const BOM = '\uFEFF';

/**
 * A text cell that a spreadsheet would take for a formula (=, +, -, @, tab, carriage return first)
 * gets a leading apostrophe, so opening an export never runs anything (OWASP "CSV injection"). The
 * same rule as the server's CSV writer (packages/server/src/modules/import/spreadsheet-writer.ts):
 * a text that is a plain number ("-0.25") is left alone, as numbers are, since a spreadsheet reads it
 * as that number with nothing to run; a text already starting with apostrophes before such a
 * character gets one more, so the server's import, which takes one off, reads back the text written.
 */
export function neutralise(text: string): string {
  return /^'*[=+\-@\t\r]/.test(text) && !/^[+-]?\d+([.,]\d+)?$/.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvValue, separator = ',', decimal: '.' | ',' = '.'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  const text = typeof value === 'string' ? neutralise(value) : typeof value === 'number' ? String(value).replace('.', decimal) : String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header and the rows as one CSV text. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const decimal = options.decimal ?? '.';
  const lines = [header, ...rows].map((row) => row.map((value) => csvField(value, separator, decimal)).join(separator));
  return (options.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}
