import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration } from '@mikro-orm/migrations';
import { migrate, openDatabase } from '../src/db/database.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/** The tables as PostgreSQL itself describes them: columns, constraints and indexes, normalised by the server. */
async function catalog(t: TestDatabase): Promise<Record<string, unknown[]>> {
  const sql = (text: string) => t.db.orm.em.getConnection().execute(text);
  const tables = `c.relkind = 'r' and n.nspname = 'public' and c.relname <> 'mikro_orm_migrations'`;
  return {
    columns: await sql(`select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
        pg_get_expr(d.adbin, d.adrelid) as expr, a.attgenerated as generated
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where ${tables} and a.attnum > 0 and not a.attisdropped order by 1, 2`),
    constraints: await sql(`select c.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as definition
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
      where ${tables} order by 1, 2`),
    indexes: await sql(`select c.relname as table, i.relname as name, pg_get_indexdef(i.oid) as definition
      from pg_index x join pg_class c on c.oid = x.indrelid join pg_class i on i.oid = x.indexrelid join pg_namespace n on n.oid = c.relnamespace
      where ${tables} order by 1, 2`),
  };
}

describe('migrations', () => {
  let migrated: TestDatabase;
  let fromEntities: TestDatabase;

  beforeAll(async () => {
    [migrated, fromEntities] = await Promise.all([createTestDatabase(), createTestDatabase({ migrate: false })]);
    await fromEntities.db.orm.schema.createSchema();
  });
  afterAll(async () => {
    await Promise.all([migrated?.drop(), fromEntities?.drop()]);
  });

  it('build exactly the schema the entities describe (run `pnpm --filter @kompetensi/server migration:create <name>` when this fails)', async () => {
    expect(await catalog(migrated)).toEqual(await catalog(fromEntities));
  });

  it('are all applied and there is nothing left to apply', async () => {
    expect(await migrate(migrated.db)).toEqual([]);
    const rows = await migrated.db.orm.em.getConnection().execute('select name from mikro_orm_migrations order by id');
    expect(rows.map((r: { name: string }) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('leave the database as it was when one of them fails, and say why', async () => {
    class BrokenMigration extends Migration {
      override async up(): Promise<void> {
        this.addSql('create table half_done (id int)');
        this.addSql('select * from table_that_does_not_exist');
      }
    }
    const t = await createTestDatabase({ migrate: false });
    try {
      const db = await openDatabase(
        { kind: 'postgresql', url: t.url },
        { migrations: [...MIGRATIONS, { name: 'Migration99999999999999_broken', class: BrokenMigration }] },
      );
      try {
        await expect(migrate(db)).rejects.toThrow(/table_that_does_not_exist/);
        const tables = await db.orm.em.getConnection().execute(`select count(*)::int as n from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations'`);
        expect(tables[0].n).toBe(0);
      } finally {
        await db.close();
      }
    } finally {
      await t.drop();
    }
  });
});
