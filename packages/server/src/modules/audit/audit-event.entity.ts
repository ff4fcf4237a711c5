import { ArrayType, Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';

/** Whether the operation took effect. */
export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  DENIED = 'DENIED',
  FAILED = 'FAILED',
}
registerDescribedEnum(AuditOutcome, 'AuditOutcome', 'Whether an audited operation took effect.', {
  SUCCESS: 'It took effect (for reads: the record was shown).',
  DENIED: 'The caller\'s role or scope did not allow it; nothing changed.',
  FAILED: 'It was refused (bad input, wrong password…); nothing changed.',
});

@ObjectType({ description: 'A record an audited operation touched.' })
export class AuditSubject {
  @Field(() => String, { description: 'The type of the record, e.g. "Employee".' })
  type!: string;

  @Field(() => Int, { description: 'Its id.' })
  id!: number;
}

/**
 * One line of the audit trail (UU PDP's record of processing): who did what to which records. Rows
 * are written in the transaction of the change they record, and a trigger refuses any UPDATE or
 * DELETE, so nothing the API offers can alter them.
 */
@ObjectType({ description: 'One line of the audit trail: who did what to which records, and when. It cannot be altered.' })
@Entity()
@Index({ name: 'audit_event_at_idx', properties: ['at'] })
@Index({ name: 'audit_event_account_idx', properties: ['accountId', 'at'] })
@Index({ name: 'audit_event_affected_idx', expression: 'create index audit_event_affected_idx on audit_event using gin (affected jsonb_path_ops)' })
@Index({ name: 'audit_event_employee_ids_idx', expression: 'create index audit_event_employee_ids_idx on audit_event using gin (employee_ids)' })
export class AuditEvent {
  @Field(() => ID, { description: 'Stable identifier, in the order events happened.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date & Opt = new Date();

  /** No foreign key: the trail outlives what it mentions. */
  @Field(() => Int, { nullable: true, description: 'The account that did it; null when nobody was signed in.' })
  @Property({ type: 'integer', nullable: true })
  accountId?: number | null;

  @Field(() => String, { nullable: true, description: 'The username at the time.' })
  @Property({ type: 'string', length: 60, nullable: true })
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'The role at the time.' })
  @Property({ type: 'string', length: 20, nullable: true })
  role?: string | null;

  /** The GraphQL operation field (e.g. `recordCompetencyAssessment`), `READ_PROFILE`, `LOGIN`, `IMPORT`… */
  @Field(() => String, { description: 'What was done: a mutation\'s or refused query\'s name, READ_PROFILE, READ_LIST, EXPORT, login, logout, IMPORT.' })
  @Property({ type: 'string', length: 80 })
  operation!: string;

  @Field(() => AuditOutcome, { description: 'Whether it took effect.' })
  @Enum({ items: () => AuditOutcome })
  outcome!: AuditOutcome;

  /** The records touched, as `[{ "type": "Employee", "id": 12 }]`. */
  @Field(() => [AuditSubject], { description: 'The records touched.' })
  @Property({ type: 'json' })
  affected: Array<{ type: string; id: number }> & Opt = [];

  /**
   * The employees whose records a read returned (lists, profiles and what they lead to), once each,
   * in id order; the caller's own record is left out. Empty for writes, which name theirs in `affected`.
   */
  @Field(() => [Int], { description: 'For reads: the ids of the employees whose personal data the answer held, once each, in id order (the caller\'s own record left out).' })
  @Property({ type: new ArrayType((id) => Number(id)), columnType: 'int[]', default: '{}' })
  employeeIds: number[] & Opt = [];

  /** What changed: the input, without secrets, bounded (audit-bounds.ts). */
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What changed or was asked: the input of the operation without secrets, strings over 200 characters cut (with their length and SHA-256), at most 4 kB in all.' })
  @Property({ type: 'json', nullable: true })
  summary?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'The network address of the caller.' })
  @Property({ type: 'string', length: 64, nullable: true })
  address?: string | null;
}
