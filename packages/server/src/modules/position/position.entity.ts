import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import type { PositionRequirement } from './position-requirement.entity.js';

/** Kinds of jabatan (position), after UU 5/2014, PermenPANRB 41/2018 and the 2022 simplification. */
export enum PositionKind {
  JPT_UTAMA = 'JPT_UTAMA',
  JPT_MADYA = 'JPT_MADYA',
  JPT_PRATAMA = 'JPT_PRATAMA',
  ADMINISTRATOR = 'ADMINISTRATOR',
  PENGAWAS = 'PENGAWAS',
  PELAKSANA = 'PELAKSANA',
  FUNGSIONAL_AHLI_UTAMA = 'FUNGSIONAL_AHLI_UTAMA',
  FUNGSIONAL_AHLI_MADYA = 'FUNGSIONAL_AHLI_MADYA',
  FUNGSIONAL_AHLI_MUDA = 'FUNGSIONAL_AHLI_MUDA',
  FUNGSIONAL_AHLI_PERTAMA = 'FUNGSIONAL_AHLI_PERTAMA',
  FUNGSIONAL_TERAMPIL_PENYELIA = 'FUNGSIONAL_TERAMPIL_PENYELIA',
  FUNGSIONAL_TERAMPIL_MAHIR = 'FUNGSIONAL_TERAMPIL_MAHIR',
  FUNGSIONAL_TERAMPIL_TERAMPIL = 'FUNGSIONAL_TERAMPIL_TERAMPIL',
  FUNGSIONAL_TERAMPIL_PEMULA = 'FUNGSIONAL_TERAMPIL_PEMULA',
}

registerDescribedEnum(PositionKind, 'PositionKind', 'Kind of jabatan (position) of an ASN.', {
  JPT_UTAMA: 'Jabatan Pimpinan Tinggi Utama (head of a non-ministerial institution).',
  JPT_MADYA: 'Jabatan Pimpinan Tinggi Madya (e.g. a provincial Sekda).',
  JPT_PRATAMA: 'Jabatan Pimpinan Tinggi Pratama: the city Sekda\'s deputies and heads of OPD (formerly eselon II).',
  ADMINISTRATOR: 'Jabatan Administrator: heads of bidang/bagian, camat (formerly eselon III).',
  PENGAWAS: 'Jabatan Pengawas: heads of seksi/subbagian, lurah (formerly eselon IV).',
  PELAKSANA: 'Jabatan Pelaksana: staff positions, since 2022 grouped as klerek, operator and teknisi.',
  FUNGSIONAL_AHLI_UTAMA: 'Jabatan Fungsional Keahlian, Ahli Utama.',
  FUNGSIONAL_AHLI_MADYA: 'Jabatan Fungsional Keahlian, Ahli Madya.',
  FUNGSIONAL_AHLI_MUDA: 'Jabatan Fungsional Keahlian, Ahli Muda.',
  FUNGSIONAL_AHLI_PERTAMA: 'Jabatan Fungsional Keahlian, Ahli Pertama.',
  FUNGSIONAL_TERAMPIL_PENYELIA: 'Jabatan Fungsional Keterampilan, Penyelia.',
  FUNGSIONAL_TERAMPIL_MAHIR: 'Jabatan Fungsional Keterampilan, Mahir.',
  FUNGSIONAL_TERAMPIL_TERAMPIL: 'Jabatan Fungsional Keterampilan, Terampil.',
  FUNGSIONAL_TERAMPIL_PEMULA: 'Jabatan Fungsional Keterampilan, Pemula.',
});

/** A jabatan in a work unit; its competency standard is the set of its requirements. */
@ObjectType({ description: 'A position (jabatan) in a work unit, with its competency standard (standar kompetensi jabatan).' })
@Entity()
export class Position {
  @Field(() => ID, { description: 'Stable identifier of the position.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'Name of the jabatan, e.g. "Pranata Komputer Ahli Muda" or "Kepala Seksi Pemerintahan".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => PositionKind, { description: 'Kind of the jabatan, which sets the typical managerial level of its standard.' })
  @Enum({ items: () => PositionKind })
  kind!: PositionKind;

  @Index()
  @ManyToOne(() => WorkUnit, { deleteRule: 'restrict' })
  workUnit!: Rel<WorkUnit>;

  @OneToMany('PositionRequirement', 'position')
  requirements = new Collection<PositionRequirement>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
