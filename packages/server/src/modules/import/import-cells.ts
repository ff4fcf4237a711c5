import { DomainError } from '../../common/errors.js';
import { check, today } from '../../common/validate.js';
import { parseNip } from '../employee/nip.js';
import { CellProblem } from './import-row.js';

/**
 * Cell parsers: text from a CSV or spreadsheet cell to a typed value. The rules are the API's own
 * (`check.*` in common/validate.ts, `parseNip`): a cell is wrong exactly when the same value would be
 * refused by the mutation. Each parser throws a CellProblem with the reason in both languages.
 */

/** Runs one of the API's checks and turns its DomainError into a bilingual problem. */
function viaCheck<T>(run: () => T, indonesian: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError) throw new CellProblem(indonesian, error.message);
    throw error;
  }
}

export const cell = {
  /** Trimmed text of 1 to `max` characters. */
  text(column: string, raw: string, max: number): string {
    const value = raw.trim();
    return viaCheck(() => check.text(column, value, max), value ? `${column} paling banyak ${max} karakter (ada ${value.length})` : `${column} wajib diisi`);
  },

  /** Optional text: empty gives null. */
  optionalText(column: string, raw: string, max: number): string | null {
    return raw.trim() === '' ? null : cell.text(column, raw, max);
  },

  /**
   * One value of an enumeration. Accepts the code in any case, with spaces or dashes for
   * underscores, and the Indonesian words listed in `aliases` (e.g. "Laki-laki" for MALE).
   */
  oneOf<E extends string>(column: string, raw: string, values: Record<string, E>, aliases: Record<string, E> = {}): E {
    const key = normalizeWord(raw);
    const all = Object.values(values);
    const found = all.find((v) => normalizeWord(v) === key) ?? Object.entries(aliases).find(([alias]) => normalizeWord(alias) === key)?.[1];
    if (!found) {
      const list = all.join(', ');
      throw new CellProblem(
        raw.trim() ? `${column} "${raw.trim()}" tidak dikenal; gunakan salah satu: ${list}` : `${column} wajib diisi; gunakan salah satu: ${list}`,
        raw.trim() ? `${column} "${raw.trim()}" is not known; use one of ${list}` : `${column} must not be empty; use one of ${list}`,
      );
    }
    return found;
  },

  /** A whole number, for levels, years and JP. */
  integer(column: string, raw: string): number {
    const value = raw.trim();
    if (!/^-?\d+$/.test(value)) {
      throw new CellProblem(value ? `${column} harus bilangan bulat; tertulis "${value}"` : `${column} wajib diisi`, value ? `${column} must be a whole number; got "${value}"` : `${column} must not be empty`);
    }
    return Number(value);
  },

  /** A decimal number; a comma is accepted as the decimal separator (as Indonesian spreadsheets write it). */
  number(column: string, raw: string): number {
    const value = raw.trim().replace(',', '.');
    if (!/^-?\d+(\.\d+)?$/.test(value)) {
      throw new CellProblem(raw.trim() ? `${column} harus angka; tertulis "${raw.trim()}"` : `${column} wajib diisi`, raw.trim() ? `${column} must be a number; got "${raw.trim()}"` : `${column} must not be empty`);
    }
    return Number(value);
  },

  /** A level 1–5 (PermenPANRB 38/2017), by the API's rule. */
  level(column: string, raw: string): number {
    const value = cell.integer(column, raw);
    return viaCheck(() => check.level(column, value), `${column} harus level bulat 1 sampai 5; tertulis ${value}`);
  },

  /** A number within [min, max], by the API's rule. */
  range(column: string, raw: string, min: number, max: number): number {
    const value = cell.number(column, raw);
    return viaCheck(() => check.range(column, value, min, max), `${column} harus antara ${min} dan ${max}; tertulis ${value}`);
  },

  /** A whole number of at least `min`, by the API's rule. */
  wholeNumber(column: string, raw: string, min = 0): number {
    const value = cell.integer(column, raw);
    return viaCheck(() => check.wholeNumber(column, value, min), `${column} harus bilangan bulat paling sedikit ${min}; tertulis ${value}`);
  },

  /**
   * A day. YYYY-MM-DD as the API takes it, and DD-MM-YYYY or DD/MM/YYYY as Indonesian spreadsheets
   * write it; spreadsheet date cells arrive already as YYYY-MM-DD (see spreadsheet-reader.ts).
   */
  day(column: string, raw: string): string {
    const value = raw.trim();
    const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
    const iso = local ? `${local[3]}-${local[2].padStart(2, '0')}-${local[1].padStart(2, '0')}` : value;
    return viaCheck(() => check.day(column, iso), value ? `${column} harus tanggal yang ada, ditulis YYYY-MM-DD atau DD-MM-YYYY; tertulis "${value}"` : `${column} wajib diisi`);
  },

  /** A day that is not after today. */
  pastDay(column: string, raw: string): string {
    const day = cell.day(column, raw);
    if (day > today()) throw new CellProblem(`${column} ${day} ada di masa depan`, `${column} ${day} is in the future`);
    return day;
  },

  /** A valid NIP (modules/employee/nip.ts), spaces removed. */
  nip(column: string, raw: string): string {
    if (raw.startsWith(LOSSY_NUMBER)) {
      throw new CellProblem(
        `${column} tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang (${raw.slice(LOSSY_NUMBER.length)}); format kolom sebagai Teks lalu ketik ulang`,
        `${column} was stored as a number in Excel, which lost its last digits (${raw.slice(LOSSY_NUMBER.length)}); format the column as Text and type it again`,
      );
    }
    const parsed = parseNip(raw);
    if (!parsed.ok) throw new CellProblem(`${column} tidak valid: ${nipReasonIndonesian(parsed.reason)}`, `${column} is not valid: ${parsed.reason}`);
    return raw.replace(/\s+/g, '');
  },

  /** Ya/tidak, true/false, 1/0. */
  yesNo(column: string, raw: string): boolean {
    const key = normalizeWord(raw);
    if (['YA', 'Y', 'TRUE', 'BENAR', '1', 'YES'].includes(key)) return true;
    if (['TIDAK', 'T', 'FALSE', 'SALAH', '0', 'NO', 'N', ''].includes(key)) return false;
    throw new CellProblem(`${column} harus "ya" atau "tidak"; tertulis "${raw.trim()}"`, `${column} must be "ya" (yes) or "tidak" (no); got "${raw.trim()}"`);
  },
};

/** Marks a spreadsheet number too long to be exact (an 18-digit NIP typed into a number cell): "≈1980…000". */
export const LOSSY_NUMBER = '≈';

/** Upper case, spaces and dashes as underscores: "laki-laki" → "LAKI_LAKI", "e learning" → "E_LEARNING". */
export const normalizeWord = (raw: string) => raw.trim().toUpperCase().replace(/[\s\-/]+/g, '_');

/** The NIP checker speaks English; the reasons it gives, in Bahasa Indonesia. */
function nipReasonIndonesian(reason: string): string {
  if (reason.startsWith('NIP must have exactly 18 digits')) return 'NIP harus tepat 18 digit angka';
  if (reason.includes('not a real birth date')) return 'digit 1–8 bukan tanggal lahir yang ada';
  if (reason.includes('must be a month')) return 'digit 13–14 harus bulan 01–12';
  if (reason.includes('too soon after the birth year')) return 'tahun TMT CPNS terlalu dekat dengan tahun lahir';
  if (reason.includes('digit 15')) return 'digit 15 harus 1 (laki-laki) atau 2 (perempuan)';
  return reason;
}
