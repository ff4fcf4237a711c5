import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import { Account } from './account.entity.js';

export enum TokenKind {
  SESSION = 'SESSION',
  API = 'API',
}
registerDescribedEnum(TokenKind, 'TokenKind', 'What a token was issued for.', {
  SESSION: 'A sign-in session (the web app\'s cookie, or the token returned by login).',
  API: 'A personal API token for scripts, created by its owner.',
});

/**
 * A bearer secret: a session or a personal API token. Only the SHA-256 of the secret is stored, so
 * a copy of the database gives nobody a way in.
 */
@ObjectType({ description: 'A session or a personal API token (the secret itself is shown once, when created).' })
@Entity()
export class AuthToken {
  @Field(() => ID, { description: 'Stable identifier of the token.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Index()
  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Rel<Account>;

  @Field(() => TokenKind, { description: 'Session or personal API token.' })
  @Enum({ items: () => TokenKind })
  kind!: TokenKind;

  @Field(() => String, { nullable: true, description: 'The name its owner gave an API token, e.g. "laporan bulanan".' })
  @Property({ type: 'string', length: 100, nullable: true })
  name?: string | null;

  @Property({ type: 'character', length: 64, unique: true, hidden: true })
  secretHash!: string;

  @Field(() => String, { description: 'The first characters of the secret, to tell tokens apart.' })
  @Property({ type: 'string', length: 12 })
  prefix!: string;

  @Field(() => Date, { description: 'When it was issued.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'When it stops working.' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked (signed out), if it was.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
