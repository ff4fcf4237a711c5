/** Applies pending migrations, all or nothing: `pnpm db:migrate`. */
import 'reflect-metadata';
import { migrate, openDatabase } from '../src/db/database.js';
import { cliTarget, describeTarget } from './cli-target.js';

const target = cliTarget();
const db = await openDatabase(target);
try {
  const applied = await migrate(db);
  console.log(applied.length ? `Applied ${applied.length} migration(s) to the ${describeTarget(target)}.` : `The ${describeTarget(target)} is up to date.`);
} catch (error) {
  console.error(`Migration failed; the database was left as it was: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
