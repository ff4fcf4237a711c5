import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import type { CompetencyLevel } from './competency-level.entity.js';

/** The competency types of PermenPANRB 38/2017, plus digital competencies (DigComp 2.2). */
export enum CompetencyKind {
  MANAJERIAL = 'MANAJERIAL',
  SOSIAL_KULTURAL = 'SOSIAL_KULTURAL',
  TEKNIS = 'TEKNIS',
  DIGITAL = 'DIGITAL',
}

registerDescribedEnum(CompetencyKind, 'CompetencyKind', 'Type of competency (jenis kompetensi).', {
  MANAJERIAL: 'Kompetensi manajerial: leading and managing a unit (M.01–M.08).',
  SOSIAL_KULTURAL: 'Kompetensi sosial kultural: working with a plural society (Perekat Bangsa).',
  TEKNIS: 'Kompetensi teknis: specific to the field of the position.',
  DIGITAL: 'Digital competency, after EU DigComp 2.2 mapped onto levels 1–5.',
});

/** A group of competencies: the managerial set, a DigComp area, a technical field. */
@ObjectType({ description: 'A group of competencies: e.g. a DigComp area or a technical field such as Kesehatan.' })
@Entity()
export class CompetencyGroup {
  @Field(() => ID, { description: 'Stable identifier of the group.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'Unique code, e.g. "DC.1" for a DigComp area or "T.KES" for technical health competencies.' })
  @Property({ type: 'string', length: 20, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name of the group.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => CompetencyKind, { description: 'Type of the competencies in this group.' })
  @Enum({ items: () => CompetencyKind })
  kind!: CompetencyKind;
}

/** A competency of the dictionary (kamus kompetensi), with its five level descriptors. */
@ObjectType({ description: 'A competency of the dictionary (kamus kompetensi) with its definition and level descriptors 1–5.' })
@Entity()
export class Competency {
  @Field(() => ID, { description: 'Stable identifier of the competency.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'Unique code: M.01–M.08 (manajerial), SK.01 (sosial kultural), DC.a.b (DigComp), T.<field>.nn (teknis).' })
  @Property({ type: 'string', length: 20, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. "Integritas".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => CompetencyKind, { description: 'Type of the competency.' })
  @Enum({ items: () => CompetencyKind })
  kind!: CompetencyKind;

  @Field(() => String, { description: 'Definition of the competency.' })
  @Property({ type: 'text' })
  definition!: string;

  @Index()
  @ManyToOne(() => CompetencyGroup, { nullable: true, deleteRule: 'restrict' })
  group?: Rel<CompetencyGroup> | null;

  @OneToMany('CompetencyLevel', 'competency')
  levels = new Collection<CompetencyLevel>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
