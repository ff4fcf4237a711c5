import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { DataloaderType, MikroORM, type MigrationObject, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { PGliteDriver, type PGliteConnectionConfig } from 'mikro-orm-pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** Where the data lives: a PostgreSQL server, or PostgreSQL compiled to WebAssembly inside this process. */
export type DatabaseTarget =
  | { kind: 'postgresql'; url: string }
  /** `dataDir` undefined keeps the embedded database in memory (tests). */
  | { kind: 'embedded'; dataDir?: string };

/** A transaction for bulk work: plain SQL and COPY of CSV text, the fastest load path on both engines. */
export interface BulkSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
}

/** An open database: the ORM, plus bulk sessions for seeding and imports. */
export interface Database {
  target: DatabaseTarget;
  /** The ORM for the server's own work (migrations, imports, start-up): no statement timeout. */
  orm: MikroORM;
  /**
   * The ORM of GraphQL requests, of every role: its connections carry a statement timeout
   * (STATEMENT_TIMEOUT_MS), so no request's statement can hold the database for long.
   */
  requestOrm: MikroORM;
  /**
   * The ORM of expensive requests (by their cost, limits.ts): the same timeout on a small pool of its
   * own (EXPENSIVE_DB_CONNECTIONS), so however many heavy requests arrive, the other requests still find
   * a free connection in `requestOrm`. The embedded database has one connection and no timeouts:
   * there all three are `orm`.
   */
  heavyOrm: MikroORM;
  /** Runs `work` in one transaction on its own connection: all of it is written, or none. */
  bulk<T>(work: (session: BulkSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const copySql = (table: string, columns: readonly string[], source: string) =>
  `COPY ${table} (${columns.join(', ')}) FROM ${source} WITH (FORMAT csv)`;

function ormOptions(migrations: MigrationObject[], onQuery?: (message: string) => void): Options {
  return {
    entities: ENTITIES,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    // Requests must fork their own EntityManager: using the global one throws: each request has its own identity map.
    allowGlobalContext: false,
    extensions: [Migrator],
    // The analytics read model is SQL of its own (see its migration), not entities: the schema
    // diff must leave it alone.
    schemaGenerator: { ignoreSchema: ['analytics'] },
    migrations: {
      migrationsList: migrations,
      snapshot: false,
      silent: true,
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
    },
    ...(onQuery
      ? { debug: ['query'], logger: onQuery, colors: false }
      : { debug: process.env.DEBUG_SQL === '1' }),
  };
}

/** PostgreSQL's type id of `date`. */
const DATE_OID = 1082;

/**
 * How long one statement of a request may run before PostgreSQL cancels it (STATEMENT_TIMEOUT_MS):
 * the slowest legitimate statement, a recomputation of a heatmap for a past day at 15,000 employees,
 * takes about 0.6 s (docs/security.md, "What an expensive request may take").
 */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;
/**
 * Connections for expensive requests (EXPENSIVE_DB_CONNECTIONS): on the 2-core reference machine one,
 * so that expensive work takes at most one core of the database and the other stays for everyone else.
 */
export const DEFAULT_HEAVY_CONNECTIONS = 1;

/** Opens the database the target names. Does not migrate: see `migrate()`. */
export interface OpenOptions {
  /** Statement timeout of the request pools (default DEFAULT_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
  /** Size of the pool of expensive requests (default DEFAULT_HEAVY_CONNECTIONS). */
  heavyConnections?: number;
  /** The migrations to apply (tests use this to prove a failing migration changes nothing). */
  migrations?: MigrationObject[];
  /** Called with every SQL statement the ORM sends (tests count statements with it). */
  onQuery?: (message: string) => void;
}

export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Database> {
  const base = ormOptions(options.migrations ?? MIGRATIONS, options.onQuery);
  if (target.kind === 'postgresql') {
    const orm = await MikroORM.init({ ...base, driver: PostgreSqlDriver, clientUrl: target.url, pool: { min: 0, max: 4 } });
    const timed = (max: number) =>
      MikroORM.init({
        ...base,
        driver: PostgreSqlDriver,
        clientUrl: target.url,
        pool: { min: 0, max },
        driverOptions: { connection: { statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS } },
      });
    const requestOrm = await timed(10);
    const heavyOrm = await timed(options.heavyConnections ?? DEFAULT_HEAVY_CONNECTIONS);
    return {
      target,
      orm,
      requestOrm,
      heavyOrm,
      async bulk(work) {
        const client = new pg.Client({ connectionString: target.url });
        await client.connect();
        try {
          await client.query('BEGIN');
          const result = await work({
            query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
            copyCsv: (table, columns, csv) =>
              new Promise<void>((resolve, reject) => {
                const stream = client.query(copyFrom(copySql(table, columns, 'STDIN')));
                stream.on('finish', resolve);
                stream.on('error', reject);
                stream.end(csv);
              }),
          });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          await client.end();
        }
      },
      close: async () => {
        await heavyOrm.close(true);
        await requestOrm.close(true);
        await orm.close(true);
      },
    };
  }

  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  // Dates as the text PostgreSQL sends (YYYY-MM-DD), as node-postgres gives them under MikroORM, not as Date objects.
  const pglite = await PGlite.create(target.dataDir ?? 'memory://', { parsers: { [DATE_OID]: (value: string) => value } });
  const orm = await MikroORM.init({
    ...base,
    driver: PGliteDriver,
    dbName: 'postgres',
    driverOptions: { connection: { pglite: () => pglite } satisfies PGliteConnectionConfig },
  });
  return {
    target,
    orm,
    requestOrm: orm,
    heavyOrm: orm,
    bulk: (work) =>
      pglite.transaction((tx) =>
        work({
          query: async (sql, params) => (await tx.query(sql, params as unknown[])).rows as never[],
          copyCsv: async (table, columns, csv) => {
            await tx.query(copySql(table, columns, "'/dev/blob'"), [], { blob: new Blob([csv]) });
          },
        }),
      ),
    async close() {
      await orm.close(true);
      await pglite.close();
    },
  };
}

/** Applies every pending migration, all or nothing. Returns the names applied. */
export async function migrate(db: Database): Promise<string[]> {
  const applied = await db.orm.getMigrator().up();
  return applied.map((m) => m.name);
}
