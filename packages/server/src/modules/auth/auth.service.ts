import { createHash, randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { check } from '../../common/validate.js';
import { sql } from '../../common/sql.js';
import type { Viewer } from '../access/access.js';
import { attemptedUsernameKey, boundString } from '../audit/audit-bounds.js';
import { Employee } from '../employee/employee.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import { Account, Role } from './account.entity.js';
import { AuthToken, TokenKind } from './auth-token.entity.js';
import { DECOY_HASH, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';

export const SESSION_HOURS = 12;

/**
 * Sign-in throttling (docs/decisions.md, "Growing delays instead of a lock-out"): per attempted
 * username and address, the first `freeAttempts` are checked at once; after them each attempt waits
 * `firstDelaySeconds`, doubling with every further attempt, up to `maxDelaySeconds`. A quiet day
 * forgets the count. Per address, `addressAttempts` failures within `addressWindowMinutes`, whatever
 * usernames they tried, make that address wait out the window.
 */
export const SIGN_IN_LIMITS = {
  freeAttempts: 5,
  firstDelaySeconds: 30,
  maxDelaySeconds: 3_600,
  forgetAfterHours: 24,
  addressAttempts: 20,
  addressWindowMinutes: 15,
};

/** Why a sign-in was refused: recorded in the audit trail, never told to the caller. */
export type SignInRefusal = 'UNKNOWN_USERNAME' | 'DISABLED' | 'WRONG_PASSWORD' | 'THROTTLED';

/**
 * The one answer to every refused sign-in: an unknown username, a wrong password, a disabled account
 * and a throttled attempt cannot be told apart, by code, message or time (a hash is always verified).
 */
export class SignInRefused extends DomainError {
  constructor(
    readonly reason: SignInRefusal,
    readonly accountId: number | null,
  ) {
    super(ErrorCode.UNAUTHENTICATED, 'The username or the password is wrong, or there were too many attempts: check them, wait a minute and try again');
  }
}

const attemptsByAddress = new Map<string, number[]>();

/**
 * Takes one attempt from the address's allowance, or returns false when it is spent. Checked and
 * taken without an await in between, so parallel requests cannot all pass the check.
 */
function takeAddressAttempt(address: string, now: number): boolean {
  const window = SIGN_IN_LIMITS.addressWindowMinutes * 60_000;
  const recent = (attemptsByAddress.get(address) ?? []).filter((t) => now - t < window);
  if (recent.length >= SIGN_IN_LIMITS.addressAttempts) {
    attemptsByAddress.set(address, recent);
    return false;
  }
  attemptsByAddress.set(address, [...recent, now]);
  return true;
}

/** A successful sign-in gives its attempt back. */
function returnAddressAttempt(address: string, now: number): void {
  const recent = attemptsByAddress.get(address) ?? [];
  const index = recent.lastIndexOf(now);
  if (index >= 0) recent.splice(index, 1);
}

/** Removes the sign-in counts of pairs quiet for longer than `forgetAfterHours` (they would start afresh anyway); returns how many. */
export async function forgetQuietSignIns(em: SqlEntityManager, now = new Date()): Promise<number> {
  const rows = await sql(em, 'delete from sign_in_throttle where last_attempt_at < ?::timestamptz - make_interval(hours => ?) returning 1', [now, SIGN_IN_LIMITS.forgetAfterHours]);
  return rows.length;
}

/** Forgets the per-address counts (tests start from a clean slate). */
export function resetAddressLimits(): void {
  attemptsByAddress.clear();
}

/**
 * Counts one attempt for the (username, address) pair before any password is checked, in one
 * statement (the row lock of `on conflict do update` orders parallel attempts), and says whether it
 * may be checked: true within the free attempts or once the delay since the last one let through
 * has passed. A refused attempt changes nothing, so it does not lengthen the wait.
 */
async function takePairAttempt(em: SqlEntityManager, usernameKey: string, address: string, now: Date): Promise<boolean> {
  const { freeAttempts, firstDelaySeconds, maxDelaySeconds, forgetAfterHours } = SIGN_IN_LIMITS;
  const rows = await sql(
    em,
    `insert into sign_in_throttle as t (username_key, address, failures, last_attempt_at) values (?, ?, 1, ?)
     on conflict (username_key, address) do update
       set failures = case when t.last_attempt_at < excluded.last_attempt_at - make_interval(hours => ?) then 1 else t.failures + 1 end,
           last_attempt_at = excluded.last_attempt_at
     where t.failures < ?
        or t.last_attempt_at < excluded.last_attempt_at - make_interval(hours => ?)
        or excluded.last_attempt_at >= t.last_attempt_at + make_interval(secs => least(? * power(2, t.failures - ?), ?))
     returning failures`,
    [usernameKey, boundString(address, 64), now, forgetAfterHours, freeAttempts, forgetAfterHours, firstDelaySeconds, freeAttempts, maxDelaySeconds],
  );
  return rows.length > 0;
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export interface IssuedToken {
  secret: string;
  token: AuthToken;
}

/** Sign-in, sessions and tokens. */
export const authService = {
  async issueToken(em: SqlEntityManager, account: Account, kind: TokenKind, expiresAt: Date, name: string | null = null): Promise<IssuedToken> {
    const secret = `kmp_${randomBytes(32).toString('base64url')}`;
    const token = em.create(AuthToken, { account, kind, name, secretHash: hashSecret(secret), prefix: secret.slice(0, 10), expiresAt });
    await em.flush();
    return { secret, token };
  },

  /**
   * Checks a username and password, behind the throttle of `SIGN_IN_LIMITS`. Every refusal is the
   * same `SignInRefused` and costs one argon2 verification (a decoy hash when the username is unknown,
   * the account disabled or the attempt throttled), so neither the answer nor its time tells them apart.
   */
  async login(em: SqlEntityManager, username: string, password: string, address: string, now = new Date()): Promise<IssuedToken & { account: Account }> {
    const usernameKey = attemptedUsernameKey(username);
    const addressAllows = takeAddressAttempt(address, now.getTime());
    const pairAllows = await takePairAttempt(em, usernameKey, address, now);
    const account = await em.findOne(Account, { username: username.trim().toLowerCase() });
    const refuse = async (reason: SignInRefusal) => {
      await verifyPassword(DECOY_HASH, password);
      return new SignInRefused(reason, account?.id ?? null);
    };
    if (!addressAllows || !pairAllows) throw await refuse('THROTTLED');
    if (!account) throw await refuse('UNKNOWN_USERNAME');
    if (!account.active) throw await refuse('DISABLED');
    if (!(await verifyPassword(account.passwordHash, password))) throw new SignInRefused('WRONG_PASSWORD', account.id);
    returnAddressAttempt(address, now.getTime());
    await sql(em, 'delete from sign_in_throttle where username_key = ? and address = ?', [usernameKey, boundString(address, 64)]);
    account.lastSignInAt = now;
    const issued = await this.issueToken(em, account, TokenKind.SESSION, new Date(now.getTime() + SESSION_HOURS * 3_600_000));
    return { ...issued, account };
  },

  /** The viewer a secret stands for, or null when it is unknown, expired, revoked or its account disabled. */
  async viewerOf(em: SqlEntityManager, secret: string): Promise<Viewer | null> {
    if (!secret.startsWith('kmp_') || secret.length > 100) return null;
    const [row] = await sql<{
      token_id: number; account_id: number; username: string; display_name: string; role: Role;
      employee_id: number | null; supervisor_id: number | null; work_unit_id: number | null;
    }>(
      em,
      `select t.id as token_id, a.id as account_id, a.username, a.display_name, a.role, a.employee_id, e.supervisor_id,
              coalesce(a.work_unit_id, e.work_unit_id) as work_unit_id
         from auth_token t join account a on a.id = t.account_id left join employee e on e.id = a.employee_id
        where t.secret_hash = ? and t.revoked_at is null and t.expires_at > now() and a.active`,
      [hashSecret(secret)],
    );
    if (!row) return null;
    const id = (v: number | null) => (v === null ? null : Number(v));
    return {
      tokenId: Number(row.token_id),
      accountId: Number(row.account_id),
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      employeeId: id(row.employee_id),
      supervisorId: id(row.supervisor_id),
      workUnitId: id(row.work_unit_id),
    };
  },

  async revoke(em: SqlEntityManager, tokenId: number): Promise<AuthToken> {
    const token = await em.findOneOrFail(AuthToken, tokenId);
    token.revokedAt ??= new Date();
    await em.flush();
    return token;
  },

  async createApiToken(em: SqlEntityManager, viewer: Viewer, name: string, days: number | null | undefined): Promise<IssuedToken> {
    const label = check.text('name', name, 100);
    const lifetime = check.range('days', days ?? 90, 1, 365);
    const account = await em.findOneOrFail(Account, viewer.accountId);
    return this.issueToken(em, account, TokenKind.API, new Date(Date.now() + lifetime * 86_400_000), label);
  },

  async revokeApiToken(em: SqlEntityManager, viewer: Viewer, id: number): Promise<AuthToken> {
    const token = await em.findOne(AuthToken, { id, kind: TokenKind.API, ...(viewer.role === Role.ADMIN ? {} : { account: viewer.accountId }) });
    if (!token) throw DomainError.notFound('API token', id);
    return this.revoke(em, id);
  },

  apiTokens(em: SqlEntityManager, viewer: Viewer): Promise<AuthToken[]> {
    return em.find(AuthToken, { account: viewer.accountId, kind: TokenKind.API }, { orderBy: { id: 'asc' } });
  },

  async createAccount(
    em: SqlEntityManager,
    input: { username: string; displayName: string; password: string; role: Role; employeeId?: string | null; workUnitId?: string | null },
  ): Promise<Account> {
    const username = input.username.trim().toLowerCase();
    if (!/^[a-z0-9._-]{3,60}$/.test(username)) throw DomainError.badInput('username', 'Use 3–60 lower-case letters, digits, dot, dash or underscore');
    if (await em.count(Account, { username })) throw new DomainError(ErrorCode.CONFLICT, `The username ${username} is taken`, 'username');
    const displayName = check.text('displayName', input.displayName, 200);
    const passwordHash = await hashPassword(checkPassword('password', input.password));
    const needsEmployee = input.role === Role.SUPERVISOR || input.role === Role.EMPLOYEE;
    if (needsEmployee && !input.employeeId) throw DomainError.badInput('employeeId', `A ${input.role} account needs the employee behind it`);
    if (input.role === Role.PLANNER && !input.workUnitId) throw DomainError.badInput('workUnitId', 'A PLANNER account needs the unit it plans for');
    const employee = input.employeeId ? await em.findOne(Employee, Number(input.employeeId)) : null;
    if (input.employeeId && !employee) throw DomainError.badInput('employeeId', `Employee ${input.employeeId} does not exist`);
    const workUnit = input.workUnitId ? await em.findOne(WorkUnit, Number(input.workUnitId)) : null;
    if (input.workUnitId && !workUnit) throw DomainError.badInput('workUnitId', `Work unit ${input.workUnitId} does not exist`);
    const account = em.create(Account, { username, displayName, passwordHash, role: input.role, employee, workUnit });
    await em.flush();
    return account;
  },

  async updateAccount(em: SqlEntityManager, input: { id: string; active?: boolean | null; password?: string | null; role?: Role | null }): Promise<Account> {
    const account = await em.findOne(Account, Number(input.id));
    if (!account) throw DomainError.notFound('Account', input.id);
    let endSessions = false;
    if (input.active !== undefined && input.active !== null) {
      account.active = input.active;
      endSessions ||= !input.active;
    }
    if (input.password !== undefined && input.password !== null) {
      account.passwordHash = await hashPassword(checkPassword('password', input.password));
      endSessions = true;
    }
    if (input.role) account.role = input.role;
    await em.flush();
    if (endSessions) await sql(em, 'update auth_token set revoked_at = now() where account_id = ? and revoked_at is null', [account.id]);
    // A new password lifts the sign-in delays of the account, from every address.
    if (input.password) await sql(em, 'delete from sign_in_throttle where username_key = ?', [attemptedUsernameKey(account.username)]);
    return account;
  },
};

function checkPassword(field: string, password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) throw DomainError.badInput(field, `The password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > 200) throw DomainError.badInput(field, 'The password is too long (at most 200 characters)');
  return password;
}
