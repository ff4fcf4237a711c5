import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';

export enum ProviderKind {
  LAN = 'LAN',
  BPSDM_PROVINSI = 'BPSDM_PROVINSI',
  PERGURUAN_TINGGI = 'PERGURUAN_TINGGI',
  KOMDIGI = 'KOMDIGI',
  KEMENTERIAN = 'KEMENTERIAN',
  INTERNAL = 'INTERNAL',
  SWASTA = 'SWASTA',
}
registerDescribedEnum(ProviderKind, 'ProviderKind', 'Kind of training provider (lembaga penyelenggara pelatihan).', {
  LAN: 'Lembaga Administrasi Negara and its training centres.',
  BPSDM_PROVINSI: 'The provincial human-resources development agency (BPSDM Provinsi Sumatera Selatan).',
  PERGURUAN_TINGGI: 'A university, e.g. Universitas Sriwijaya.',
  KOMDIGI: 'Kementerian Komunikasi dan Digital, e.g. the Digital Talent Scholarship academies.',
  KEMENTERIAN: 'A ministry\'s training centre for its functional positions.',
  INTERNAL: 'Internal training by the city (BKPSDM Kota Palembang or an OPD).',
  SWASTA: 'A private training provider.',
});

/** An institution that runs training (lembaga pendidikan / penyelenggara). */
@ObjectType({ description: 'A training provider (lembaga penyelenggara pelatihan).' })
@Entity()
export class TrainingProvider {
  @Field(() => ID, { description: 'Stable identifier of the provider.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'Unique short code, e.g. "LAN" or "UNSRI".' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name of the provider.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => ProviderKind, { description: 'Kind of provider.' })
  @Enum({ items: () => ProviderKind })
  kind!: ProviderKind;
}
