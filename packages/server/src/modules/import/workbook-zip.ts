import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import type { Readable, Transform } from 'node:stream';
import { IMPORT_LIMITS, type ImportLimits } from './import-limits.js';
import { CellProblem } from './import-row.js';

/** An entry of unzipper's streaming parser: the inflated bytes of one file of the zip. */
interface ZipEntry extends Readable {
  path: string;
}

/**
 * exceljs's streaming reader unzips the workbook with unzipper's `Parse`, which inflates every entry
 * without any bound: a 4.4 MB workbook whose sharedStrings.xml inflates to 4.5 GB filled the heap and
 * ended the process. The same module exceljs loads is taken here (resolved from exceljs itself, not a
 * copy of our own), so the entries counted below are byte for byte the ones exceljs reads next: the
 * same parser over the same file is deterministic, whatever the zip's directories claim.
 */
const unzipper = createRequire(createRequire(import.meta.url).resolve('exceljs'))('unzipper') as {
  Parse(options: { forceStream: true }): Transform;
};

/** The entries exceljs 4.4's WorkbookReader reads as worksheets (lib/stream/xlsx/workbook-reader.js, unanchored as there). */
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/;

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 });

/** The problem of a workbook over one of the limits, naming the limit in both languages. */
function tooLarge(limit: string, indonesian: string, english: string): CellProblem {
  return new CellProblem(`${indonesian} (${limit}); berkas ditolak (kemungkinan "zip bomb")`, `${english} (${limit}); the file is refused (possibly a "zip bomb")`, limit);
}

/**
 * Inflates every entry of an .xlsx workbook once, counting the bytes as they come out (never trusting
 * the sizes the zip declares), and stops at the first limit passed: the whole workbook, one
 * worksheet, one other part, the number of entries. Nothing is kept: memory stays at one chunk.
 * Throws a CellProblem naming the limit.
 */
export async function checkWorkbookZip(path: string, limits: ImportLimits = IMPORT_LIMITS): Promise<void> {
  const source = createReadStream(path);
  const zip = unzipper.Parse({ forceStream: true });
  let total = 0;
  let entries = 0;
  let open = 0;
  let ended = false;
  try {
    // Flowing mode, as exceljs reads the same parser (lib/utils/iterate-stream.js): every chunk is
    // counted as it is inflated, and the parser is torn down at the first limit passed.
    await new Promise<void>((resolve, reject) => {
      const settleIfDone = () => {
        if (ended && open === 0) resolve();
      };
      source.on('error', reject);
      zip.on('error', reject);
      zip.on('end', () => {
        ended = true;
        settleIfDone();
      });
      zip.on('data', (entry: ZipEntry) => {
        if (++entries > limits.maxEntries) {
          reject(tooLarge('IMPORT_MAX_ENTRIES', `Buku kerja berisi lebih dari ${limits.maxEntries} berkas di dalamnya`, `The workbook holds more than ${limits.maxEntries} files inside it, the limit`));
          return;
        }
        open++;
        let size = 0;
        // exceljs streams the entries it takes for worksheets (by this same pattern) and keeps every other part whole.
        const sheet = WORKSHEET.test(entry.path);
        // The name comes from the file: cut, as the other values a row error quotes.
        const name = entry.path.slice(0, 100);
        const limit = sheet ? limits.maxSheetBytes : limits.maxPartBytes;
        entry.on('error', reject);
        entry.on('end', () => {
          open--;
          settleIfDone();
        });
        entry.on('data', (chunk: Buffer) => {
          size += chunk.length;
          total += chunk.length;
          if (size > limit) {
            reject(
              tooLarge(
                sheet ? 'IMPORT_MAX_SHEET_BYTES' : 'IMPORT_MAX_PART_BYTES',
                `Bagian "${name}" dari buku kerja mengembang melebihi ${mb(limit)} MB saat dibuka`,
                `The part "${name}" of the workbook inflates to more than ${mb(limit)} MB, the limit for ${sheet ? 'a worksheet' : 'a part other than a worksheet'}`,
              ),
            );
          } else if (total > limits.maxUnzippedBytes) {
            reject(
              tooLarge(
                'IMPORT_MAX_UNZIPPED_BYTES',
                `Buku kerja mengembang melebihi ${mb(limits.maxUnzippedBytes)} MB saat dibuka`,
                `The workbook inflates to more than ${mb(limits.maxUnzippedBytes)} MB, the limit for all its parts together`,
              ),
            );
          }
        });
      });
      source.pipe(zip);
    });
  } catch (error) {
    if (error instanceof CellProblem) throw error;
    throw new CellProblem('Berkas .xlsx tidak dapat dibaca (rusak atau bukan buku kerja Excel)', `The .xlsx file cannot be read (damaged, or not an Excel workbook): ${(error as Error).message}`);
  } finally {
    // Stop inflating at once; errors raised while tearing down have no one left to tell.
    source.unpipe(zip);
    source.destroy();
    zip.removeAllListeners('data');
    zip.on('error', () => undefined);
    zip.destroy();
  }
}
