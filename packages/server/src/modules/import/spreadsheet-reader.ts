import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { LOSSY_NUMBER } from './import-cells.js';
import { IMPORT_LIMITS } from './import-limits.js';
import { CellProblem } from './import-row.js';
import { restoreCsvText } from './spreadsheet-writer.js';
import { checkWorkbookZip } from './workbook-zip.js';

export type SpreadsheetFormat = 'CSV' | 'XLSX';

/** One row of cells as text, with its number as a spreadsheet shows it. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** The delimiters a CSV may use: comma, semicolon (Excel in Indonesian locale), tab, pipe. */
const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Says what a file is from its first bytes: an .xlsx workbook (a zip), or CSV text (UTF-8, no NUL
 * bytes). Anything else (an old .xls, a PDF, an image, a zip of something else) is refused with a
 * message saying what to do.
 */
export async function sniffFormat(path: string): Promise<SpreadsheetFormat> {
  const handle = await open(path, 'r');
  const head = Buffer.alloc(8192);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  await handle.close();
  const bytes = head.subarray(0, bytesRead);
  if (bytesRead === 0) throw new CellProblem('Berkas kosong', 'The file is empty');
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'XLSX';
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new CellProblem('Berkas .xls (Excel 97–2003) tidak didukung; simpan sebagai .xlsx atau CSV UTF-8', 'Old .xls (Excel 97–2003) files are not supported; save the file as .xlsx or CSV UTF-8');
  }
  if (looksBinary(bytes)) {
    throw new CellProblem('Berkas ini bukan lembar kerja: unggah .xlsx atau CSV (UTF-8)', 'This file is not a spreadsheet: upload an .xlsx workbook or a CSV file (UTF-8)');
  }
  if (!isUtf8Prefix(bytes)) throw NOT_UTF8;
  return 'CSV';
}

const NOT_UTF8 = new CellProblem(
  'Berkas CSV bukan UTF-8: di Excel pilih "CSV UTF-8 (dipisahkan koma)" saat menyimpan',
  'The CSV file is not UTF-8: in Excel choose "CSV UTF-8 (comma delimited)" when saving',
);

/** Control characters other than tab, line ends and form feed: text in any encoding has none of them. */
function looksBinary(bytes: Buffer): boolean {
  return bytes.some((b) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b));
}

/** Whether the bytes are UTF-8, allowing a character cut at the end of the sample. */
function isUtf8Prefix(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The delimiter used most often in the first line outside quotes; comma when the line has none. */
export function detectDelimiter(firstLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === delimiter) count++;
    }
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

async function firstLineOf(path: string): Promise<string> {
  const handle = await open(path, 'r');
  const head = Buffer.alloc(65536);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  await handle.close();
  const text = head.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  return text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
}

/** UTF-8 decoding that fails on the first invalid byte instead of writing U+FFFD. */
function strictUtf8(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(NOT_UTF8);
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(NOT_UTF8);
      }
    },
  });
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

async function* csvRows(path: string): AsyncGenerator<SheetRow> {
  const delimiter = detectDelimiter(await firstLineOf(path));
  const parser = createReadStream(path)
    .pipe(strictUtf8())
    .pipe(parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // The apostrophe our CSV exports put before a formula-like text comes off again (spreadsheet-writer.ts).
      if (!blank(record)) yield { row: info.lines, cells: record.map(restoreCsvText) };
    }
  } catch (error) {
    if (error instanceof CellProblem) throw error;
    const message = (error as Error).message;
    throw new CellProblem(`CSV tidak dapat dibaca: ${message}`, `The CSV cannot be read: ${message}`);
  }
}

/** The text of a cell as a person sees it: dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    // An 18-digit NIP typed into a number cell has lost its last digits: say so instead of guessing.
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return `${LOSSY_NUMBER}${value}`;
    return String(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText((value.result ?? '') as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  // Inflated once with every byte counted before exceljs, which cannot be bounded, reads it (workbook-zip.ts).
  await checkWorkbookZip(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' });
  try {
    // The first worksheet holds the data; further sheets (notes, lists) are ignored.
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells = values.slice(1).map((v) => cellText(v).trim());
        if (!blank(cells)) yield { row: row.number, cells };
      }
      return;
    }
  } catch (error) {
    if (error instanceof CellProblem) throw error;
    throw new CellProblem('Berkas .xlsx tidak dapat dibaca (rusak atau bukan buku kerja Excel)', `The .xlsx file cannot be read (damaged, or not an Excel workbook): ${(error as Error).message}`);
  }
}

/**
 * The rows of a file, streamed (never loaded whole). Stops with a CellProblem past the row limit
 * (the header row not counted) or the cell limit (every cell of every row, empty ones included: a row
 * reaching column XFD counts 16,384); an .xlsx workbook is first checked against the zip limits.
 */
export async function* readSheet(path: string, format: SpreadsheetFormat): AsyncGenerator<SheetRow> {
  let dataRows = -1;
  let cells = 0;
  for await (const row of format === 'XLSX' ? xlsxRows(path) : csvRows(path)) {
    if (++dataRows > IMPORT_LIMITS.maxRows) {
      throw new CellProblem(
        `Berkas melebihi batas ${IMPORT_LIMITS.maxRows.toLocaleString('id-ID')} baris data (IMPORT_MAX_ROWS); pecah menjadi beberapa berkas`,
        `The file has more than ${IMPORT_LIMITS.maxRows.toLocaleString('en')} data rows, the limit (IMPORT_MAX_ROWS); split it into several files`,
        'IMPORT_MAX_ROWS',
      );
    }
    cells += row.cells.length;
    if (cells > IMPORT_LIMITS.maxCells) {
      throw new CellProblem(
        `Berkas melebihi batas ${IMPORT_LIMITS.maxCells.toLocaleString('id-ID')} sel (IMPORT_MAX_CELLS) pada baris ${row.row}; hapus kolom yang tidak dipakai atau pecah berkasnya`,
        `The file has more than ${IMPORT_LIMITS.maxCells.toLocaleString('en')} cells, the limit (IMPORT_MAX_CELLS), at row ${row.row}; remove unused columns or split the file`,
        'IMPORT_MAX_CELLS',
      );
    }
    yield row;
  }
}
