import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import { Position } from '../position/position.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';

export enum EmployeeStatus {
  PNS = 'PNS',
  PPPK = 'PPPK',
  PPPK_PARUH_WAKTU = 'PPPK_PARUH_WAKTU',
}
registerDescribedEnum(EmployeeStatus, 'EmployeeStatus', 'Employment status of an ASN.', {
  PNS: 'Pegawai Negeri Sipil: permanent civil servant.',
  PPPK: 'Pegawai Pemerintah dengan Perjanjian Kerja: civil servant on contract.',
  PPPK_PARUH_WAKTU: 'PPPK paruh waktu: part-time contract civil servant.',
});

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerDescribedEnum(Gender, 'Gender', 'Gender as recorded in the NIP (digit 15).', {
  MALE: 'Laki-laki (NIP digit 15 is 1).',
  FEMALE: 'Perempuan (NIP digit 15 is 2).',
});

export enum EducationLevel {
  SD = 'SD',
  SMP = 'SMP',
  SMA = 'SMA',
  D1 = 'D1',
  D2 = 'D2',
  D3 = 'D3',
  D4 = 'D4',
  S1 = 'S1',
  S2 = 'S2',
  S3 = 'S3',
}
registerDescribedEnum(EducationLevel, 'EducationLevel', 'Highest formal education (pendidikan terakhir).', {
  SD: 'Sekolah Dasar (primary school).',
  SMP: 'Sekolah Menengah Pertama (junior secondary).',
  SMA: 'SMA/SMK (senior secondary).',
  D1: 'Diploma I.',
  D2: 'Diploma II.',
  D3: 'Diploma III.',
  D4: 'Diploma IV (sarjana terapan).',
  S1: 'Sarjana (bachelor).',
  S2: 'Magister (master).',
  S3: 'Doktor (doctorate).',
});

/** PNS ranks I/a–IV/e and PPPK grades I–XVII, in order. */
export const GOLONGAN_PNS = [
  'I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
] as const;
export const GOLONGAN_PPPK = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;

const golonganList = [...GOLONGAN_PNS, ...GOLONGAN_PPPK].map((g) => `'${g}'`).join(', ');

/** How the quasi-identifiers of a pseudonymised row are withheld (docs/security.md, "Pseudonymised rows"). */
const WITHHELD_BY_CLASS = 'For roles that see employees pseudonymised, null with a FORBIDDEN error on the rows too few others share it with (k-anonymity).';

/** An ASN employee of the city. Personal data: every read goes through the access rules. */
@ObjectType({ description: 'An ASN employee (pegawai) of the city government.' })
@Entity()
@Check({ name: 'employee_nip_check', expression: "nip ~ '^[0-9]{18}$' and substr(nip, 13, 2) between '01' and '12' and substr(nip, 15, 1) in ('1', '2')" })
@Index({ name: 'employee_name_id_index', properties: ['name', 'id'] })
@Check({ name: 'employee_golongan_check', expression: `golongan is null or golongan in (${golonganList})` })
export class Employee {
  @Field(() => ID, { description: 'Stable identifier of the employee; for roles that see employees pseudonymised, the pseudonym (which they give wherever an employee id is asked for).' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { nullable: true, description: 'NIP: the 18-digit employee number (birth date, start of service, gender, sequence). Null, with a FORBIDDEN error, for roles that see employees pseudonymised.' })
  @Property({ type: 'character', length: 18, unique: true })
  nip!: string;

  @Field(() => String, { nullable: true, description: 'Full name with academic titles, as in the personnel record. Null, with a FORBIDDEN error, for roles that see employees pseudonymised (use `pseudonym`).' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => EmployeeStatus, { nullable: true, description: `Employment status: PNS, PPPK or PPPK paruh waktu. ${WITHHELD_BY_CLASS}` })
  @Enum({ items: () => EmployeeStatus })
  status!: EmployeeStatus;

  @Field(() => String, { nullable: true, description: `Golongan/ruang: I/a–IV/e for PNS, I–XVII for PPPK. ${WITHHELD_BY_CLASS}` })
  @Property({ type: 'string', length: 6, nullable: true })
  golongan?: string | null;

  @Field(() => Gender, { nullable: true, description: `Gender, as encoded in the NIP. ${WITHHELD_BY_CLASS}` })
  @Enum({ items: () => Gender })
  gender!: Gender;

  @Field(() => String, { nullable: true, description: 'Birth date (YYYY-MM-DD), as encoded in the NIP. Null, with a FORBIDDEN error, for roles that see employees pseudonymised.' })
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => EducationLevel, { nullable: true, description: `Highest formal education. ${WITHHELD_BY_CLASS}` })
  @Enum({ items: () => EducationLevel })
  educationLevel!: EducationLevel;

  @Index()
  @ManyToOne(() => Position, { deleteRule: 'restrict' })
  position!: Rel<Position>;

  @Index()
  @ManyToOne(() => WorkUnit, { deleteRule: 'restrict' })
  workUnit!: Rel<WorkUnit>;

  @Index()
  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  supervisor?: Rel<Employee> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
