import type { Database } from '../../src/db/database.js';

/**
 * Row count and an md5 of every row of every table of the graph and the read model: two dumps are
 * equal exactly when no row was added, changed or removed. The import jobs (the record of attempts)
 * and the audit trail (with its monthly partitions) are left out: refusing a file is meant to leave a
 * trace there.
 */
export async function dumpTables(db: Database): Promise<Record<string, string>> {
  const em = db.orm.em.fork();
  const tables = await em.getConnection().execute<{ name: string }[]>(
    `select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and not c.relispartition and n.nspname in ('public', 'analytics')
        and c.relname not in ('import_job', 'audit_event', 'mikro_orm_migrations') order by 1`,
  );
  const dump: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await em.getConnection().execute(`select count(*)::int as n, coalesce(md5(string_agg(x::text, '|' order by x::text)), '-') as h from ${name} x`);
    dump[name] = `${row.n}:${row.h}`;
  }
  return dump;
}
