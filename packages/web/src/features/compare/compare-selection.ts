/**
 * The selection of the unit comparison (2–10 units and a competency kind) and its home in the URL
 * query string (`?units=1,19,24&kind=MANAJERIAL`), so a comparison can be bookmarked. Pure.
 */
import { COMPETENCY_KINDS, type CompetencyKind } from '../../shared/domain/competency.ts';
import type { QueryParams } from '../../lib/query-params.ts';

export const MIN_UNITS = 2;
export const MAX_UNITS = 10;
export const DEFAULT_KIND: CompetencyKind = 'MANAJERIAL';

export interface CompareSelection {
  /** Ids of the chosen work units, in the order they were picked, without duplicates. */
  unitIds: string[];
  competencyKind: CompetencyKind;
}

const UNIT_ID = /^[\w-]{1,40}$/;

function first(value: QueryParams[string]): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v ?? undefined;
}

/** Reads the selection; malformed ids, duplicates and ids past the tenth are dropped, a bad kind falls back. */
export function parseCompareQuery(query: QueryParams): CompareSelection {
  const ids: string[] = [];
  for (const raw of (first(query.units) ?? '').split(',')) {
    const id = raw.trim();
    if (UNIT_ID.test(id) && !ids.includes(id) && ids.length < MAX_UNITS) ids.push(id);
  }
  const kind = first(query.kind);
  return {
    unitIds: ids,
    competencyKind: COMPETENCY_KINDS.includes(kind as CompetencyKind) ? (kind as CompetencyKind) : DEFAULT_KIND,
  };
}

/** Writes the selection; no `units` parameter when none is chosen. */
export function toCompareQuery(selection: CompareSelection): Record<string, string> {
  const query: Record<string, string> = {};
  if (selection.unitIds.length > 0) query.units = selection.unitIds.join(',');
  query.kind = selection.competencyKind;
  return query;
}

/** Adds or removes a unit; adding beyond the tenth does nothing. */
export function toggleUnit(selection: CompareSelection, unitId: string): CompareSelection {
  if (selection.unitIds.includes(unitId)) return { ...selection, unitIds: selection.unitIds.filter((id) => id !== unitId) };
  if (selection.unitIds.length >= MAX_UNITS) return selection;
  return { ...selection, unitIds: [...selection.unitIds, unitId] };
}

export function canCompare(selection: CompareSelection): boolean {
  return selection.unitIds.length >= MIN_UNITS && selection.unitIds.length <= MAX_UNITS;
}
