import type { TestDatabase } from './database.js';

/**
 * The tables as PostgreSQL itself describes them: columns, constraints and indexes, normalised by the
 * server. A partitioned table (the audit trail, by month) counts as one table, its partitions not at
 * all, and its primary key is read without the partition key, which PostgreSQL requires in it and
 * the entities cannot declare (MikroORM 6 knows no partitioning).
 */
export async function catalog(t: TestDatabase): Promise<Record<string, unknown[]>> {
  const sql = (text: string) => t.db.orm.em.getConnection().execute(text);
  const tables = `c.relkind in ('r', 'p') and not c.relispartition and n.nspname = 'public' and c.relname <> 'mikro_orm_migrations'`;
  const partitionKeys = new Map<string, string>(
    (await sql(`select c.relname, substring(pg_get_partkeydef(c.oid) from '\\((.*)\\)') as key from pg_class c where c.relkind = 'p'`)).map((r: { relname: string; key: string }) => [r.relname, r.key]),
  );
  const withoutPartitionKey = (rows: Array<{ table: string; name: string; definition: string }>) =>
    rows.map((row) => {
      const key = partitionKeys.get(row.table);
      if (!key) return row;
      const definition = row.definition.replace(' ON ONLY ', ' ON ');
      return { ...row, definition: row.name.endsWith('_pkey') ? definition.replace(`, ${key})`, ')') : definition };
    });
  return {
    columns: await sql(`select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
        pg_get_expr(d.adbin, d.adrelid) as expr, a.attgenerated as generated
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where ${tables} and a.attnum > 0 and not a.attisdropped order by 1, 2`),
    constraints: withoutPartitionKey(await sql(`select c.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as definition
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
      where ${tables} order by 1, 2`)),
    indexes: withoutPartitionKey(await sql(`select c.relname as table, i.relname as name, pg_get_indexdef(i.oid) as definition
      from pg_index x join pg_class c on c.oid = x.indrelid join pg_class i on i.oid = x.indexrelid join pg_namespace n on n.oid = c.relnamespace
      where ${tables} order by 1, 2`)),
  };
}
