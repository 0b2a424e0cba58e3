import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { type ExtractTablesWithRelations, fillPlaceholders, SQL } from "drizzle-orm";
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgTransaction } from "drizzle-orm/pg-core";
import * as schema from "../db/schema/index";
import { postgresSnapshotRead } from "./snapshot-read";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What repositories take: the database itself or the transaction of the running use case. */
export type Executor = Db | Tx;

/**
 * A read the server runs many times a second with the same shape (the worklist's facts): on PostgreSQL it is a
 * named prepared statement, so each connection plans it once instead of at every request (planning was a quarter
 * of the worklist's database time). `name` is the read's; the statement's text is hashed into it, so two shapes of
 * one read never share a name.
 */
export type PreparedRead = <T extends object>(name: string, query: SQL | BuiltQuery, options?: ReadOptions) => Promise<T[]>;

/** A statement's text and its values, as the drivers take them. */
export type BuiltQuery = { sql: string; params: unknown[] };

/**
 * A statement whose text is built once (drizzle's `sqlToQuery`), its values given at each run through
 * `sql.placeholder(name)`: for a long statement read many times a second (a person's matches), building its text
 * at every request cost a tenth of the request's server time.
 */
export const buildOnce = (query: SQL): ((values: Record<string, unknown>) => BuiltQuery) => {
  let built: BuiltQuery | undefined;
  return (values) => {
    built ??= dialect.sqlToQuery(query);
    return { sql: built.sql, params: fillPlaceholders(built.params, values) };
  };
};
const toQuery = (query: SQL | BuiltQuery): BuiltQuery => (query instanceof SQL ? dialect.sqlToQuery(query) : query);

/**
 * A report's one big read (outcomes of a whole network) sorts and hashes more rows than a page does: it may ask for
 * more working memory for its own transaction, instead of spilling to disk, without raising it for every query.
 */
export type ReadOptions = {
  workMemMb?: number;
  /**
   * Run the statement with its generic plan (planned once per connection). PostgreSQL re-plans a prepared statement
   * at every execution while it prices its generic plan above the custom ones; for a read many times a second
   * whose parameters never change the plan's shape (the employer search: index ranges), that re-planning cost
   * more than the plan it improved: 3.2 -> 2.0 ms of PostgreSQL CPU per search. The worklist's facts too, once
   * written so that their generic plan reads each part through the right index (worklist-facts.repository.ts).
   * On PostgreSQL these reads run on connections of their own whose session setting is the generic plan
   * (openPostgres): one round trip per read, where a set and a reset around it cost two more.
   */
  genericPlan?: boolean;
};

/** One part of a snapshot read: a prepared statement's name and text (as for `PreparedRead`). */
export type SnapshotPart = { name: string; query: SQL };

/**
 * Several reads of one report that must see the same data (a person's jobs read by one statement, their episodes
 * by another), run at once on their own connections when the pool has them free, all on ONE snapshot: the first
 * connection exports it (pg_export_snapshot), the others import it. Without enough free connections, the parts
 * run one after the other in one repeatable-read transaction (never a connection held while waiting for another:
 * no deadlock when the pool is full). T lists each part's row type.
 */
export type SnapshotRead = <T extends readonly object[]>(
  parts: { [K in keyof T]: SnapshotPart },
  options?: Pick<ReadOptions, "workMemMb">,
) => Promise<{ [K in keyof T]: T[K][] }>;

export type Database = {
  db: Db;
  engine: "pglite" | "postgres";
  readPrepared: PreparedRead;
  readSnapshot: SnapshotRead;
  migrate: () => Promise<void>;
  /** PGlite only: the data directory as a tarball (a test template). */
  dumpDataDir?: () => Promise<Blob>;
  close: () => Promise<void>;
};

const dialect = new PgDialect();
const statementNames = new Map<string, string>();
const statementName = (name: string, text: string): string => {
  let found = statementNames.get(text);
  if (!found) {
    found = `${name}-${createHash("sha1").update(text).digest("hex").slice(0, 12)}`;
    statementNames.set(text, found);
  }
  return found;
};

/**
 * The SQL migrations, resolved from this module in the sources. The bundled server (`dist/main.mjs`, ADR 0007)
 * is not where this module was, so `main.ts` passes the folder it resolves from the package root.
 */
const defaultMigrationsFolder = fileURLToPath(new URL("../db/migrations", import.meta.url));

/**
 * Embedded PostgreSQL (PGlite) in `dataDir`, or in memory when `dataDir` is undefined (tests). `template` is a dump
 * of a data directory to start from (`dumpDataDir`): the tests load an already migrated one, four times faster than
 * creating and migrating a database for each test file.
 */
