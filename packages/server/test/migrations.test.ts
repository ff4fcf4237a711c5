import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration } from '@mikro-orm/migrations';
import { migrate, openDatabase } from '../src/db/database.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { catalog } from './support/catalog.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

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
