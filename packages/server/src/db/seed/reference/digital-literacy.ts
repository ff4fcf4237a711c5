/**
 * Indonesia's four pillars of digital literacy (Komdigi) and how the 21 DigComp 2.2 competences
 * fall under them, so readiness can be shown in the framing Indonesian leaders know. The national
 * index 2022 is the reference line (Status Literasi Digital di Indonesia 2022, Kominfo & Katadata). Data, not code: correct it here.
 */
export type DigitalPillar = 'CAKAP' | 'ETIKA' | 'BUDAYA' | 'AMAN';

export const PILLAR_NAMES: Record<DigitalPillar, string> = {
  CAKAP: 'Cakap Digital (digital skills)',
  ETIKA: 'Etika Digital (digital ethics)',
  BUDAYA: 'Budaya Digital (digital culture)',
  AMAN: 'Aman Digital (digital safety)',
};

/** DigComp competence (code) → pillar. Information, content creation and problem solving are skills;
 * netiquette and copyright are ethics; the rest of communication and collaboration is culture;
 * safety is safety. */
export const DIGCOMP_PILLAR: Record<string, DigitalPillar> = {
  'DC.1.1': 'CAKAP', 'DC.1.2': 'CAKAP', 'DC.1.3': 'CAKAP',
  'DC.2.1': 'BUDAYA', 'DC.2.2': 'BUDAYA', 'DC.2.3': 'BUDAYA', 'DC.2.4': 'BUDAYA', 'DC.2.5': 'ETIKA', 'DC.2.6': 'BUDAYA',
  'DC.3.1': 'CAKAP', 'DC.3.2': 'CAKAP', 'DC.3.3': 'ETIKA', 'DC.3.4': 'CAKAP',
  'DC.4.1': 'AMAN', 'DC.4.2': 'AMAN', 'DC.4.3': 'AMAN', 'DC.4.4': 'AMAN',
  'DC.5.1': 'CAKAP', 'DC.5.2': 'CAKAP', 'DC.5.3': 'CAKAP', 'DC.5.4': 'CAKAP',
};

/** Indeks Literasi Digital 2022, on a scale of 1–5 (Kominfo & Katadata). */
export const NATIONAL_BENCHMARK = {
  year: 2022,
  index: 3.49,
  pillars: { CAKAP: 3.54, ETIKA: 3.7, AMAN: 3.12, BUDAYA: 3.86 } as Record<DigitalPillar, number>,
};

/** Levels 1–5 in the bands of DigComp 2.2: foundation (1–2), intermediate (3), advanced (4–5). */
export const DIGITAL_BANDS = { foundation: [1, 2], intermediate: [3], advanced: [4, 5] } as const;
