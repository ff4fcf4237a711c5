import type { Writable } from 'node:stream';
import type { Database } from '../../db/database.js';
import type { ImportKind } from './import-kind.js';
import { LAYOUTS, layoutOf } from './import-layouts.js';
import { sheetWriter, type SheetFormat } from './spreadsheet-writer.js';

const PAGE = 5_000;

/** Exports and templates, in the import layouts: an export edited and imported back changes only what was edited. */
export const exportService = {
  /**
   * Writes every record of a kind, in pages of 5,000 read in one transaction (a consistent
   * snapshot on PostgreSQL's default isolation per statement; see docs/import.md). `beforeEnd` runs
   * after the last row and before the file is closed (the export's audit row commits before the
   * client has the whole file).
   */
  async write(db: Database, kind: ImportKind, format: SheetFormat, out: Writable, beforeEnd?: (rows: number) => Promise<void>): Promise<number> {
    const layout = layoutOf(kind);
    const writer = sheetWriter(format, out, layout.columns);
    await writer.row(layout.columns.map((c) => c.header));
    let count = 0;
    await db.bulk(async (session) => {
      // One snapshot for the whole export, so pages agree with each other.
      if (db.target.kind === 'postgresql') await session.query('set transaction isolation level repeatable read, read only');
      let after = 0;
      for (;;) {
        const rows = await session.query<Record<string, unknown>>(layout.exportSql, [after, PAGE]);
        if (!rows.length) break;
        for (const row of rows) {
          await writer.row(layout.columns.map((c) => (row[c.key] === null || row[c.key] === undefined ? null : String(row[c.key]))));
          count++;
        }
        after = Number(rows[rows.length - 1]._id);
      }
    });
    await beforeEnd?.(count);
    await writer.end();
    return count;
  },

  /** The column layouts as Markdown tables, for docs/import.md (written by `pnpm run import:templates`). */
  layoutsMarkdown(): string {
    return LAYOUTS.map((layout) => {
      const rows = layout.columns.map(
        (c) => `| \`${c.header}\` | \`${c.headerEnglish}\` | ${c.exportOnly ? 'export only' : c.required ? 'yes' : 'no'} | ${c.description.replaceAll('|', '\\|')} | ${c.example ? `\`${c.example}\`` : ''} |`,
      );
      return [
        `### ${layout.titleIndonesian} (${layout.titleEnglish}): \`${layout.slug}\``,
        '',
        `Template: [${layout.slug}.csv](import-templates/${layout.slug}.csv), [${layout.slug}.xlsx](import-templates/${layout.slug}.xlsx).`,
        '',
        '| Column | English | Required | What goes in it | Example |',
        '|---|---|---|---|---|',
        ...rows,
      ].join('\n');
    }).join('\n\n');
  },

  /** The empty file of a kind: the header row, and in .xlsx a sheet describing each column. */
  async template(kind: ImportKind, format: SheetFormat, out: Writable): Promise<void> {
    const layout = layoutOf(kind);
    const columns = layout.columns.filter((c) => !c.exportOnly);
    const writer = sheetWriter(format, out, columns, true);
    await writer.row(columns.map((c) => c.header));
    await writer.end();
  },
};
