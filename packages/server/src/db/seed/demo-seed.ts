/**
 * The demo city: Kota Palembang's structure with synthetic people. Deterministic: the same seed and
 * reference day give the same rows, whatever the batch size. Written with COPY in one transaction,
 * so a failed seed leaves the database as it was.
 */
import { hashPassword } from '../../modules/auth/password.js';
import { Role } from '../../modules/auth/account.entity.js';
import { DEMO_ACCOUNTS, DEMO_UNIT_CODE } from './reference/demo-accounts.js';
import { AssessmentMethod } from '../../modules/assessment/competency-assessment.entity.js';
import { potentialBand } from '../../modules/assessment/assessment-write.service.js';
import { CompetencyKind } from '../../modules/competency/competency.entity.js';
import { EducationLevel, EmployeeStatus, GOLONGAN_PNS, GOLONGAN_PPPK, Gender } from '../../modules/employee/employee.entity.js';
import { formatNip } from '../../modules/employee/nip.js';
import { EvaluationPeriod, Rating } from '../../modules/performance/performance-evaluation.entity.js';
import { PositionKind } from '../../modules/position/position.entity.js';
import { CompetencyRule, TrainingKind } from '../../modules/training/course.entity.js';
import { TrainingStatus } from '../../modules/training/training-record.entity.js';
import { WorkUnitKind } from '../../modules/work-unit/work-unit.entity.js';
import type { BulkSession, Database } from '../database.js';
import { CsvTable } from './csv.js';
import { COMPETENCY_GROUPS, STANDARD_MANAGERIAL_LEVEL } from './reference/competencies.js';
import {
  FAMILY_NAMES,
  FUNCTIONAL_BY_FIELD,
  GIVEN_NAMES_FEMALE,
  GIVEN_NAMES_MALE,
  KIND_SUFFIX,
  PELAKSANA_NAMES,
} from './reference/positions.js';
import { COURSES, PROVIDERS } from './reference/training.js';
import type { OpdSeed, SubUnitSeed, TechnicalField } from './reference/types.js';
import { OPDS } from './reference/work-units.js';
import { Random, pickCumulative } from './random.js';

