import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Sign-in attempts per (attempted username, address) pair, for the growing delays of `auth.service.ts`
 * (docs/security.md, "Accounts and sign-in"). The username is stored as a keyed hash, so a password
 * typed into the username field is not readable here, and unknown usernames are counted exactly like
 * known ones. Each attempt is taken by one `insert … on conflict do update … returning` statement.
 */
@Entity()
export class SignInThrottle {
  /** HMAC-SHA-256 of the normalised username (`attemptedUsernameKey`). */
  @PrimaryKey({ type: 'string', length: 64 })
  usernameKey!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  address!: string;

  /** Attempts since the last success (or since a quiet day), each counted before its password is checked. */
  @Property({ type: 'integer' })
  failures!: number;

  /** The last attempt that was let through; the next one waits from here. */
  @Property({ type: 'datetime' })
  lastAttemptAt!: Date;
}
