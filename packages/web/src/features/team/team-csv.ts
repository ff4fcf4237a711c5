/**
 * Tim saya as CSV: one line per direct report with the gap counts, this year's JP, the latest annual
 * SKP predikat and the kinds of recommended action, from the rows the page shows. NIPs are written
 * in groups so spreadsheets keep them as text. Pure.
 */
import { csvFileNameSlug } from '../../lib/csv-file-name.ts';
import { csvOptionsFor, formatNip, toCsv, type CsvValue } from '../../lib/csv.ts';
import { domainMessages } from '../../shared/domain/domain.messages.ts';
import { employeeLabel } from '../../lib/withheld-identity.ts';
import type { TeamRow } from './team-actions.ts';
import { teamMessages } from './team.messages.ts';

export function toTeamCsv(rows: readonly TeamRow[], locale: string): string {
  const m = teamMessages[locale === 'en' ? 'en' : 'id'].csv;
  const h = m.headers;
  const lines: CsvValue[][] = rows.map((r) => [
    r.member.nip === null ? null : formatNip(r.member.nip),
    employeeLabel(r.member),
    r.member.position?.name ?? null,
    r.member.workUnit?.name ?? null,
    r.counts.required,
    r.counts.below,
    r.counts.criticalBelow,
    r.counts.noData,
    r.counts.met,
    r.jp,
    // The predikat's official name (PermenPANRB 6/2022) in every language, as in the other CSV files.
    r.predikat ? domainMessages.id.predikat[r.predikat.predikat] : null,
    r.predikat?.year ?? null,
    r.actions.map((a) => m.actions[a.kind]).join('; '),
  ]);
  return toCsv(
    [h.nip, h.name, h.position, h.unit, h.required, h.below, h.criticalBelow, h.noData, h.met, h.jp, h.predikat, h.skpYear, h.actions],
    lines,
    csvOptionsFor(locale),
  );
}

/** "tim-budi-santoso-2026-11-27.csv". */
export function teamCsvFileName(locale: string, supervisor: string, day: string): string {
  return csvFileNameSlug(teamMessages[locale === 'en' ? 'en' : 'id'].csv.filePrefix, supervisor, day);
}
