import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import { Account } from '../auth/account.entity.js';
import { Employee } from '../employee/employee.entity.js';

export enum Rating {
  BELOW_EXPECTATION = 'BELOW_EXPECTATION',
  MEETS_EXPECTATION = 'MEETS_EXPECTATION',
  ABOVE_EXPECTATION = 'ABOVE_EXPECTATION',
}
registerDescribedEnum(Rating, 'Rating', 'Rating of work results or work behaviour in an SKP (PermenPANRB 6/2022).', {
  BELOW_EXPECTATION: 'Di bawah ekspektasi (below expectation).',
  MEETS_EXPECTATION: 'Sesuai ekspektasi (meets expectation).',
  ABOVE_EXPECTATION: 'Di atas ekspektasi (above expectation).',
});

export enum Predikat {
  SANGAT_BAIK = 'SANGAT_BAIK',
  BAIK = 'BAIK',
  BUTUH_PERBAIKAN = 'BUTUH_PERBAIKAN',
  KURANG = 'KURANG',
  SANGAT_KURANG = 'SANGAT_KURANG',
}
registerDescribedEnum(Predikat, 'Predikat', 'Final predikat of an SKP, derived from the results × behaviour matrix of PermenPANRB 6/2022.', {
  SANGAT_BAIK: 'Sangat Baik: results and behaviour above expectation.',
  BAIK: 'Baik.',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan: results below expectation, behaviour meets or exceeds it.',
  KURANG: 'Kurang/Misconduct: behaviour below expectation while results meet or exceed it.',
  SANGAT_KURANG: 'Sangat Kurang: results and behaviour below expectation.',
});

export enum EvaluationPeriod {
  ANNUAL = 'ANNUAL',
  Q1 = 'Q1',
  Q2 = 'Q2',
  Q3 = 'Q3',
  Q4 = 'Q4',
}
registerDescribedEnum(EvaluationPeriod, 'EvaluationPeriod', 'Period of an SKP evaluation.', {
  ANNUAL: 'The annual evaluation (penilaian tahunan).',
  Q1: 'First quarter (triwulan I).',
  Q2: 'Second quarter (triwulan II).',
  Q3: 'Third quarter (triwulan III).',
  Q4: 'Fourth quarter (triwulan IV).',
});

/**
 * The predikat matrix of PermenPANRB 6/2022 as SQL: the database derives the column, so no code
 * path (API, import, seed) can store a predikat that disagrees with the two ratings.
 */
const PREDIKAT_SQL = `(case
  when behaviour_rating = 'BELOW_EXPECTATION' then case when results_rating = 'BELOW_EXPECTATION' then 'SANGAT_KURANG' else 'KURANG' end
  when results_rating = 'BELOW_EXPECTATION' then 'BUTUH_PERBAIKAN'
  when results_rating = 'ABOVE_EXPECTATION' and behaviour_rating = 'ABOVE_EXPECTATION' then 'SANGAT_BAIK'
  else 'BAIK' end) stored`;

/** An SKP (Sasaran Kinerja Pegawai) evaluation for a year or a quarter. */
@ObjectType({ description: 'A performance evaluation (SKP) of an employee for a year or a quarter.' })
@Entity()
@Unique({ properties: ['employee', 'year', 'period'] })
@Check({ name: 'performance_evaluation_year_check', expression: 'year between 2000 and 2100' })
export class PerformanceEvaluation {
  @Field(() => ID, { description: 'Stable identifier of the evaluation.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Employee, { deleteRule: 'cascade' })
  employee!: Rel<Employee>;

  @Field(() => Int, { description: 'Year evaluated.' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => EvaluationPeriod, { description: 'Quarter or the whole year.' })
  @Enum({ items: () => EvaluationPeriod })
  period!: EvaluationPeriod;

  @Field(() => Rating, { description: 'Rating of work results (hasil kerja).' })
  @Enum({ items: () => Rating })
  resultsRating!: Rating;

  @Field(() => Rating, { description: 'Rating of work behaviour (perilaku kerja) on the BerAKHLAK values.' })
  @Enum({ items: () => Rating })
  behaviourRating!: Rating;

  @Field(() => Predikat, { description: 'Final predikat, derived from the two ratings by the PermenPANRB 6/2022 matrix; never entered by hand.' })
  @Property({ type: 'string', length: 20, generated: PREDIKAT_SQL })
  predikat!: Predikat & Opt;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  evaluator?: Rel<Employee> | null;

  /** The account that entered it (API or import); null for rows older than the record of it and for the demo data. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null', fieldName: 'entered_by_account_id' })
  enteredBy?: Rel<Account> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