export interface SeedOptions {
  /** Number of employees to generate (1 to 1,000,000). */
  employees: number;
  /** Seed of the random generator. */
  seed?: number;
  /** The reference day (YYYY-MM-DD): history runs three years back from it. Defaults to today. */
  today?: string;
  /** Empty every table first (inside the same transaction). */
  reset?: boolean;
  /** Employees generated per COPY batch. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedSummary {
  workUnits: number;
  positions: number;
  positionRequirements: number;
  competencies: number;
  courses: number;
  employees: number;
  competencyAssessments: number;
  trainingRecords: number;
  performanceEvaluations: number;
  potentialAssessments: number;
}

export const DEFAULT_SEED = 20260927;
export const MAX_SEED_EMPLOYEES = 1_000_000;

/** Tables in dependency order; truncated in reverse on reset. */
export const SEEDED_TABLES = [
  'competency_group',
  'competency',
  'competency_level',
  'training_provider',
  'course',
  'course_competency',
  'work_unit',
  'position',
  'position_requirement',
  'employee',
  'competency_assessment',
  'training_record',
  'performance_evaluation',
  'potential_assessment',
] as const;

// ---------------------------------------------------------------------------------------------
// Reference data: competencies, courses, units. Ids are assigned here so rows can refer to them.

interface CompetencyRef {
  id: number;
  code: string;
  kind: CompetencyKind;
  field?: TechnicalField;
}

interface CourseRef {
  id: number;
  jp: number;
  kind: TrainingKind;
  mode: string;
  providerCode: string;
  competencies: { competencyId: number; targetLevel: number; rule: CompetencyRule }[];
}

interface UnitRef {
  id: number;
  code: string;
  name: string;
  kind: WorkUnitKind;
  parent: UnitRef | null;
  opd: OpdSeed;
  /** Share of the city's staff working here. */
  weight: number;
  headPositionId: number;
  headEmployeeId: number;
}

interface PositionRef {
  id: number;
  kind: PositionKind;
  /** Required [competencyId, level, weight, critical] of the position's standard. */
  requirements: [number, number, number, boolean][];
}

const UNIT_FACTOR: Partial<Record<WorkUnitKind, number>> = {
  [WorkUnitKind.BIDANG]: 2,
  [WorkUnitKind.BAGIAN]: 2,
  [WorkUnitKind.SEKSI]: 1,
  [WorkUnitKind.SUBBAGIAN]: 1,
  [WorkUnitKind.KELURAHAN]: 1.5,
  [WorkUnitKind.UPTD]: 2,
  [WorkUnitKind.PUSKESMAS]: 4,
  [WorkUnitKind.SEKOLAH]: 5,
};

const HEAD_KIND: Partial<Record<WorkUnitKind, PositionKind>> = {
  [WorkUnitKind.KECAMATAN]: PositionKind.ADMINISTRATOR,
  [WorkUnitKind.BIDANG]: PositionKind.ADMINISTRATOR,
  [WorkUnitKind.BAGIAN]: PositionKind.ADMINISTRATOR,
  [WorkUnitKind.SEKSI]: PositionKind.PENGAWAS,
  [WorkUnitKind.SUBBAGIAN]: PositionKind.PENGAWAS,
  [WorkUnitKind.KELURAHAN]: PositionKind.PENGAWAS,
  [WorkUnitKind.UPTD]: PositionKind.PENGAWAS,
  [WorkUnitKind.PUSKESMAS]: PositionKind.PENGAWAS,
  [WorkUnitKind.SEKOLAH]: PositionKind.FUNGSIONAL_AHLI_MADYA,
};

function headTitle(unit: { kind: WorkUnitKind; name: string; opd: OpdSeed }): string {
  switch (unit.kind) {
    case WorkUnitKind.KECAMATAN:
      return unit.name.replace(/^Kecamatan/, 'Camat');
    case WorkUnitKind.KELURAHAN:
      return unit.name.replace(/^Kelurahan/, 'Lurah');
    case WorkUnitKind.SEKOLAH:
      return `Kepala ${unit.name}`;
    case WorkUnitKind.SEKRETARIAT:
      return unit.name.startsWith('Sekretariat Daerah') ? 'Sekretaris Daerah' : 'Sekretaris DPRD';
    case WorkUnitKind.RSUD:
      return `Direktur ${unit.name}`;
    default:
      return `Kepala ${unit.name}`;
  }
}

const isStructural = (kind: PositionKind) =>
  kind === PositionKind.JPT_PRATAMA || kind === PositionKind.ADMINISTRATOR || kind === PositionKind.PENGAWAS;

/** Level of the technical standard for a position kind. */
function technicalLevel(kind: PositionKind): number {
  switch (kind) {
    case PositionKind.JPT_UTAMA:
    case PositionKind.JPT_MADYA:
    case PositionKind.JPT_PRATAMA:
    case PositionKind.FUNGSIONAL_AHLI_UTAMA:
      return 4;
    case PositionKind.ADMINISTRATOR:
    case PositionKind.FUNGSIONAL_AHLI_MADYA:
      return 4;
    case PositionKind.PENGAWAS:
    case PositionKind.FUNGSIONAL_AHLI_MUDA:
    case PositionKind.FUNGSIONAL_TERAMPIL_PENYELIA:
      return 3;
    case PositionKind.FUNGSIONAL_AHLI_PERTAMA:
    case PositionKind.FUNGSIONAL_TERAMPIL_MAHIR:
      return 2;
    default:
      return 2;
  }
}

class ReferenceData {
  competencies: CompetencyRef[] = [];
  byCode = new Map<string, CompetencyRef>();
  technicalByField = new Map<TechnicalField, CompetencyRef[]>();
  digital: CompetencyRef[] = [];
  managerial: CompetencyRef[] = [];
  courses: CourseRef[] = [];
  units: UnitRef[] = [];
  unitCumulative = new Float64Array(0);
  positions: PositionRef[] = [];
  private positionKeys = new Map<string, PositionRef>();
  positionRows = new CsvTable('position', ['id', 'name', 'kind', 'work_unit_id']);
  requirementRows = new CsvTable('position_requirement', ['position_id', 'competency_id', 'required_level', 'weight', 'critical']);

  constructor() {
    let competencyId = 0;
    for (const group of COMPETENCY_GROUPS) {
      for (const c of group.competencies) {
        const ref: CompetencyRef = { id: ++competencyId, code: c.code, kind: group.kind, field: group.field };
        this.competencies.push(ref);
        this.byCode.set(c.code, ref);
        if (group.kind === CompetencyKind.DIGITAL) this.digital.push(ref);
        if (group.kind === CompetencyKind.MANAJERIAL || group.kind === CompetencyKind.SOSIAL_KULTURAL) this.managerial.push(ref);
        if (group.kind === CompetencyKind.TEKNIS && group.field) {
          const list = this.technicalByField.get(group.field) ?? [];
          list.push(ref);
          this.technicalByField.set(group.field, list);
        }
      }
    }
    COURSES.forEach((course, index) => {
      this.courses.push({
        id: index + 1,
        jp: course.jp,
        kind: course.kind,
        mode: course.mode,
        providerCode: course.provider,
        competencies: course.competencies.map((link) => ({
          competencyId: this.competency(link.code).id,
          targetLevel: link.targetLevel,
          rule: link.rule,
        })),
      });
    });
    this.buildUnits();
  }

  competency(code: string): CompetencyRef {
    const ref = this.byCode.get(code);
    if (!ref) throw new Error(`reference data names an unknown competency code: ${code}`);
    return ref;
  }

