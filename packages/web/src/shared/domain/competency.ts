/**
 * The kinds of competency: managerial, socio-cultural and technical (PermenPANRB 38/2017) and the
 * digital competencies (DigComp).
 */
export const COMPETENCY_KINDS = ['MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS', 'DIGITAL'] as const;

export type CompetencyKind = (typeof COMPETENCY_KINDS)[number];
