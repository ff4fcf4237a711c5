import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';

/** Kinds of work unit in a city government (Perangkat Daerah and their parts). */
export enum WorkUnitKind {
  SEKRETARIAT = 'SEKRETARIAT',
  INSPEKTORAT = 'INSPEKTORAT',
  DINAS = 'DINAS',
  BADAN = 'BADAN',
  SATUAN = 'SATUAN',
  RSUD = 'RSUD',
  KECAMATAN = 'KECAMATAN',
  KELURAHAN = 'KELURAHAN',
  BIDANG = 'BIDANG',
  BAGIAN = 'BAGIAN',
  SEKSI = 'SEKSI',
  SUBBAGIAN = 'SUBBAGIAN',
  UPTD = 'UPTD',
  PUSKESMAS = 'PUSKESMAS',
  SEKOLAH = 'SEKOLAH',
}

registerDescribedEnum(WorkUnitKind, 'WorkUnitKind', 'Kind of work unit (jenis unit kerja) in the city government.', {
  SEKRETARIAT: 'Sekretariat (Sekretariat Daerah or Sekretariat DPRD).',
  INSPEKTORAT: 'Inspektorat: the internal auditor of the city.',
  DINAS: 'Dinas: an agency delivering a field of public service (e.g. Dinas Kesehatan).',
  BADAN: 'Badan: a supporting agency (e.g. BKPSDM, Bappeda-Litbang, BPKAD).',
  SATUAN: 'Satuan: a unit such as Satpol PP.',
  RSUD: 'Rumah Sakit Umum Daerah: the city hospital.',
  KECAMATAN: 'Kecamatan: a district of the city (Kemendagri code 16.71.xx).',
  KELURAHAN: 'Kelurahan: an urban village inside a kecamatan.',
  BIDANG: 'Bidang: a division inside a Dinas or Badan.',
  BAGIAN: 'Bagian: a division inside a Sekretariat.',
  SEKSI: 'Seksi: a section inside a bidang or kecamatan.',
  SUBBAGIAN: 'Subbagian: a subdivision inside a bagian or sekretariat.',
  UPTD: 'Unit Pelaksana Teknis Daerah: an operational unit of a Dinas or Badan.',
  PUSKESMAS: 'Pusat Kesehatan Masyarakat: a community health centre under Dinas Kesehatan.',
  SEKOLAH: 'A public school (SD/SMP) under Dinas Pendidikan.',
});

/** A work unit (unit kerja): a node of the tree OPD → bidang/bagian → seksi/subbagian, or kecamatan → kelurahan. */
@ObjectType({ description: 'A work unit (unit kerja) of the city: an OPD, one of its parts, a kecamatan or a kelurahan.' })
@Entity()
export class WorkUnit {
  @Field(() => ID, { description: 'Stable identifier of the work unit.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'Unique code: the Kemendagri code for kecamatan and kelurahan (e.g. 16.71.07), an agency code otherwise.' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String, { description: 'Official name, e.g. "Dinas Komunikasi dan Informatika".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name in daily use, e.g. "Diskominfo".' })
  @Property({ type: 'string', length: 60, nullable: true })
  shortName?: string | null;

  @Field(() => WorkUnitKind, { description: 'Kind of the unit.' })
  @Enum({ items: () => WorkUnitKind })
  kind!: WorkUnitKind;

  @Index()
  @ManyToOne(() => WorkUnit, { nullable: true, deleteRule: 'restrict' })
  parent?: Rel<WorkUnit> | null;

  @OneToMany(() => WorkUnit, (unit) => unit.parent)
  children = new Collection<WorkUnit>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
