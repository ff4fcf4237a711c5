/**
 * The kompetensi dimension of the Indeks Profesionalitas ASN (PermenPANRB 38/2018, Peraturan BKN
 * 8/2019) as this product scores it. The regulation gives the dimension's weight (40 of 100) and its four
 * components; the points of each component and the windows below are recalled, not read from the
 * regulation: (verify) every number here with BKPSDM before relying on it. They are data so that can
 * be done without touching code.
 */
import { PositionKind } from '../../../modules/position/position.entity.js';

export type ProfessionalismComponent = 'KEPEMIMPINAN' | 'FUNGSIONAL' | 'TEKNIS' | 'SEMINAR';
export type PositionGroup = 'STRUKTURAL' | 'FUNGSIONAL' | 'PELAKSANA';

/** Maximum of the dimension in the index (of 100). */
export const COMPETENCY_DIMENSION_MAX = 40;

/** Points per component for each group of jabatan (verify). Each row sums to 40. */
export const COMPONENT_POINTS: Record<PositionGroup, Partial<Record<ProfessionalismComponent, number>>> = {
  STRUKTURAL: { KEPEMIMPINAN: 25, TEKNIS: 10, SEMINAR: 5 },
  FUNGSIONAL: { FUNGSIONAL: 25, TEKNIS: 10, SEMINAR: 5 },
  PELAKSANA: { TEKNIS: 35, SEMINAR: 5 },
};

/** Technical training counts when it reaches this many JP within the window (verify). */
export const TECHNICAL_JP_MINIMUM = 20;
/** Window for technical training and seminars, in years back from today (verify). */
export const RECENT_YEARS = 2;

/** Leadership courses (by code) that match each structural jabatan; a higher one matches too. */
export const MATCHING_LEADERSHIP: Partial<Record<PositionKind, string[]>> = {
  [PositionKind.JPT_UTAMA]: ['PKN-I'],
  [PositionKind.JPT_MADYA]: ['PKN-I'],
  [PositionKind.JPT_PRATAMA]: ['PKN-II', 'PKN-I'],
  [PositionKind.ADMINISTRATOR]: ['PKA', 'PKN-II', 'PKN-I'],
  [PositionKind.PENGAWAS]: ['PKP', 'PKA', 'PKN-II', 'PKN-I'],
};

export function positionGroup(kind: PositionKind): PositionGroup {
  if (kind.startsWith('JPT') || kind === PositionKind.ADMINISTRATOR || kind === PositionKind.PENGAWAS) return 'STRUKTURAL';
  if (kind.startsWith('FUNGSIONAL')) return 'FUNGSIONAL';
  return 'PELAKSANA';
}

/** Categories of the index (Peraturan BKN 8/2019), applied to the dimension's fulfilment in percent. */
export const CATEGORIES: { min: number; category: 'SANGAT_TINGGI' | 'TINGGI' | 'SEDANG' | 'RENDAH' | 'SANGAT_RENDAH' }[] = [
  { min: 91, category: 'SANGAT_TINGGI' },
  { min: 81, category: 'TINGGI' },
  { min: 71, category: 'SEDANG' },
  { min: 61, category: 'RENDAH' },
  { min: 0, category: 'SANGAT_RENDAH' },
];
