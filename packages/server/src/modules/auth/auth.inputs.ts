import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Account, Role } from './account.entity.js';
import { AuthToken } from './auth-token.entity.js';

@InputType({ description: 'Credentials to sign in with.' })
export class LoginInput {
  @Field(() => String, { description: 'The username.' })
  username!: string;

  @Field(() => String, { description: 'The password.' })
  password!: string;
}

@ObjectType({ description: 'A signed-in session.' })
export class LoginPayload {
  @Field(() => String, { description: 'The session token, for `Authorization: Bearer` (the web app uses the HTTP-only cookie set with it instead).' })
  token!: string;

  @Field(() => Date, { description: 'When the session ends.' })
  expiresAt!: Date;

  @Field(() => Account, { description: 'The account signed in.' })
  account!: Account;
}

@ObjectType({ description: 'The result of signing out.' })
export class LogoutPayload {
  @Field(() => Boolean, { description: 'True when a session was ended.' })
  ok!: boolean;
}

@InputType({ description: 'A personal API token to create.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'A name to recognise it by, e.g. "laporan bulanan".' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Days until it expires, 1 to 365 (default 90).' })
  days?: number | null;
}

@ObjectType({ description: 'A new API token: the secret is shown this once and never again.' })
export class CreateApiTokenPayload {
  @Field(() => String, { description: 'The secret, for `Authorization: Bearer`. Store it safely.' })
  secret!: string;

  @Field(() => AuthToken, { description: 'The token.' })
  token!: AuthToken;
}

@InputType({ description: 'A token to revoke.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'The token.' })
  id!: string;
}

@ObjectType({ description: 'The revoked token.' })
export class RevokeApiTokenPayload {
  @Field(() => AuthToken, { description: 'The token, now revoked.' })
  token!: AuthToken;
}

@InputType({ description: 'An account to create.' })
export class CreateAccountInput {
  @Field(() => String, { description: 'Username: 3–60 lower-case letters, digits, dot, dash or underscore.' })
  username!: string;

  @Field(() => String, { description: 'The name shown in the app.' })
  displayName!: string;

  @Field(() => String, { description: 'The first password, at least 10 characters.' })
  password!: string;

  @Field(() => Role, { description: 'What the account may see and do.' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The employee behind the account: required for SUPERVISOR and EMPLOYEE.' })
  employeeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit a PLANNER plans for (required for PLANNER).' })
  workUnitId?: string | null;
}

@InputType({ description: 'Changes to an account; fields left out stay as they are.' })
export class UpdateAccountInput {
  @Field(() => ID, { description: 'The account.' })
  id!: string;

  @Field(() => Boolean, { nullable: true, description: 'False disables the account and ends its sessions and tokens.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A new password, at least 10 characters; ends the account\'s sessions.' })
  password?: string | null;

  @Field(() => Role, { nullable: true, description: 'A new role.' })
  role?: Role | null;
}

@ObjectType({ description: 'The account created or changed.' })
export class AccountPayload {
  @Field(() => Account, { description: 'The account.' })
  account!: Account;
}
