import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Config, loadConfig } from "./config";
import { type Database, openDatabase } from "./platform/db";
import { DataDirLockedError, lockDataDir } from "./platform/lock";

// The application (routes, Fastify, zod contracts, the domain) and the demo seed are loaded on demand: `start`
// asks for them right after it begins opening the database, so their modules are read and compiled while PGlite
// compiles its WebAssembly and reads its files, instead of before (restart budget, ADR 0007). In the bundle they
// are separate chunks.
const loadApp = () => import("./app");

const usage = "usage: passerelle start | migrate | demo";

// This module runs from packages/server/src/main.ts (tsx, development) or as the bundle packages/server/dist/main.mjs
// (`npm start`, ADR 0007): one level under the package root either way, so files are found from the root.
const serverRoot = fileURLToPath(new URL("..", import.meta.url));
const migrationsFolder = join(serverRoot, "src", "db", "migrations");
const webDist = join(serverRoot, "..", "web", "dist");

/** Opens the configured database: a PostgreSQL server, or PGlite in the (locked) data directory. */
const open = async (config: Config, dataDir: string): Promise<{ database: Database; release: () => void }> => {
  if (config.databaseUrl) return { database: await openDatabase({ databaseUrl: config.databaseUrl, migrationsFolder }), release: () => undefined };
  const lock = lockDataDir(dataDir);
  try {
    return { database: await openDatabase({ dataDir: join(dataDir, "pgdata"), migrationsFolder }), release: lock.release };
  } catch (error) {
    lock.release();
    throw error;
  }
};

const serve = async (config: Config, database: Database, release: () => void, appModule = loadApp()) => {
  const { buildApp } = await appModule;
  const app = await buildApp({ database, webDist, logger: true, trustProxy: config.trustProxy, validateResponses: config.validateResponses });
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
  // The commune index (matching, commune search) is built once: shortly after start-up, a step at a time between
  // requests, so neither the first answers after a restart nor the first specialist's match request wait for it.
  const { prepareGeography } = await import("./platform/geo");
  setTimeout(() => prepareGeography().catch((error: unknown) => app.log.error({ err: error }, "commune index not prepared")), 2000).unref();
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
    const opening = open(config, config.dataDir);
    const appModule = loadApp();
    // If opening fails (lock held, bad URL), that error is the one reported, not a rejection of this import.
    appModule.catch(() => undefined);
    const { database, release } = await opening;
    await database.migrate();
    await serve(config, database, release, appModule);
    return;
  }
  if (command === "demo") {
    if (config.databaseUrl) throw new Error("demo runs on the embedded database only: unset DATABASE_URL");
    // A fresh demo every time, in its own directory: real data in DATA_DIR is never touched.
    const lock = lockDataDir(config.demoDataDir);
    rmSync(join(config.demoDataDir, "pgdata"), { recursive: true, force: true });
    const opening = openDatabase({ dataDir: join(config.demoDataDir, "pgdata"), migrationsFolder });
    const appModule = loadApp();
    appModule.catch(() => undefined);
    const database = await opening;
    await database.migrate();
    const { seedDemo } = await import("./demo/seed-demo");
    await seedDemo(database);
    console.log("demo data loaded: sign in with admin@demo.passerelle.test / demo-passerelle");
    await serve(config, database, lock.release, appModule);
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
