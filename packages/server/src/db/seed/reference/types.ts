/**
 * Shapes of the reference data that the demo seed (and a real installation) starts from.
 * The data files beside this one are plain values of these types, kept apart from the generator
 * so that a BKPSDM administrator can read and correct them.
 */
import type { CompetencyKind } from '../../../modules/competency/competency.entity.js';
import type { PositionKind } from '../../../modules/position/position.entity.js';
import type { CompetencyRule, CourseMode, TrainingKind } from '../../../modules/training/course.entity.js';
import type { ProviderKind } from '../../../modules/training/training-provider.entity.js';
import type { WorkUnitKind } from '../../../modules/work-unit/work-unit.entity.js';

export interface LevelSeed {
  level: 1 | 2 | 3 | 4 | 5;
  /** What the level means, in Bahasa Indonesia. */
  description: string;
  /** Behaviour indicators, 2–4 short sentences in Bahasa Indonesia. */
  indicators: string[];
}

export interface CompetencySeed {
  /** e.g. 'M.01', 'SK.01', 'DC.1.1', 'T.KES.01' */
  code: string;
  name: string;
  definition: string;
  levels: LevelSeed[]; // exactly 5, levels 1..5 in order
}

export interface CompetencyGroupSeed {
  /** e.g. 'M', 'SK', 'DC.1', 'T.KES' */
  code: string;
  name: string;
  kind: CompetencyKind;
  /** Technical field this group belongs to (only for TEKNIS groups): see `TechnicalField`. */
  field?: TechnicalField;
  competencies: CompetencySeed[];
}

/** Technical fields with their own competency dictionary. */
export type TechnicalField = 'KESEHATAN' | 'PENDIDIKAN' | 'TIK' | 'PEKERJAAN_UMUM' | 'KEUANGAN' | 'ADMINDUK' | 'SOSIAL' | 'PEMERINTAHAN';

export interface SubUnitSeed {
  code: string; // unique, e.g. 'DINKES.BID.P2P'
  name: string;
  kind: WorkUnitKind; // BIDANG, BAGIAN, SEKSI, SUBBAGIAN, UPTD, PUSKESMAS, SEKOLAH, KELURAHAN
  children?: SubUnitSeed[];
}

export interface OpdSeed {
  code: string; // unique, e.g. 'DISKOMINFO', or Kemendagri code '16.71.01' for a kecamatan
  name: string; // official name
  shortName: string;
  kind: WorkUnitKind; // SEKRETARIAT, INSPEKTORAT, DINAS, BADAN, SATUAN, RSUD, KECAMATAN
  /** Technical field whose technical competencies its functional/pelaksana staff are held to. */
  field: TechnicalField;
  /** Relative size (share of the city's employees): large for Dinas Pendidikan (teachers) and Dinas Kesehatan. */
  weight: number;
  /** Tendency of its staff's digital competency, -1 (weak) .. +1 (strong); e.g. Diskominfo +0.8. */
  digitalBias: number;
  /** Tendency of its staff's other competencies, -1 .. +1. */
  generalBias: number;
  children: SubUnitSeed[];
}

export interface ProviderSeed {
  code: string;
  name: string;
  kind: ProviderKind;
}

export interface CourseSeed {
  code: string;
  title: string;
  provider: string; // ProviderSeed.code
  mode: CourseMode;
  kind: TrainingKind;
  jp: number;
  competencies: { code: string; targetLevel: number; rule: CompetencyRule }[];
}

/** Managerial level required by a position kind (PermenPANRB 38/2017; recalled, to verify with BKPSDM, so data). */
export type StandardLevels = Record<PositionKind, number>;