  private buildUnits(): void {
    let id = 0;
    const weights: number[] = [];
    for (const opd of OPDS) {
      const root: UnitRef = {
        id: ++id, code: opd.code, name: opd.name, kind: opd.kind, parent: null, opd, weight: 0, headPositionId: 0, headEmployeeId: 0,
      };
      const members: [UnitRef, number][] = [[root, 3]];
      this.units.push(root);
      const walk = (children: SubUnitSeed[] | undefined, parent: UnitRef) => {
        for (const child of children ?? []) {
          const unit: UnitRef = {
            id: ++id, code: child.code, name: child.name, kind: child.kind, parent, opd, weight: 0, headPositionId: 0, headEmployeeId: 0,
          };
          this.units.push(unit);
          members.push([unit, UNIT_FACTOR[child.kind] ?? 1]);
          walk(child.children, unit);
        }
      };
      walk(opd.children, root);
      const factorSum = members.reduce((sum, [, f]) => sum + f, 0);
      for (const [unit, factor] of members) unit.weight = (opd.weight * factor) / factorSum;
    }
    for (const unit of this.units) weights.push(unit.weight);
    this.unitCumulative = new Float64Array(weights.length);
    let acc = 0;
    weights.forEach((w, i) => (this.unitCumulative[i] = acc += w));
  }

