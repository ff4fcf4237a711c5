/**
 * Creates an account, e.g. the first ADMIN of a new installation (nobody can sign in before one exists):
 *   ACCOUNT_PASSWORD='…' pnpm account:create --username bkpsdm.admin --role ADMIN --name "Admin BKPSDM"
 *   … --role PLANNER --work-unit <id>     … --role SUPERVISOR|EMPLOYEE --employee <id>
 * The password comes from ACCOUNT_PASSWORD, so it never lands in the shell history.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../src/common/errors.js';
import { migrate, openDatabase } from '../src/db/database.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { authService } from '../src/modules/auth/auth.service.js';
import { cliTarget, describeTarget } from './cli-target.js';

const { values } = parseArgs({
  options: { username: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, 'work-unit': { type: 'string' }, employee: { type: 'string' } },
});
const password = process.env.ACCOUNT_PASSWORD ?? '';
const role = values.role as Role | undefined;
if (!values.username || !role || !Object.values(Role).includes(role) || !password) {
  console.error(`usage: ACCOUNT_PASSWORD=… pnpm account:create --username <name> --role <${Object.values(Role).join('|')}> [--name "…"] [--work-unit <id>] [--employee <id>]`);
  process.exit(2);
}

const target = cliTarget();
const db = await openDatabase(target);
try {
  await migrate(db);
  const account = await authService.createAccount(db.orm.em.fork() as SqlEntityManager, {
    username: values.username,
    displayName: values.name ?? values.username,
    password,
    role,
    workUnitId: values['work-unit'] ?? null,
    employeeId: values.employee ?? null,
  });
  console.log(`Account ${account.username} (${account.role}) created in the ${describeTarget(target)}.`);
} catch (error) {
  console.error(error instanceof DomainError ? `Refused: ${error.message}${error.field ? ` (${error.field})` : ''}` : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
