import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import { Employee } from '../employee/employee.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';

/** What an account may see and do; the rules are in docs/security.md and access/policy.ts. */
export enum Role {
  ADMIN = 'ADMIN',
  LEADERSHIP = 'LEADERSHIP',
  PLANNER = 'PLANNER',
  SUPERVISOR = 'SUPERVISOR',
  EMPLOYEE = 'EMPLOYEE',
  ANALYST = 'ANALYST',
}
registerDescribedEnum(Role, 'Role', 'The role of an account: what it may see and do.', {
  ADMIN: 'BKPSDM administrator: sees everything; manages accounts, frameworks, standards and imports.',
  LEADERSHIP: 'Wali kota, sekda, heads of agency: every aggregate city-wide; individuals only by name and jabatan in the lists of recognition and coaching candidates.',
  PLANNER: 'Planner of a work unit: the individuals of that unit and the units below it; the aggregates of every unit.',
  SUPERVISOR: 'Supervisor (atasan): their direct and indirect reports, and their own unit\'s aggregates.',
  EMPLOYEE: 'Employee (pegawai): their own profile, gaps, training history and recommendations.',
  ANALYST: 'Analyst: every aggregate, individuals only pseudonymised; may run custom queries and use API tokens.',
});

/** A person who signs in. Passwords are stored as argon2id hashes only. */
@ObjectType({ description: 'An account that can sign in.' })
@Entity()
export class Account {
  @Field(() => ID, { description: 'Stable identifier of the account.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'The name used to sign in (lower case).' })
  @Property({ type: 'string', length: 60, unique: true })
  username!: string;

  @Field(() => String, { description: 'The name shown in the app.' })
  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  @Field(() => Role, { description: 'What the account may see and do.' })
  @Enum({ items: () => Role })
  role!: Role;

  /** The person behind the account: required for SUPERVISOR and EMPLOYEE (their reports, their profile). */
  @Index()
  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'restrict' })
  employee?: Rel<Employee> | null;

  /** The unit whose subtree a PLANNER may see individually. */
  @ManyToOne(() => WorkUnit, { nullable: true, deleteRule: 'restrict' })
  workUnit?: Rel<WorkUnit> | null;

  @Field(() => Boolean, { description: 'False once an administrator has disabled the account.' })
  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  @Property({ type: 'datetime', nullable: true })
  lastSignInAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