  /** The position of this name and kind in this unit, created with its standard on first use. */
  position(unit: UnitRef, name: string, kind: PositionKind): PositionRef {
    const key = `${unit.id}|${name}|${kind}`;
    const existing = this.positionKeys.get(key);
    if (existing) return existing;
    const ref: PositionRef = { id: this.positions.length + 1, kind, requirements: [] };
    this.positions.push(ref);
    this.positionKeys.set(key, ref);
    this.positionRows.add(ref.id, name, kind, unit.id);

    const managerialLevel = Math.max(1, STANDARD_MANAGERIAL_LEVEL[kind]);
    for (const c of this.managerial) ref.requirements.push([c.id, managerialLevel, 1, false]);
    const technical = this.technicalByField.get(unit.opd.field) ?? [];
    const rng = new Random(7, `standard:${name}`, 0);
    const start = rng.int(0, Math.max(0, technical.length - 1));
    const techLevel = technicalLevel(kind);
    for (let i = 0; i < Math.min(5, technical.length); i++) {
      ref.requirements.push([technical[(start + i) % technical.length].id, techLevel, 1.5, i < 2]);
    }
    const digitalCount = unit.opd.field === 'TIK' ? 12 : 6;
    const digitalLevel = unit.opd.field === 'TIK' ? Math.min(5, techLevel) : isStructural(kind) ? 3 : 2;
    for (let i = 0; i < Math.min(digitalCount, this.digital.length); i++) {
      // Spread over the five DigComp areas: every third competency of the dictionary.
      const c = this.digital[(i * 3) % this.digital.length];
      if (ref.requirements.some(([id]) => id === c.id)) continue;
      ref.requirements.push([c.id, digitalLevel, 1, false]);
    }
    for (const [competencyId, level, weight, critical] of ref.requirements) {
      this.requirementRows.add(ref.id, competencyId, level, weight, critical);
    }
    return ref;
  }
}

async function loadReference(session: BulkSession, ref: ReferenceData): Promise<void> {
  const groups = new CsvTable('competency_group', ['id', 'code', 'name', 'kind']);
  const competencies = new CsvTable('competency', ['id', 'code', 'name', 'kind', 'definition', 'group_id']);
  const levels = new CsvTable('competency_level', ['competency_id', 'level', 'description', 'indicators']);
  let competencyId = 0;
  COMPETENCY_GROUPS.forEach((group, gi) => {
    groups.add(gi + 1, group.code, group.name, group.kind);
    for (const c of group.competencies) {
      competencies.add(++competencyId, c.code, c.name, group.kind, c.definition, gi + 1);
      for (const l of c.levels) levels.add(competencyId, l.level, l.description, l.indicators);
    }
  });
  const providers = new CsvTable('training_provider', ['id', 'code', 'name', 'kind']);
  PROVIDERS.forEach((p, i) => providers.add(i + 1, p.code, p.name, p.kind));
  const providerId = new Map(PROVIDERS.map((p, i) => [p.code, i + 1]));
  const courses = new CsvTable('course', ['id', 'code', 'title', 'provider_id', 'mode', 'kind', 'jp']);
  const links = new CsvTable('course_competency', ['course_id', 'competency_id', 'target_level', 'rule']);
  COURSES.forEach((c, i) => {
    const pid = providerId.get(c.provider);
    if (!pid) throw new Error(`course ${c.code} names an unknown provider ${c.provider}`);
    courses.add(i + 1, c.code, c.title, pid, c.mode, c.kind, c.jp);
    for (const link of ref.courses[i].competencies) links.add(i + 1, link.competencyId, link.targetLevel, link.rule);
  });
  const units = new CsvTable('work_unit', ['id', 'code', 'name', 'short_name', 'kind', 'parent_id']);
  for (const u of ref.units) units.add(u.id, u.code, u.name, u.parent ? null : u.opd.shortName, u.kind, u.parent?.id ?? null);
  for (const table of [groups, competencies, levels, providers, courses, links, units]) {
    await session.copyCsv(table.table, table.columns, table.drain());
  }
}

// ---------------------------------------------------------------------------------------------
// People.

interface Assignment {
  unit: UnitRef;
  position: PositionRef;
  head: boolean;
  field: TechnicalField;
}

function staffPosition(rng: Random, ref: ReferenceData, unit: UnitRef): PositionRef {
  const field = unit.opd.field;
  const functionalShare =
    unit.kind === WorkUnitKind.SEKOLAH ? 0.85 : unit.kind === WorkUnitKind.PUSKESMAS || unit.kind === WorkUnitKind.RSUD ? 0.75 : 0.35;
  if (rng.chance(functionalShare)) {
    const templates = FUNCTIONAL_BY_FIELD[field];
    const template = templates[rng.weighted(templates.map((t) => t.share))];
    // Lower rungs of the ladder are the most common.
    const kind = template.kinds[rng.weighted(template.kinds.map((_, i) => 1 / (i + 1)))];
    return ref.position(unit, `${template.name} ${KIND_SUFFIX[kind] ?? ''}`.trim(), kind);
  }
  return ref.position(unit, rng.pick(PELAKSANA_NAMES), PositionKind.PELAKSANA);
}

/** First pass: who works where, in which jabatan. Heads first, so ids of supervisors come first. */
function assignPeople(ref: ReferenceData, total: number, seed: number): Assignment[] {
  const people: Assignment[] = [];
  for (const unit of ref.units) {
    if (people.length >= total) break;
    const kind = unit.parent === null ? (unit.kind === WorkUnitKind.KECAMATAN ? PositionKind.ADMINISTRATOR : PositionKind.JPT_PRATAMA) : HEAD_KIND[unit.kind];
    if (!kind) continue;
    const title = unit.kind === WorkUnitKind.SEKOLAH ? `Guru Ahli Madya (${headTitle(unit)})` : headTitle(unit);
    const position = ref.position(unit, title, kind);
    unit.headPositionId = position.id;
    unit.headEmployeeId = people.length + 1;
    people.push({ unit, position, head: true, field: unit.opd.field });
  }
  for (let i = people.length; i < total; i++) {
    const rng = new Random(seed, 'assign', i);
    const unit = ref.units[pickCumulative(ref.unitCumulative, rng.next())];
    people.push({ unit, position: staffPosition(rng, ref, unit), head: false, field: unit.opd.field });
  }
  return people;
}

function supervisorOf(person: Assignment, setdaHead: number): number | null {
  let unit: UnitRef | null = person.head ? person.unit.parent : person.unit;
  while (unit) {
    if (unit.headEmployeeId) return unit.headEmployeeId;
    unit = unit.parent;
  }
  const self = person.head ? person.unit.headEmployeeId : 0;
  return setdaHead && setdaHead !== self ? setdaHead : null;
}

const TITLES: Record<TechnicalField, { s1: string; s2: string }> = {
  KESEHATAN: { s1: 'S.Kep.', s2: 'M.Kes.' },
  PENDIDIKAN: { s1: 'S.Pd.', s2: 'M.Pd.' },
  TIK: { s1: 'S.Kom.', s2: 'M.T.I.' },
  PEKERJAAN_UMUM: { s1: 'S.T.', s2: 'M.T.' },
  KEUANGAN: { s1: 'S.E.', s2: 'M.Ak.' },
  ADMINDUK: { s1: 'S.Kom.', s2: 'M.Si.' },
  SOSIAL: { s1: 'S.Sos.', s2: 'M.Si.' },
  PEMERINTAHAN: { s1: 'S.IP.', s2: 'M.AP.' },
};

function educationFor(rng: Random, kind: PositionKind): EducationLevel {
  if (isStructural(kind) || kind.startsWith('JPT')) return rng.chance(0.55) ? EducationLevel.S2 : EducationLevel.S1;
  if (kind.startsWith('FUNGSIONAL_AHLI')) return [EducationLevel.S1, EducationLevel.S2, EducationLevel.D4][rng.weighted([75, 18, 7])];
  if (kind.startsWith('FUNGSIONAL_TERAMPIL')) return rng.chance(0.8) ? EducationLevel.D3 : EducationLevel.SMA;
  return [EducationLevel.SMA, EducationLevel.D3, EducationLevel.S1, EducationLevel.SMP][rng.weighted([40, 18, 38, 4])];
}

const GOLONGAN_START: Partial<Record<EducationLevel, number>> = {
  [EducationLevel.SMP]: 1, [EducationLevel.SMA]: 4, [EducationLevel.D3]: 6, [EducationLevel.D4]: 8,
  [EducationLevel.S1]: 8, [EducationLevel.S2]: 9, [EducationLevel.S3]: 10,
};
const PPPK_GRADE: Partial<Record<EducationLevel, number>> = {
  [EducationLevel.SMP]: 2, [EducationLevel.SMA]: 4, [EducationLevel.D3]: 6, [EducationLevel.D4]: 8,
  [EducationLevel.S1]: 8, [EducationLevel.S2]: 9, [EducationLevel.S3]: 10,
};

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => isoDate(new Date(Date.parse(day) + days * 86_400_000));
const clampLevel = (x: number) => Math.max(1, Math.min(5, Math.round(x)));

const METHODS_BY_KIND: Record<CompetencyKind, [AssessmentMethod[], number[]]> = {
  [CompetencyKind.MANAJERIAL]: [
    [AssessmentMethod.ASSESSMENT_CENTER, AssessmentMethod.SUPERVISOR, AssessmentMethod.UJI_KOMPETENSI, AssessmentMethod.PEER_360, AssessmentMethod.SELF],
    [40, 30, 10, 10, 10],
  ],
  [CompetencyKind.SOSIAL_KULTURAL]: [[AssessmentMethod.ASSESSMENT_CENTER, AssessmentMethod.SUPERVISOR, AssessmentMethod.SELF], [50, 35, 15]],
  [CompetencyKind.TEKNIS]: [
    [AssessmentMethod.UJI_KOMPETENSI, AssessmentMethod.SUPERVISOR, AssessmentMethod.CERTIFICATE, AssessmentMethod.SELF],
    [30, 40, 15, 15],
  ],
  [CompetencyKind.DIGITAL]: [
    [AssessmentMethod.SELF, AssessmentMethod.SUPERVISOR, AssessmentMethod.CERTIFICATE, AssessmentMethod.UJI_KOMPETENSI],
    [40, 25, 20, 15],
  ],
};

class PeopleTables {
  employees = new CsvTable('employee', [
    'id', 'nip', 'name', 'status', 'golongan', 'gender', 'birth_date', 'education_level', 'position_id', 'work_unit_id', 'supervisor_id',
  ]);
  assessments = new CsvTable('competency_assessment', ['employee_id', 'competency_id', 'level', 'method', 'assessor_id', 'assessor_name', 'assessed_on']);
  trainings = new CsvTable('training_record', [
    'employee_id', 'course_id', 'status', 'start_date', 'end_date', 'jp_earned', 'score', 'certificate_number',
  ]);
  evaluations = new CsvTable('performance_evaluation', ['employee_id', 'year', 'period', 'results_rating', 'behaviour_rating', 'evaluator_id']);
  potentials = new CsvTable('potential_assessment', ['employee_id', 'assessed_on', 'score', 'band']);
  all = () => [this.employees, this.assessments, this.trainings, this.evaluations, this.potentials];
}

interface Context {
  ref: ReferenceData;
  seed: number;
  today: string;
  year: number;
  setdaHead: number;
  nipSequence: Map<string, number>;
  coursesByCompetency: Map<number, CourseRef[]>;
  seminars: CourseRef[];
}

function generatePerson(ctx: Context, id: number, person: Assignment, out: PeopleTables): void {
  const rng = new Random(ctx.seed, 'person', id);
  const { ref, today, year } = ctx;
  const kind = person.position.kind;
  const opd = person.unit.opd;

  const status = person.head ? EmployeeStatus.PNS : [EmployeeStatus.PNS, EmployeeStatus.PPPK, EmployeeStatus.PPPK_PARUH_WAKTU][rng.weighted([64, 31, 5])];
  const femaleShare = opd.field === 'KESEHATAN' || opd.field === 'PENDIDIKAN' ? 0.7 : 0.48;
  const gender = rng.chance(femaleShare) ? Gender.FEMALE : Gender.MALE;
  const education = educationFor(rng, kind);
  const birthYear = person.head ? rng.int(1966, 1983) : status === EmployeeStatus.PNS ? rng.int(1966, 2000) : rng.int(1972, 2001);
  const birthDate = isoDate(new Date(Date.UTC(birthYear, 0, 1) + rng.int(0, 364) * 86_400_000));
  const serviceYear =
    status === EmployeeStatus.PNS ? Math.min(year - 1, birthYear + rng.int(21, 34)) : Math.min(year, Math.max(birthYear + 21, rng.int(2019, year)));
  const serviceMonth = status === EmployeeStatus.PNS ? rng.pick([1, 3, 4, 12]) : rng.pick([1, 3, 7, 10]);
  const prefix = `${birthDate}${serviceYear}${serviceMonth}${gender}`;
  const sequence = (ctx.nipSequence.get(prefix) ?? 0) + 1;
  ctx.nipSequence.set(prefix, sequence);
  const nip = formatNip(birthDate, serviceYear, serviceMonth, gender, sequence);

  const years = year - serviceYear;
  let golongan: string;
  if (status === EmployeeStatus.PNS) {
    const start = GOLONGAN_START[education] ?? 4;
    const cap = person.head ? 15 : 13;
    golongan = GOLONGAN_PNS[Math.min(cap, start + Math.floor(years / 4) + (person.head ? 2 : 0))];
  } else {
    golongan = GOLONGAN_PPPK[(PPPK_GRADE[education] ?? 4) + (education === EducationLevel.S1 && rng.chance(0.5) ? 1 : 0)];
  }

  const given = gender === Gender.MALE ? GIVEN_NAMES_MALE : GIVEN_NAMES_FEMALE;
  let name = `${rng.pick(given)} ${rng.chance(0.4) ? rng.pick(given) + ' ' : ''}${rng.pick(FAMILY_NAMES)}`;
  const titles = TITLES[opd.field];
  const isDoctor = person.position.kind.startsWith('FUNGSIONAL_AHLI') && opd.field === 'KESEHATAN' && rng.chance(0.3);
  if (isDoctor) name = `dr. ${name}`;
  else if (education === EducationLevel.S1 || education === EducationLevel.D4) name += `, ${titles.s1}`;
  else if (education === EducationLevel.S2) name += `, ${titles.s1}, ${titles.s2}`;
  else if (education === EducationLevel.D3) name += ', A.Md.';

  const supervisor = supervisorOf(person, ctx.setdaHead);
  out.employees.add(id, nip, name, status, golongan, gender, birthDate, education, person.position.id, person.unit.id, supervisor);

  // Ability: a general tendency and a digital one, shifted by the unit's culture and by age.
  const ability = rng.normal() * 0.7 + opd.generalBias;
  const age = year - birthYear;
  const digital = rng.normal() * 0.8 + opd.digitalBias * 1.2 + (age < 35 ? 0.35 : age > 50 ? -0.35 : 0);

  // Assessments: the position's standard, some competencies never assessed (no data).
  const history = new Map<number, { day: string; level: number }[]>();
  const addAssessment = (competencyId: number, level: number, method: AssessmentMethod, day: string) => {
    const assessor = method === AssessmentMethod.SUPERVISOR ? supervisor : null;
    const assessorName = method === AssessmentMethod.ASSESSMENT_CENTER ? 'UPT Penilaian Kompetensi BKPSDM' : null;
    out.assessments.add(id, competencyId, level, method, assessor, assessorName, day);
    const list = history.get(competencyId) ?? [];
    list.push({ day, level });
    history.set(competencyId, list);
  };
  for (const [competencyId, required] of person.position.requirements) {
    const competency = ref.competencies[competencyId - 1];
    const coverage =
      competency.kind === CompetencyKind.DIGITAL ? 0.55 + opd.digitalBias * 0.3 : competency.kind === CompetencyKind.TEKNIS ? 0.7 : person.head ? 0.97 : 0.85;
    if (!rng.chance(coverage)) continue;
    const bias = competency.kind === CompetencyKind.DIGITAL ? digital : ability;
    // Centred below the standard: nationally the competency dimension is the weakest (Indeks Profesionalitas ASN reports, about 35 % fulfilment).
    const level = clampLevel(required + bias + rng.normal() * 0.6 - 0.6);
    const [methods, weights] = METHODS_BY_KIND[competency.kind];
    const latest = addDays(today, -rng.int(20, 3 * 365));
    if (rng.chance(0.35)) {
      addAssessment(competencyId, clampLevel(level - rng.int(0, 1)), methods[rng.weighted(weights)], addDays(latest, -rng.int(200, 500)));
    }
    addAssessment(competencyId, level, methods[rng.weighted(weights)], latest);
  }

  // Training history over three years; completing a course can raise a competency (course rule).
  const required = new Set(person.position.requirements.map(([cid]) => cid));
  const relevant: CourseRef[] = [];
  for (const cid of required) for (const c of ctx.coursesByCompetency.get(cid) ?? []) relevant.push(c);
  const perYear = [0, 1, 2, 3, 4];
  for (let y = year - 2; y <= year; y++) {
    const count = perYear[rng.weighted([30, 34, 22, 10, 4])];
    for (let k = 0; k < count; k++) {
      const pool = rng.chance(0.3) || relevant.length === 0 ? ctx.seminars : relevant;
      const course = rng.pick(pool);
      if (course.kind === TrainingKind.KEPEMIMPINAN && !(isStructural(kind) && rng.chance(0.3))) continue;
      const start = isoDate(new Date(Date.UTC(y, 0, 1) + rng.int(5, 350) * 86_400_000));
      const days = course.mode === 'KLASIKAL' ? Math.max(1, Math.ceil(course.jp / 8)) : Math.max(1, Math.ceil(course.jp / 3));
      const end = addDays(start, days - 1);
      let trainingStatus: TrainingStatus;
      if (start > today) trainingStatus = TrainingStatus.PLANNED;
      else if (end >= today) trainingStatus = TrainingStatus.ONGOING;
      else trainingStatus = rng.chance(0.94) ? TrainingStatus.COMPLETED : TrainingStatus.FAILED;
      const completed = trainingStatus === TrainingStatus.COMPLETED;
      const score = completed && rng.chance(0.7) ? rng.int(700, 980) / 10 : null;
      const certificate = completed ? `${course.providerCode}/${y}/${String(id).padStart(7, '0')}-${k + 1}` : null;
      out.trainings.add(id, course.id, trainingStatus, start, end, completed ? course.jp : 0, score, certificate);
      if (!completed) continue;
      for (const link of course.competencies) {
        if (link.rule !== CompetencyRule.RAISE_TO_TARGET) continue;
        const past = (history.get(link.competencyId) ?? []).filter((h) => h.day <= end);
        const current = past.length ? past.reduce((a, b) => (b.day >= a.day ? b : a)).level : 0;
        if (current < link.targetLevel) addAssessment(link.competencyId, link.targetLevel, AssessmentMethod.TRAINING, end);
      }
    }
  }

  // SKP: the annual evaluations of the last three complete years.
  for (let y = year - 3; y <= year - 1; y++) {
    if (y < serviceYear) continue;
    const perf = ability + rng.normal() * 0.6;
    const results = perf > 0.9 ? Rating.ABOVE_EXPECTATION : perf < -1.1 ? Rating.BELOW_EXPECTATION : Rating.MEETS_EXPECTATION;
    const behaviourDraw = rng.next();
    const behaviour =
      behaviourDraw < 0.03 ? Rating.BELOW_EXPECTATION : behaviourDraw < (results === Rating.ABOVE_EXPECTATION ? 0.6 : 0.2) ? Rating.ABOVE_EXPECTATION : Rating.MEETS_EXPECTATION;
    out.evaluations.add(id, y, EvaluationPeriod.ANNUAL, results, behaviour, supervisor);
  }

  // Potential: every head and a quarter of the others were assessed last year.
  if (person.head || rng.chance(0.25)) {
    const score = Math.max(0, Math.min(100, Math.round((62 + ability * 12 + rng.normal() * 8) * 10) / 10));
    out.potentials.add(id, `${year - 1}-${String(rng.int(3, 11)).padStart(2, '0')}-15`, score, potentialBand(score));
  }
}

/** Tables that receive most rows: their foreign keys and secondary indexes are rebuilt after the load. */
const BULK_TABLES = ['position_requirement', 'employee', 'competency_assessment', 'training_record', 'performance_evaluation', 'potential_assessment'];

/**
 * The classic bulk-load pattern: drop the foreign keys and the secondary indexes of the big tables,
 * COPY, then put them back exactly as they were (their definitions read from the catalog). Adding a
 * foreign key back checks every row in one join instead of one lookup per row, so the data is
 * validated all the same; and it all happens inside the seed's transaction, so a failure restores
 * the schema with everything else.
 */
async function deferConstraints(session: BulkSession): Promise<() => Promise<void>> {
  const list = BULK_TABLES.map((t) => `'${t}'`).join(', ');
  const foreignKeys = await session.query<{ table: string; name: string; definition: string }>(
    `select c.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as definition
       from pg_constraint k join pg_class c on c.oid = k.conrelid
      where k.contype = 'f' and c.relname in (${list}) and c.relnamespace = 'public'::regnamespace`,
  );
  const indexes = await session.query<{ name: string; definition: string }>(
    `select i.relname as name, pg_get_indexdef(i.oid) as definition
       from pg_index x join pg_class c on c.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
      where c.relname in (${list}) and c.relnamespace = 'public'::regnamespace and not x.indisprimary
        and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)`,
  );
  for (const fk of foreignKeys) await session.query(`alter table ${fk.table} drop constraint ${fk.name}`);
  for (const index of indexes) await session.query(`drop index ${index.name}`);
  return async () => {
    for (const index of indexes) await session.query(index.definition);
    for (const fk of foreignKeys) await session.query(`alter table ${fk.table} add constraint ${fk.name} ${fk.definition}`);
  };
}

async function resetSequences(session: BulkSession): Promise<void> {
  for (const table of SEEDED_TABLES) {
    await session.query(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 0) + 1, false) from ${table}`);
  }
}

/** Seeds the demo city. Refuses a database that already has data unless `reset` is set. */
export async function seedDemo(db: Database, options: SeedOptions): Promise<SeedSummary> {
  const total = options.employees;
  if (!Number.isInteger(total) || total < 1 || total > MAX_SEED_EMPLOYEES) {
    throw new Error(`employees must be a whole number from 1 to ${MAX_SEED_EMPLOYEES.toLocaleString('en')}; got ${total}`);
  }
  const today = options.today ?? isoDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new Error(`today must be a date YYYY-MM-DD; got ${today}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const batchSize = options.batchSize ?? 5000;

  return db.bulk(async (session) => {
    if (options.reset) {
      await session.query(`truncate ${[...SEEDED_TABLES].reverse().join(', ')} restart identity cascade`);
    } else {
      const [{ n }] = await session.query<{ n: number }>('select (select count(*) from work_unit) + (select count(*) from competency) as n');
      if (Number(n) > 0) throw new Error('the database already holds data: seed an empty database, or pass --reset to replace everything');
    }

    const restoreConstraints = await deferConstraints(session);
    const ref = new ReferenceData();
    await loadReference(session, ref);
    const people = assignPeople(ref, total, seed);
    await session.copyCsv(ref.positionRows.table, ref.positionRows.columns, ref.positionRows.drain());
    await session.copyCsv(ref.requirementRows.table, ref.requirementRows.columns, ref.requirementRows.drain());

    const coursesByCompetency = new Map<number, CourseRef[]>();
    for (const course of ref.courses) {
      for (const link of course.competencies) {
        const list = coursesByCompetency.get(link.competencyId) ?? [];
        list.push(course);
        coursesByCompetency.set(link.competencyId, list);
      }
    }
    const setda = ref.units.find((u) => u.parent === null && u.kind === WorkUnitKind.SEKRETARIAT && u.headEmployeeId);
    const ctx: Context = {
      ref,
      seed,
      today,
      year: Number(today.slice(0, 4)),
      setdaHead: setda?.headEmployeeId ?? 0,
      nipSequence: new Map(),
      coursesByCompetency,
      seminars: ref.courses.filter((c) => c.kind === TrainingKind.SEMINAR || c.jp <= 24),
    };
    const summary: SeedSummary = {
      workUnits: ref.units.length,
      positions: ref.positions.length,
      positionRequirements: ref.positions.reduce((n, p) => n + p.requirements.length, 0),
      competencies: ref.competencies.length,
      courses: ref.courses.length,
      employees: 0,
      competencyAssessments: 0,
      trainingRecords: 0,
      performanceEvaluations: 0,
      potentialAssessments: 0,
    };
    const out = new PeopleTables();
    const flush = async () => {
      summary.employees += out.employees.size;
      summary.competencyAssessments += out.assessments.size;
      summary.trainingRecords += out.trainings.size;
      summary.performanceEvaluations += out.evaluations.size;
      summary.potentialAssessments += out.potentials.size;
      for (const table of out.all()) if (table.size) await session.copyCsv(table.table, table.columns, table.drain());
    };
    options.onProgress?.(0, total);
    for (let i = 0; i < people.length; i++) {
      generatePerson(ctx, i + 1, people[i], out);
      if (out.employees.size >= batchSize) {
        await flush();
        options.onProgress?.(i + 1, total);
      }
    }
    await flush();
    await restoreConstraints();
    // Fresh statistics before the read model is built: the embedded database has no autovacuum,
    // and without them its planner picks nested loops over hundreds of thousands of rows.
    await session.query('analyze');
    await session.query('select analytics.rebuild()');
    await session.query('analyze analytics.competency_fact, analytics.gap_rollup');
    options.onProgress?.(total, total);
    await resetSequences(session);
    await seedDemoAccounts(session);
    return summary;
  });
}

/**
 * One account per role (reference/demo-accounts.ts): the planner plans for Diskominfo, the
 * supervisor is its head (or, in a small demo, whoever has reports), the employee one of their reports.
 */
export async function seedDemoAccounts(session: BulkSession): Promise<void> {
  const [unit] = await session.query<{ id: number }>('select id from work_unit where code = $1', [DEMO_UNIT_CODE]);
  const [head] = await session.query<{ id: number }>(
    `select e.id from employee e
      where exists (select 1 from employee r where r.supervisor_id = e.id)
      order by (e.work_unit_id = $1) desc, e.supervisor_id is null desc, e.id limit 1`,
    [unit?.id ?? 0],
  );
  const [report] = await session.query<{ id: number }>('select id from employee where supervisor_id = $1 order by id limit 1', [head?.id ?? 0]);
  for (const account of DEMO_ACCOUNTS) {
    const employeeId = account.role === Role.SUPERVISOR ? head?.id : account.role === Role.EMPLOYEE ? report?.id : null;
    if ((account.role === Role.SUPERVISOR || account.role === Role.EMPLOYEE) && !employeeId) continue;
    await session.query(
      `insert into account (username, display_name, password_hash, role, employee_id, work_unit_id) values ($1, $2, $3, $4, $5, $6)
       on conflict (username) do nothing`,
      [account.username, account.displayName, await hashPassword(account.password), account.role, employeeId ?? null, account.role === Role.PLANNER ? (unit?.id ?? null) : null],
    );
  }
}
