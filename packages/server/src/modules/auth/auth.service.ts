import { createHash, randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { check } from '../../common/validate.js';
import { sql } from '../../common/sql.js';
import type { Viewer } from '../access/access.js';
import { Employee } from '../employee/employee.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import { Account, Role } from './account.entity.js';
import { AuthToken, TokenKind } from './auth-token.entity.js';
import { DECOY_HASH, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';

export const SESSION_HOURS = 12;
/** Wrong passwords in a row before an account is locked, and for how long. */
export const ACCOUNT_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;
/** Failed sign-ins from one address within the window before it is refused. */
export const ADDRESS_ATTEMPTS = 20;
const ADDRESS_WINDOW_MS = 15 * 60_000;

const failuresByAddress = new Map<string, number[]>();

function recentFailures(address: string, now: number): number[] {
  const recent = (failuresByAddress.get(address) ?? []).filter((t) => now - t < ADDRESS_WINDOW_MS);
  failuresByAddress.set(address, recent);
  return recent;
}

/** Forgets the per-address counts (tests start from a clean slate). */
export function resetAddressLimits(): void {
  failuresByAddress.clear();
}

const wrongCredentials = () => new DomainError(ErrorCode.UNAUTHENTICATED, 'The username or the password is wrong');

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
   * Checks a username and password. Five wrong passwords in a row lock the account for 15
   * minutes; twenty failures from one address in 15 minutes refuse that address. Unknown
   * usernames cost the same time as wrong passwords.
   */
  async login(em: SqlEntityManager, username: string, password: string, address: string, now = new Date()): Promise<IssuedToken & { account: Account }> {
    if (recentFailures(address, now.getTime()).length >= ADDRESS_ATTEMPTS) {
      throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many failed sign-ins from this address: try again in 15 minutes');
    }
    const failed = () => {
      failuresByAddress.set(address, [...(failuresByAddress.get(address) ?? []), now.getTime()]);
      return wrongCredentials();
    };
    const account = await em.findOne(Account, { username: username.trim().toLowerCase() });
    if (!account || !account.active) {
      await verifyPassword(DECOY_HASH, password);
      throw failed();
    }
    if (account.lockedUntil && account.lockedUntil > now) {
      throw new DomainError(ErrorCode.RATE_LIMITED, `Too many wrong passwords: the account is locked until ${account.lockedUntil.toISOString()}`);
    }
    if (!(await verifyPassword(account.passwordHash, password))) {
      account.failedAttempts += 1;
      if (account.failedAttempts >= ACCOUNT_ATTEMPTS) {
        account.lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
        account.failedAttempts = 0;
      }
      await em.flush();
      throw failed();
    }
    account.failedAttempts = 0;
    account.lockedUntil = null;
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
      account.failedAttempts = 0;
      account.lockedUntil = null;
      endSessions = true;
    }
    if (input.role) account.role = input.role;
    await em.flush();
    if (endSessions) await sql(em, 'update auth_token set revoked_at = now() where account_id = ? and revoked_at is null', [account.id]);
    return account;
  },
};

function checkPassword(field: string, password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) throw DomainError.badInput(field, `The password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > 200) throw DomainError.badInput(field, 'The password is too long (at most 200 characters)');
  return password;
}