export const openPglite = async (dataDir: string | undefined, migrationsFolder = defaultMigrationsFolder, template?: Blob): Promise<Database> => {
  // Each engine's driver is loaded only when it is opened: a server on PostgreSQL never loads PGlite, nor the
  // reverse (start-up time, ADR 0007).
  const [{ PGlite }, { pg_trgm }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  // pg_trgm: the employer search's trigram index (migration 0005); PGlite ships it as a contrib bundle.
  const client = await PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(template ? { loadDataDir: template } : {}), extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    engine: "pglite",
    // PGlite runs in this process, one query at a time: a plain query.
    readPrepared: async <T extends object>(_name: string, query: SQL | BuiltQuery) => {
      const { sql: text, params } = toQuery(query);
      return (await client.query<T>(text, params)).rows;
    },
    // One query at a time in this process: the parts in turn, in one transaction (no other request's write between).
    readSnapshot: (async (parts: readonly SnapshotPart[]) =>
      client.transaction(async (tx) => {
        await tx.query("set transaction isolation level repeatable read, read only");
        const results: object[][] = [];
        for (const part of parts) {
          const { sql: text, params } = dialect.sqlToQuery(part.query);
          results.push((await tx.query<object>(text, params)).rows);
        }
        return results;
      })) as SnapshotRead,
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
    dumpDataDir: () => client.dumpDataDir("none"),
    close: () => client.close(),
  };
};

/** A PostgreSQL server (>= 15) through a connection pool. */
export const openPostgres = async (url: string, poolSize = 10, migrationsFolder = defaultMigrationsFolder): Promise<Database> => {
  const [{ default: pg }, { drizzle: drizzleNodePg }, { migrate: migrateNodePg }] = await Promise.all([
    import("pg"),
    import("drizzle-orm/node-postgres"),
    import("drizzle-orm/node-postgres/migrator"),
  ]);
  // JIT compilation off: the planner turns it on for statements it prices high (a network's outcomes), where compiling
  // took 1.5 s of a 2.7 s read that runs in under 1 s without it (bench/RESULTS.md, 2026-11-30). Our reads are short.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: "-c jit=off" });
  // An idle connection closed by the server (restart, failover, admin command) must not crash the process:
  // the pool drops it and opens a new one on the next query.
  const onIdleError = (error: Error) => console.error(`postgres: idle connection lost (${(error as { code?: string }).code ?? error.message})`);
  pool.on("error", onIdleError);
  const client = await pool.connect();
  client.release();
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  // The reads that want their generic plan (ReadOptions.genericPlan) get connections of their own where it is the
  // session's setting: one round trip per read, where a set and a reset around it on a shared connection cost two
  // more. Opened on the first such read; a server that never runs one never opens it.
  let genericPool: InstanceType<typeof pg.Pool> | undefined;
  const genericPlanPool = (): InstanceType<typeof pg.Pool> => {
    if (!genericPool) {
      genericPool = new pg.Pool({ connectionString: url, max: poolSize, options: "-c jit=off -c plan_cache_mode=force_generic_plan" });
      genericPool.on("error", onIdleError);
    }
    return genericPool;
  };
  return {
    db,
    engine: "postgres",
    readPrepared: async <T extends object>(name: string, query: SQL | BuiltQuery, options: ReadOptions = {}) => {
      const { sql: text, params } = toQuery(query);
      const statement = { name: statementName(name, text), text, values: params };
      if (options.genericPlan && !options.workMemMb) return (await genericPlanPool().query<T>(statement)).rows;
      if (!options.workMemMb) return (await pool.query<T>(statement)).rows;
      const client = await pool.connect();
      try {
        await client.query("begin read only");
        await client.query("select set_config('work_mem', $1, true)", [`${Math.round(options.workMemMb)}MB`]);
        const rows = (await client.query<T>(statement)).rows;
        await client.query("commit");
        return rows;
      } catch (error) {
        await client.query("rollback").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    readSnapshot: postgresSnapshotRead(pool, poolSize, (name, query) => {
      const { sql: text, params } = dialect.sqlToQuery(query);
      return { name: statementName(name, text), text, values: params };
    }),
    migrate: () => migrateNodePg(drizzleNodePg(pool, { schema }), { migrationsFolder }),
    close: async () => {
      await Promise.all([pool.end(), genericPool?.end()]);
    },
  };
};

export const openDatabase = (options: { databaseUrl?: string; dataDir?: string; migrationsFolder?: string }): Promise<Database> =>
  options.databaseUrl ? openPostgres(options.databaseUrl, undefined, options.migrationsFolder) : openPglite(options.dataDir, options.migrationsFolder);
