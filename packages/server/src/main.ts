import { rmSync } from "node:fs";
import { join } from "node:path";
import { buildApp } from "./app";
import { type Config, loadConfig } from "./config";
import { seedDemo } from "./demo/seed-demo";
import { type Database, openDatabase } from "./platform/db";
import { etalabGeoLookup } from "./platform/geo";
import { DataDirLockedError, lockDataDir } from "./platform/lock";

const usage = "usage: passerelle start | migrate | demo";

/** Opens the configured database: a PostgreSQL server, or PGlite in the (locked) data directory. */
const open = async (config: Config, dataDir: string): Promise<{ database: Database; release: () => void }> => {
  if (config.databaseUrl) return { database: await openDatabase({ databaseUrl: config.databaseUrl }), release: () => undefined };
  const lock = lockDataDir(dataDir);
  try {
    return { database: await openDatabase({ dataDir: join(dataDir, "pgdata") }), release: lock.release };
  } catch (error) {
    lock.release();
    throw error;
  }
};

const serve = async (config: Config, database: Database, release: () => void) => {
  const app = await buildApp({ database, logger: true, trustProxy: config.trustProxy, validateResponses: config.validateResponses });
  let stopping = false;
  const stop = async () => {
    // A second signal during shutdown (Ctrl-C twice, a supervisor's SIGTERM after SIGINT) must not close twice.
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.close();
    release();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  await app.listen({ port: config.port, host: config.host });
  // The commune index (matching, commune search) is built once (a few hundred ms, blocking): shortly after start-up,
  // so neither the first answers after a restart nor the first specialist's match request wait for it.
  setTimeout(() => etalabGeoLookup.communeOf("75056"), 2000).unref();
};

const run = async (command: string | undefined) => {
  const config = loadConfig();
  if (command === "migrate") {
    const { database, release } = await open(config, config.dataDir);
    await database.migrate();
    await database.close();
    release();
    console.log("migrations applied");
    return;
  }
  if (command === "start") {
    const { database, release } = await open(config, config.dataDir);
    await database.migrate();
    await serve(config, database, release);
    return;
  }
  if (command === "demo") {
    if (config.databaseUrl) throw new Error("demo runs on the embedded database only: unset DATABASE_URL");
    // A fresh demo every time, in its own directory: real data in DATA_DIR is never touched.
    const lock = lockDataDir(config.demoDataDir);
    rmSync(join(config.demoDataDir, "pgdata"), { recursive: true, force: true });
    const database = await openDatabase({ dataDir: join(config.demoDataDir, "pgdata") });
    await database.migrate();
    await seedDemo(database);
    console.log("demo data loaded: sign in with admin@demo.passerelle.test / demo-passerelle");
    await serve(config, database, lock.release);
    return;
  }
  console.error(usage);
  process.exit(2);
};

run(process.argv[2]).catch((error: unknown) => {
  if (error instanceof DataDirLockedError) {
    console.error(`Passerelle is already running on this data directory (process ${error.pid}). Stop it first, or set DATA_DIR to another directory.`);
    process.exit(3);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
