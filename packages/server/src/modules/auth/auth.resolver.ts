import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadRelation } from '../../common/loading.js';
import type { RequestContext } from '../../context.js';
import { attemptedUsernameKey } from '../audit/audit-bounds.js';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import { auditService } from '../audit/audit.service.js';
import { Access } from '../access/access.js';
import { Employee } from '../employee/employee.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import { Account } from './account.entity.js';
import { AuthToken } from './auth-token.entity.js';
import {
  AccountPayload,
  CreateAccountInput,
  CreateApiTokenInput,
  CreateApiTokenPayload,
  LoginInput,
  LoginPayload,
  LogoutPayload,
  RevokeApiTokenInput,
  RevokeApiTokenPayload,
  UpdateAccountInput,
} from './auth.inputs.js';
import { authService, SignInRefused } from './auth.service.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

/** Signing in and out, API tokens, and the accounts BKPSDM manages. */
@Resolver(() => Account)
export class AuthResolver {
  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null when nobody is signed in.' })
  async me(@Ctx() { em, access }: RequestContext) {
    return access.viewer ? em.findOne(Account, access.viewer.accountId) : null;
  }

  @Query(() => [Account], { description: 'Every account, by username (ADMIN).' })
  accounts(@Ctx() { em }: RequestContext) {
    return em.find(Account, {}, { orderBy: { username: 'asc' } });
  }

  @Query(() => [AuthToken], { description: 'The signed-in account\'s personal API tokens.' })
  apiTokens(@Ctx() { em, access }: RequestContext) {
    return authService.apiTokens(em, access.requireViewer());
  }

  @Mutation(() => LoginPayload, { description: 'Signs in: sets an HTTP-only session cookie for the web app and returns the session token for scripts.' })
  async login(@Arg('input', () => LoginInput, { description: 'Username and password.' }) input: LoginInput, @Ctx() context: RequestContext) {
    const address = context.address ?? 'unknown';
    try {
      const { secret, token, account } = await authService.login(context.em, input.username, input.password, address);
      // The rest of this response (the account's fields) is read as the account just signed in.
      context.access = new Access(await authService.viewerOf(context.em, secret), context.em);
      await auditService.record(context.em, context, { operation: 'login', outcome: AuditOutcome.SUCCESS, affected: [{ type: 'Account', id: account.id }] });
      if (context.res) setSessionCookie(context.res, secret, token.expiresAt);
      return { token: secret, expiresAt: token.expiresAt, account };
    } catch (error) {
      // The attempted username only as a keyed hash: it groups repeated attempts, and a password typed
      // into the username field is not readable in the trail. The account, when there is one, by id.
      const refused = error instanceof SignInRefused ? error : null;
      await auditService.record(context.em, context, {
        operation: 'login',
        outcome: AuditOutcome.FAILED,
        affected: refused?.accountId ? [{ type: 'Account', id: refused.accountId }] : [],
        summary: { usernameHash: attemptedUsernameKey(input.username), reason: refused?.reason ?? 'ERROR' },
      });
      throw error;
    }
  }

  @Mutation(() => LogoutPayload, { description: 'Signs out: ends the session (or revokes the token) the request was made with, and clears the cookie.' })
  async logout(@Ctx() context: RequestContext) {
    const viewer = context.access.requireViewer();
    await authService.revoke(context.em, viewer.tokenId);
    await auditService.record(context.em, context, { operation: 'logout', outcome: AuditOutcome.SUCCESS, affected: [{ type: 'Account', id: viewer.accountId }] });
    if (context.res) clearSessionCookie(context.res);
    return { ok: true };
  }

  @Mutation(() => CreateApiTokenPayload, { description: 'Creates a personal API token for scripts (ANALYST, ADMIN). The secret is returned once.' })
  createApiToken(@Arg('input', () => CreateApiTokenInput, { description: 'Its name and lifetime.' }) input: CreateApiTokenInput, @Ctx() { em, access }: RequestContext) {
    return authService.createApiToken(em, access.requireViewer(), input.name, input.days);
  }

  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes one of your API tokens at once.' })
  async revokeApiToken(@Arg('input', () => RevokeApiTokenInput, { description: 'The token.' }) input: RevokeApiTokenInput, @Ctx() { em, access }: RequestContext) {
    return { token: await authService.revokeApiToken(em, access.requireViewer(), Number(input.id)) };
  }

  @Mutation(() => AccountPayload, { description: 'Creates an account (ADMIN).' })
  async createAccount(@Arg('input', () => CreateAccountInput, { description: 'The account.' }) input: CreateAccountInput, @Ctx() { em }: RequestContext) {
    return { account: await authService.createAccount(em, input) };
  }

  @Mutation(() => AccountPayload, { description: 'Disables or enables an account, sets a new password or changes the role (ADMIN).' })
  async updateAccount(@Arg('input', () => UpdateAccountInput, { description: 'The changes.' }) input: UpdateAccountInput, @Ctx() { em }: RequestContext) {
    return { account: await authService.updateAccount(em, input) };
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The employee behind the account (SUPERVISOR and EMPLOYEE).' })
  employee(@Root() account: Account) {
    return loadRelation(account.employee);
  }

  @FieldResolver(() => WorkUnit, { nullable: true, description: 'The unit whose people the account sees: a PLANNER\'s unit, or the employee\'s own.' })
  async workUnit(@Root() account: Account) {
    const own = await loadRelation(account.workUnit);
    if (own) return own;
    const employee = await loadRelation(account.employee);
    return loadRelation(employee?.workUnit);
  }
}
