/**
 * Load benchmark of the read paths a specialist uses all day, on PGlite and on PostgreSQL.
 *
 *   npm run bench                                  # both engines, full dataset, 10 s per route
 *   npm run bench -- --engine postgres --duration 5
 *   npm run bench -- --small                       # 500 participants / 20,000 contacts: harness check
 *
 * Per engine: database (PGlite in bench/.data/pglite, reused when it already holds the dataset; or a
 * throw-away PostgreSQL cluster from scripts/pg-cluster.mjs), migrations, dataset (bench/generate.ts), the
 * REAL server started as a child process as `npm start` runs it (`node packages/server/dist/main.mjs start`, the
 * bundle built by scripts/build-server.mjs, rebuilt first when stale), sign-in as the
 * specialist of the busiest participant, then autocannon (10 connections) on each route after a short
 * warm-up, a bare one-query route (/api/health, no cookie) measured in the same run as the reference.
 * Then restart time (spawn -> first 200 of /api/health on the existing data, 3 runs, max reported; also from the
 * TypeScript sources through tsx, for comparison) and, on
 * PostgreSQL, the exact number of SQL statements each route sends (log_statement=all, one request each).
 * Any non-2xx answer or socket error fails the run: a benchmark that measures errors is worthless.
 * Results are appended to bench/RESULTS.md (not for --small unless --record).
 *
 *   npm run bench -- --restart-only               # only the restart times (no load, no statement count, never recorded)
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon, { type Result } from "autocannon";
import { count, sql } from "drizzle-orm";
import pg from "pg";
import { contacts, participants } from "../packages/server/src/db/schema/index";
import { type Database, openPglite, openPostgres } from "../packages/server/src/platform/db";
import { lockDataDir } from "../packages/server/src/platform/lock";
import { BENCH_PASSWORD, type DatasetSummary, generateDataset } from "./generate";
import { fullJobDevelopment, smallJobDevelopment } from "./generate-job-development";
import { fullCareTeam } from "./generate-care-team";
// @ts-expect-error plain ESM helper without types, owned by scripts/
import { startCluster, stopCluster } from "../scripts/pg-cluster.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH = join(ROOT, "bench");
const DATA = join(BENCH, ".data");

// ---------------------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const option = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0 && argv[i + 1] !== undefined) return argv[i + 1];
  const inline = argv.find((a) => a.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : fallback;
};
if (flag("help")) {
  console.log("usage: tsx bench/run.ts [--engine pglite|postgres|both] [--duration 10] [--warmup 2] [--small] [--seed 1] [--regenerate] [--keep-cluster] [--prepare-only] [--record|--no-record] [--restart-only] [--routes a,b]");
  process.exit(0);
}
const engineArg = option("engine", "both");
if (!["pglite", "postgres", "both"].includes(engineArg)) throw new Error(`--engine must be pglite, postgres or both, got ${engineArg}`);
const engines = (engineArg === "both" ? ["pglite", "postgres"] : [engineArg]) as ("pglite" | "postgres")[];
const duration = Number(option("duration", "10"));
const warmup = Number(option("warmup", "2"));
const small = flag("small");
const seed = Number(option("seed", "1"));
const restartOnly = flag("restart-only");
/** `--prepare-only`: build the database (with `--keep-cluster`, the kept one) and stop: no server, no measurement. */
const prepareOnly = flag("prepare-only");
const record = !restartOnly && (flag("record") || (!small && !flag("no-record")));
const CONNECTIONS = 10;
const RESTART_RUNS = 3;
const size = small
  ? { participants: 500, contacts: 20_000, specialists: 40, jobDevelopment: smallJobDevelopment, careTeam: fullCareTeam }
  : { participants: 5000, contacts: 200_000, specialists: 40, jobDevelopment: fullJobDevelopment, careTeam: fullCareTeam };
/** `--routes worklist,matches`: measure only these route keys (the references bare and signedIn always run). */
const onlyRoutes = option("routes", "").split(",").filter(Boolean);

const BUDGET = { p99Ms: 50, caseloadShareOfBare: 0.3, restartMs: 3000 };

// ---------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fail = (message: string): never => {
  throw new Error(`BENCH FAILED: ${message}`);
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

/** The deepest process under `pid` (npx -> sh -> tsx -> node server): the server itself. */
const serverPid = (pid: number): number => {
  let current = pid;
  try {
    for (;;) {
      const kids = readFileSync(`/proc/${current}/task/${current}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
      // tsx also starts an esbuild service process; the server is the node process.
      const next = kids.find((k) => /main\.(ts|mjs)/.test(readFileSync(`/proc/${k}/cmdline`, "utf8"))) ?? kids[0];
      if (next === undefined) break;
      current = next;
    }
  } catch {
    // raced with an exit: keep what we have
  }
  return current;
};

const serverRssMb = (pid: number): number | null => {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${serverPid(pid)}/status`, "utf8"))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
};

const CLK_TCK = 100; // Linux USER_HZ

/**
 * utime + stime of one process, plus cutime + cstime (its exited children's, once it has waited for them), in ms (0
 * when it is gone). A tree's sum then keeps the time of the processes that ended during a measurement: a PostgreSQL
 * backend whose idle connection the server's pool closed took its CPU time with it, and the tree's CPU went down.
 */
const processCpuMs = (pid: number): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 1000) / CLK_TCK;
  } catch {
    return 0;
  }
};

const descendants = (pid: number): number[] => {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      const kids = readFileSync(`/proc/${out[i]}/task/${out[i]}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
      out.push(...kids);
    } catch {
      // gone
    }
  }
  return out;
};

const treeCpuMs = (pid: number | undefined): number => (pid ? descendants(pid).reduce((sum, p) => sum + processCpuMs(p), 0) : 0);

/** Busy CPU time of the whole machine (all cores), in ms. */
const machineBusyMs = (): number => {
  const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
  return ((user + nice + system + irq + softirq + (steal ?? 0)) * 1000) / CLK_TCK;
};

type CpuSnapshot = { server: number; db: number; bench: number; machine: number; at: number };
const cpuSnapshot = (serverRoot: number | undefined, dbRoot: number | undefined): CpuSnapshot => {
  const usage = process.cpuUsage();
  return { server: treeCpuMs(serverRoot), db: treeCpuMs(dbRoot), bench: (usage.user + usage.system) / 1000, machine: machineBusyMs(), at: performance.now() };
};

// ---------------------------------------------------------------------------------------------------------
// The server under test, as a child process
// ---------------------------------------------------------------------------------------------------------

type ServerEnv = { DATA_DIR?: string; DATABASE_URL?: string };
type RunningServer = { child: ChildProcess; port: number; base: string; exited: Promise<number | null>; logFile: string };

const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

/**
 * `bundle`: `node packages/server/dist/main.mjs start`, what `npm start` runs (ADR 0007). `tsx`:
 * `node --import tsx packages/server/src/main.ts start`, the TypeScript sources as in development, for comparison.
 */
type Launcher = "bundle" | "tsx";
const launchers: Record<Launcher, string[]> = {
  bundle: ["packages/server/dist/main.mjs", "start"],
  tsx: ["--import", "tsx", "packages/server/src/main.ts", "start"],
};

/** The bundle is what users run: build it (when stale) before any measurement. */
const buildServer = () => execFileSync(process.execPath, [join(ROOT, "scripts", "build-server.mjs")], { cwd: ROOT, stdio: "inherit" });

const startServer = async (engine: string, env: ServerEnv, label: string, launcher: Launcher = "bundle"): Promise<RunningServer & { readyMs: number }> => {
  const port = await freePort();
  mkdirSync(join(DATA, "logs"), { recursive: true });
  const logFile = join(DATA, "logs", `server-${engine}-${label}.log`);
  const fd = openSync(logFile, "w");
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const t0 = performance.now();
  // `BENCH_SERVER_CPU_PROF=<dir>`: a CPU profile of the server, written when it stops (as bench/support/server.ts).
  const profile = process.env.BENCH_SERVER_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_SERVER_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, ...launchers[launcher]], {
    cwd: ROOT,
    env: childEnv,
    stdio: ["ignore", fd, fd],
    detached: true, // own process group: if the bench dies, the server (and tsx's esbuild service) is killed with it
  });
  closeSync(fd);
  children.add(child);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let exitCode: number | null | undefined;
  exited.then((code) => (exitCode = code));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exitCode !== undefined) fail(`server exited (${exitCode}) during start-up; log ${logFile}:\n${readFileSync(logFile, "utf8").slice(-2000)}`);
    if (Date.now() > deadline) fail(`server not answering after 120 s; log ${logFile}`);
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) {
        await res.arrayBuffer();
        break;
      }
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  return { child, port, base, exited, logFile, readyMs: performance.now() - t0 };
};

const groupAlive = (pid: number | undefined): boolean => {
  if (!pid) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

const stopServer = async (server: RunningServer, dataDir?: string): Promise<void> => {
  // SIGTERM to the server process only, as a service manager signalling its main process would. Not to npx
  // (it exits without relaying: the server is orphaned) nor to the whole group (tsx relays its own copy and
  // SIGKILLs a child that has not acknowledged within 30 ms; once seen here to leave the PGlite lock behind).
  const pid = server.child.pid;
  if (pid && groupAlive(pid)) process.kill(serverPid(pid), "SIGTERM");
  const deadline = Date.now() + 30_000;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(10);
  if (groupAlive(pid)) {
    if (pid) process.kill(-pid, "SIGKILL");
    fail(`server did not stop within 30 s of SIGTERM (log ${server.logFile})`);
  }
  children.delete(server.child);
  if (dataDir && existsSync(join(dataDir, "passerelle.lock"))) fail(`server left its lock in ${dataDir}: it did not shut down cleanly`);
};

const login = async (base: string, email: string): Promise<string> => {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200) fail(`login as ${email} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("passerelle_session="));
  if (!cookie) fail("login set no passerelle_session cookie");
  await res.arrayBuffer();
  return (cookie as string).split(";")[0];
};

// ---------------------------------------------------------------------------------------------------------
// Routes and measurement
// ---------------------------------------------------------------------------------------------------------

/**
 * `as`: who is signed in (the busiest person's specialist, or the specialist with 20 people that the worklist
 * budget is stated for). `budgetMs`: the route's own p99 budget on PostgreSQL when the issue states one.
 */
type Route = { key: string; name: string; path: string; auth: boolean; as?: "busiest" | "worklist" | "careTeam"; budgetMs?: number };

const routesFor = (d: DatasetSummary): Route[] => ([
  { key: "bare", name: "bare route `GET /api/health` (select 1, no session)", path: "/api/health", auth: false },
  // A second reference: the cheapest signed-in route (session from the cache, one query for the memberships).
  { key: "signedIn", name: "signed-in one-query route `GET /api/me`", path: "/api/me", auth: true },
  { key: "caseload", name: "caseload list `GET /api/participants?specialistId=…`", path: `/api/participants?specialistId=${d.busiest.specialistId}`, auth: true },
  { key: "programList", name: "program list `GET /api/participants?limit=50`", path: "/api/participants?limit=50", auth: true },
  { key: "participant", name: "participant page `GET /api/participants/:id`", path: `/api/participants/${d.busiest.participantId}`, auth: true },
  { key: "timeline", name: "timeline `GET /api/participants/:id/timeline`", path: `/api/participants/${d.busiest.participantId}/timeline`, auth: true },
  { key: "contacts", name: "contacts `GET /api/participants/:id/contacts`", path: `/api/participants/${d.busiest.participantId}/contacts`, auth: true },
  // Job development (issue 3): budgets of their own.
  { key: "worklist", name: "my week `GET /api/worklist` (specialist with 20 people)", path: "/api/worklist", auth: true, as: "worklist", budgetMs: 100 },
  {
    key: "matches",
    name: `matches \`GET /api/participants/:id/matches\` (${d.jobDevelopment?.counts.openOpenings ?? 0} open openings)`,
    path: `/api/participants/${d.worklist.jobSearchParticipantId}/matches`,
    auth: true,
    as: "worklist",
    budgetMs: 100,
  },
  // The search box's request, as the register page and the employer pickers send it: a page of lines (view=summary).
  {
    key: "employerSearch",
    name: `employer search by name prefix \`GET /api/employers?q=${d.jobDevelopment?.employerPrefix ?? ""}&view=summary\` (${d.jobDevelopment?.employerPrefixMatches ?? 0} matches, 50 lines)`,
    path: `/api/employers?q=${d.jobDevelopment?.employerPrefix ?? ""}&view=summary`,
    auth: true,
    budgetMs: 30,
  },
  // The same search answering whole records (the default view, for API clients): held to every route's budget.
  {
    key: "employerSearchFull",
    name: `employer search, whole records \`GET /api/employers?q=${d.jobDevelopment?.employerPrefix ?? ""}\` (50 records)`,
    path: `/api/employers?q=${d.jobDevelopment?.employerPrefix ?? ""}`,
    auth: true,
  },
  // The weekly meeting (issue 4): this week's agenda of the 300-person program, as its team lead.
  ...(d.careTeam
    ? [{
        key: "agenda",
        name: `weekly meeting agenda \`GET /api/meetings/:id/agenda\` (${d.careTeam.counts.participants} people, ${d.careTeam.counts.meetings} meetings)`,
        path: `/api/meetings/${d.careTeam.meetingId}/agenda`,
        auth: true,
        as: "careTeam" as const,
        budgetMs: 150,
      }]
    : []),
] satisfies Route[]).filter((r: Route) => onlyRoutes.length === 0 || r.key === "bare" || r.key === "signedIn" || onlyRoutes.includes(r.key));

const emailFor = (d: DatasetSummary, route: Route): string =>
  route.as === "worklist" ? d.worklist.specialistEmail : route.as === "careTeam" && d.careTeam ? d.careTeam.leadEmail : d.busiest.specialistEmail;

type Measure = {
  p50: number;
  p99: number;
  max: number;
  rps: number;
  total: number;
  non2xx: number;
  errors: number;
  bytes: number;
  /** CPU per request (ms): the server process, the PostgreSQL cluster, the load generator (this process). */
  cpu: { server: number; db: number; bench: number };
  /** Share of the machine's CPU (all cores) used by processes that are not part of the benchmark. */
  otherLoad: number;
};

const cannon = async (url: string, headers: Record<string, string>, seconds: number): Promise<Result> => {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers, timeout: 10 });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    fail(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts (${JSON.stringify(result.statusCodeStats)})`);
  }
  return result;
};

const measureRoute = async (base: string, route: Route, cookie: string, pids: { server?: number; db?: number }): Promise<Measure> => {
  const url = `${base}${route.path}`;
  const headers: Record<string, string> = route.auth ? { cookie, accept: "application/json" } : { accept: "application/json" };
  // One request first: the route must answer 200 with the expected shape, or the run is meaningless.
  const probe = await fetch(url, { headers });
  const body = await probe.text();
  if (probe.status !== 200) fail(`${route.path} answered ${probe.status}: ${body.slice(0, 500)}`);
  if (warmup > 0) await cannon(url, headers, warmup);
  const before = cpuSnapshot(pids.server, pids.db);
  const r = await cannon(url, headers, duration);
  const after = cpuSnapshot(pids.server, pids.db);
  const n = Math.max(1, r.requests.total);
  const used = { server: after.server - before.server, db: after.db - before.db, bench: after.bench - before.bench };
  const wall = after.at - before.at;
  const others = after.machine - before.machine - used.server - used.db - used.bench;
  return {
    cpu: { server: used.server / n, db: used.db / n, bench: used.bench / n },
    otherLoad: Math.max(0, others) / (wall * os.availableParallelism()),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    rps: r.requests.average,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    bytes: Buffer.byteLength(body),
  };
};

// ---------------------------------------------------------------------------------------------------------
// Engines
// ---------------------------------------------------------------------------------------------------------

type Prepared = {
  env: ServerEnv;
  dataset: DatasetSummary;
  reused: boolean;
  dataDir?: string;
  version: string;
  cleanup: () => Promise<void>;
  pgUrl?: string;
  pgLog?: string;
  /** The postmaster, for CPU accounting. */
  dbPid?: number;
};

const datasetOptions = { ...size, seed };

const preparePglite = async (): Promise<Prepared> => {
  const dataDir = join(DATA, small ? "pglite-small" : "pglite");
  const markerFile = join(dataDir, "dataset.json");
  const pgdata = join(dataDir, "pgdata");
  const pgliteVersion = JSON.parse(readFileSync(join(ROOT, "node_modules/@electric-sql/pglite/package.json"), "utf8")).version as string;
  const matches = (m: { options?: unknown }) => JSON.stringify(m.options) === JSON.stringify(datasetOptions);

  if (!flag("regenerate") && existsSync(markerFile) && existsSync(pgdata)) {
    const marker = JSON.parse(readFileSync(markerFile, "utf8")) as { options: unknown; dataset: DatasetSummary };
    if (matches(marker)) {
      // Check the cached directory really holds the dataset (and bring its schema up to date).
      const lock = lockDataDir(dataDir);
      const database = await openPglite(pgdata);
      try {
        await database.migrate();
        const [{ n: np }] = await database.db.select({ n: count() }).from(participants);
        const [{ n: nc }] = await database.db.select({ n: count() }).from(contacts);
        if (np === size.participants + (marker.dataset.careTeam?.counts.participants ?? -1) && nc === size.contacts + (marker.dataset.careTeam?.counts.contacts ?? 0)) {
          log(`PGlite: reusing the dataset in ${dataDir} (generated ${marker.dataset.asOf})`);
          return { env: { DATA_DIR: dataDir }, dataset: marker.dataset, reused: true, dataDir, version: `PGlite ${pgliteVersion}`, cleanup: async () => {} };
        }
        log(`PGlite: cached directory holds ${np} participants / ${nc} contacts, regenerating`);
      } finally {
        await database.close();
        lock.release();
      }
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  const t0 = performance.now();
  const database = await openPglite(pgdata);
  await database.migrate();
  log(`PGlite: new data directory + migrations in ${((performance.now() - t0) / 1000).toFixed(1)} s; generating`);
  let dataset: DatasetSummary;
  try {
    dataset = await generateDataset(database.db, { ...datasetOptions, log });
  } finally {
    await database.close();
    lock.release();
  }
  writeFileSync(markerFile, `${JSON.stringify({ options: datasetOptions, dataset }, null, 2)}\n`);
  return { env: { DATA_DIR: dataDir }, dataset, reused: false, dataDir, version: `PGlite ${pgliteVersion}`, cleanup: async () => {} };
};

/** `--keep-cluster`: the PostgreSQL cluster lives in bench/.data/postgres and keeps its dataset between runs. */
const keepCluster = flag("keep-cluster");

const preparePostgres = async (): Promise<Prepared> => {
  const t0 = performance.now();
  const keptDir = join(DATA, small ? "postgres-small" : "postgres");
  const markerFile = join(keptDir, "dataset.json");
  if (keepCluster && flag("regenerate")) rmSync(keptDir, { recursive: true, force: true });
  const cluster = await startCluster(keepCluster ? { dir: keptDir } : {});
  log(`PostgreSQL ${cluster.version}: ${keepCluster ? `kept cluster (${keptDir})` : "throw-away cluster"} on port ${cluster.port} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  let database: Database | undefined;
  try {
    database = await openPostgres(cluster.url, 4);
    await database.migrate();
    let dataset: DatasetSummary | undefined;
    const reused = keepCluster && existsSync(markerFile);
    if (reused) {
      const marker = JSON.parse(readFileSync(markerFile, "utf8")) as { options: unknown; dataset: DatasetSummary };
      if (JSON.stringify(marker.options) === JSON.stringify(datasetOptions)) {
        dataset = marker.dataset;
        // Migrations run since the dataset was generated may have added indexes: plan with fresh statistics.
        await database.db.execute(sql`analyze`);
        log(`PostgreSQL: reusing the dataset of the kept cluster (generated ${dataset.asOf})`);
      } else {
        fail(`the kept cluster in ${keptDir} holds another dataset: add --regenerate`);
      }
    }
    if (!dataset) {
      log("generating");
      dataset = await generateDataset(database.db, { ...datasetOptions, log });
      if (keepCluster) writeFileSync(markerFile, `${JSON.stringify({ options: datasetOptions, dataset }, null, 2)}\n`);
    }
    const shown = (await database.db.execute(sql`show server_version`)) as unknown as { rows: { server_version: string }[] };
    const version = shown.rows[0].server_version;
    await database.close();
    return {
      // The server reaches PostgreSQL through its Unix socket, as on one machine (scripts/pg-cluster.mjs socketUrl).
      env: { DATABASE_URL: cluster.socketUrl },
      dataset,
      reused,
      version: `PostgreSQL ${version} (fsync=off, synchronous_commit=off, the server connected through the Unix socket: scripts/pg-cluster.mjs)`,
      cleanup: () => stopCluster(cluster),
      pgUrl: cluster.url,
      pgLog: join(cluster.dir, "log"),
      dbPid: cluster.pid,
    };
  } catch (error) {
    await database?.close().catch(() => undefined);
    await stopCluster(cluster);
    throw error;
  }
};

/** Exact SQL statements per request, from the server's log with log_statement=all (one request per route). */
const countStatements = async (p: Prepared, routes: Route[]): Promise<Record<string, number>> => {
  if (!p.pgUrl || !p.pgLog) return {};
  const admin = new pg.Client({ connectionString: p.pgUrl });
  await admin.connect();
  await admin.query("alter database postgres set log_statement = 'all'"); // for the server's new connections
  await admin.query("set log_statement = 'all'"); // and for this one (the markers)
  const logStart = statSync(p.pgLog).size;
  const server = await startServer("postgres", p.env, "statements");
  const counts: Record<string, number> = {};
  try {
    const cookies = new Map<string, string>();
    for (const route of routes) {
      const email = emailFor(p.dataset, route);
      const cookie = cookies.get(email) ?? (await login(server.base, email));
      cookies.set(email, cookie);
      await admin.query(`select 'bench-marker-begin-${route.key}'`);
      const res = await fetch(`${server.base}${route.path}`, { headers: route.auth ? { cookie } : {} });
      await res.arrayBuffer();
      await admin.query(`select 'bench-marker-end-${route.key}'`);
    }
    await sleep(200);
    // From where this count began: a kept cluster's log also holds the markers of earlier runs.
    const lines = readFileSync(p.pgLog).subarray(logStart).toString("utf8").split("\n");
    for (const route of routes) {
      const begin = lines.findIndex((l) => l.includes(`bench-marker-begin-${route.key}`));
      const end = lines.findIndex((l) => l.includes(`bench-marker-end-${route.key}`));
      if (begin < 0 || end < begin) fail(`statement count: markers for ${route.key} not found in ${p.pgLog}`);
      counts[route.key] = lines.slice(begin + 1, end).filter((l) => /LOG:\s+(statement|execute)/.test(l)).length;
    }
  } finally {
    await stopServer(server);
    await admin.query("alter database postgres reset log_statement");
    await admin.end();
  }
  return counts;
};

type EngineResult = {
  engine: "pglite" | "postgres";
  version: string;
  dataset: DatasetSummary;
  reused: boolean;
  routes: (Route & Measure & { statements?: number })[];
  restartMs: number[];
  restartTsxMs: number[];
  firstStartMs: number;
  rssMb: number | null;
};

const runEngine = async (engine: "pglite" | "postgres"): Promise<EngineResult> => {
  log(`=== ${engine} ===`);
  const prepared = engine === "pglite" ? await preparePglite() : await preparePostgres();
  if (prepareOnly) {
    await prepared.cleanup();
    return { engine, version: prepared.version, dataset: prepared.dataset, reused: prepared.reused, routes: [], restartMs: [], restartTsxMs: [], firstStartMs: 0, rssMb: null };
  }
  try {
    const d = prepared.dataset;
    log(`dataset: ${d.counts.participants} participants, ${d.counts.contacts} contacts, ${d.counts.events} events, ${d.counts.consents} consents; busiest participant has ${d.busiest.contacts} contacts`);
    const server = await startServer(engine, prepared.env, "load");
    log(`server up in ${(server.readyMs / 1000).toFixed(2)} s on port ${server.port}`);
    // --restart-only: this first start only warms the page cache and the bundle, as the load phase does.
    const routes = restartOnly ? [] : routesFor(d);
    const measured: EngineResult["routes"] = [];
    let rssMb: number | null = null;
    try {
      const cookies = new Map<string, string>();
      for (const route of routes) {
        const email = emailFor(d, route);
        const cookie = cookies.get(email) ?? (await login(server.base, email));
        cookies.set(email, cookie);
        const m = await measureRoute(server.base, route, cookie, { server: server.child.pid, db: prepared.dbPid });
        measured.push({ ...route, ...m });
        log(
          `${route.key.padEnd(12)} p50 ${m.p50.toFixed(1).padStart(6)} ms  p99 ${m.p99.toFixed(1).padStart(6)} ms  ${m.rps.toFixed(0).padStart(6)} req/s  ` +
            `(${m.total} requests, ${m.bytes} bytes/answer; CPU ms/request server ${m.cpu.server.toFixed(2)} db ${m.cpu.db.toFixed(2)} load-gen ${m.cpu.bench.toFixed(2)}; other processes ${(m.otherLoad * 100).toFixed(0)}% of the machine)`,
        );
      }
      if (server.child.pid && !restartOnly) rssMb = serverRssMb(server.child.pid);
    } finally {
      await stopServer(server, prepared.dataDir);
    }
    const restartMs: number[] = [];
    for (let i = 0; i < RESTART_RUNS; i++) {
      const again = await startServer(engine, prepared.env, `restart-${i + 1}`);
      restartMs.push(again.readyMs);
      log(`restart ${i + 1}: first 200 of /api/health after ${(again.readyMs / 1000).toFixed(2)} s`);
      await stopServer(again, prepared.dataDir);
    }
    const restartTsxMs: number[] = [];
    for (let i = 0; i < RESTART_RUNS; i++) {
      const again = await startServer(engine, prepared.env, `restart-tsx-${i + 1}`, "tsx");
      restartTsxMs.push(again.readyMs);
      await stopServer(again, prepared.dataDir);
    }
    log(`restart from the TypeScript sources (node --import tsx): ${restartTsxMs.map((ms) => (ms / 1000).toFixed(2)).join(", ")} s`);
    const statements = restartOnly ? {} : await countStatements(prepared, routes);
    for (const r of measured) if (statements[r.key] !== undefined) r.statements = statements[r.key];
    if (Object.keys(statements).length > 0) log(`SQL statements per request: ${JSON.stringify(statements)}`);
    return { engine, version: prepared.version, dataset: d, reused: prepared.reused, routes: measured, restartMs, restartTsxMs, firstStartMs: server.readyMs, rssMb };
  } finally {
    await prepared.cleanup();
  }
};

// ---------------------------------------------------------------------------------------------------------
// Budgets and report
// ---------------------------------------------------------------------------------------------------------

type Verdict = { name: string; pass: boolean; detail: string };

const budgets = (results: EngineResult[]): Verdict[] => {
  const verdicts: Verdict[] = [];
  const pgRun = results.find((r) => r.engine === "postgres");
  if (pgRun) {
    for (const r of pgRun.routes) {
      const budgetMs = r.budgetMs ?? BUDGET.p99Ms;
      verdicts.push({ name: `PostgreSQL p99 < ${budgetMs} ms: ${r.key}`, pass: r.p99 < budgetMs, detail: `${r.p99.toFixed(1)} ms` });
    }
    const bare = pgRun.routes.find((r) => r.key === "bare");
    const caseload = pgRun.routes.find((r) => r.key === "caseload");
    if (bare && caseload) {
      const share = caseload.rps / bare.rps;
      verdicts.push({
        name: `PostgreSQL caseload list req/s >= ${BUDGET.caseloadShareOfBare * 100}% of bare route`,
        pass: share >= BUDGET.caseloadShareOfBare,
        detail: `${caseload.rps.toFixed(0)} / ${bare.rps.toFixed(0)} = ${(share * 100).toFixed(0)}%`,
      });
    }
  }
  for (const r of results) {
    const max = Math.max(...r.restartMs);
    verdicts.push({ name: `${r.engine === "pglite" ? "PGlite" : "PostgreSQL"} restart < ${BUDGET.restartMs / 1000} s`, pass: max < BUDGET.restartMs, detail: `max of ${r.restartMs.length}: ${(max / 1000).toFixed(2)} s` });
  }
  return verdicts;
};

const machine = () => {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown";
  return { nproc: os.availableParallelism(), cpu, ramGb: (os.totalmem() / 1024 ** 3).toFixed(1), node: process.version };
};

const markdown = (results: EngineResult[], verdicts: Verdict[], startedAt: Date): string => {
  const m = machine();
  const out: string[] = [];
  const sizeLabel = `${size.participants.toLocaleString("en")} participants / ${size.contacts.toLocaleString("en")} contacts / ${size.specialists} specialists`;
  out.push(`## ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC — ${sizeLabel}${small ? " (--small)" : ""}`);
  out.push("");
  out.push(
    `Code: commit ${gitRevision}. Machine: ${m.nproc} CPU (${m.cpu}), ${m.ramGb} GB RAM, Node ${m.node}. autocannon ${CONNECTIONS} connections, ${duration} s per route after ${warmup} s of warm-up, ` +
      "server started as a child process as `npm start` runs it (the bundle, `node packages/server/dist/main.mjs start`, request logging on, as in production); " +
      `the load generator shares the ${m.nproc} cores with the server and the database. Load average when the run started: ${loadAtStart}. ` +
      "\"Other processes\" is the share of the machine's CPU used during the route's measurement by processes outside the benchmark (other work on a shared machine): figures taken while it is high are pessimistic.",
  );
  for (const r of results) {
    const bare = r.routes.find((x) => x.key === "bare");
    out.push("");
    out.push(`### ${r.engine === "pglite" ? "PGlite" : "PostgreSQL"} — ${r.version}`);
    out.push("");
    out.push(
      `Dataset: ${r.dataset.counts.participants} participants, ${r.dataset.counts.contacts} contacts, ${r.dataset.counts.events} events, ${r.dataset.counts.consents} consents (seed ${seed}, as of ${r.dataset.asOf}${r.reused ? ", reused from bench/.data" : `, generated in ${r.dataset.seconds.toFixed(0)} s`}). ` +
        `Contacts per participant: median ${r.dataset.distribution?.p50 ?? "?"}, p90 ${r.dataset.distribution?.p90 ?? "?"}, p99 ${r.dataset.distribution?.p99 ?? "?"}, max ${r.dataset.distribution?.max ?? "?"}. ` +
        (r.dataset.jobDevelopment
          ? `Job development: ${r.dataset.jobDevelopment.counts.employers} employers, ${r.dataset.jobDevelopment.counts.employerContacts} employer contacts, ` +
            `${r.dataset.jobDevelopment.counts.openings} openings (${r.dataset.jobDevelopment.counts.openOpenings} open), ${r.dataset.jobDevelopment.counts.jobs} jobs, ` +
            `${r.dataset.jobDevelopment.counts.careerProfiles} career profiles, ${r.dataset.jobDevelopment.counts.benefitPlans} benefits plan dates. ` +
            `The worklist and matches routes are signed in as the specialist with ${r.dataset.worklist.people} people. `
          : "") +
        `Participant pages use the busiest person (${r.dataset.busiest.contacts} contacts, the worst case: the timeline answers its first page of 100 events); the caseload list is that person's specialist's.`,
    );
    out.push("");
    const withStatements = r.routes.some((x) => x.statements !== undefined);
    const dbCol = r.engine === "postgres";
    out.push(
      `| route | p50 ms | p99 ms | max ms | req/s | vs bare | non-2xx | bytes/answer | server CPU ms/req${dbCol ? " | PostgreSQL CPU ms/req" : ""}${withStatements ? " | SQL statements/req" : ""} | other processes |`,
    );
    out.push(`|---|---:|---:|---:|---:|---:|---:|---:|---:|${dbCol ? "---:|" : ""}${withStatements ? "---:|" : ""}---:|`);
    for (const x of r.routes) {
      const share = bare ? `${((x.rps / bare.rps) * 100).toFixed(0)}%` : "";
      out.push(
        `| ${x.name} | ${x.p50.toFixed(1)} | ${x.p99.toFixed(1)} | ${x.max.toFixed(0)} | ${x.rps.toFixed(0)} | ${share} | ${x.non2xx} | ${x.bytes.toLocaleString("en")} | ${x.cpu.server.toFixed(2)}` +
          `${dbCol ? ` | ${x.cpu.db.toFixed(2)}` : ""}${withStatements ? ` | ${x.statements ?? "?"}` : ""} | ${(x.otherLoad * 100).toFixed(0)}% |`,
      );
    }
    out.push("");
    out.push(
      `Restart on the existing data (spawn → first 200 of /api/health): ${r.restartMs.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(", ")} (max ${(Math.max(...r.restartMs) / 1000).toFixed(2)} s). ` +
        `For comparison, from the TypeScript sources (\`node --import tsx packages/server/src/main.ts start\`): ${r.restartTsxMs.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(", ")}. ` +
        `Server RSS after the load: ${r.rssMb ?? "?"} MB.`,
    );
  }
  out.push("");
  out.push("### Budgets");
  out.push("");
  out.push(
    `The budgets: on PostgreSQL every route's p99 under ${BUDGET.p99Ms} ms and the caseload list at least ${BUDGET.caseloadShareOfBare * 100}% of the bare route's req/s; ` +
      `on both engines a restart on existing data answers within ${BUDGET.restartMs / 1000} s. ` +
      (verdicts.every((v) => v.pass)
        ? "All pass."
        : `Passing: ${verdicts.filter((v) => v.pass).length} of ${verdicts.length}; failing: ${verdicts
            .filter((v) => !v.pass)
            .map((v) => `${v.name} (${v.detail})`)
            .join("; ")}.`),
  );
  out.push("");
  for (const v of verdicts) out.push(`- ${v.pass ? "PASS" : "**FAIL**"} ${v.name}: ${v.detail}`);
  out.push("");
  return out.join("\n");
};

// ---------------------------------------------------------------------------------------------------------

const loadAtStart = os.loadavg().map((x) => x.toFixed(2)).join(" / ");
const gitRevision = (() => {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "packages"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    return `${head}${dirty ? " (+ uncommitted changes in packages/)" : ""}`;
  } catch {
    return "unknown";
  }
})();

const main = async () => {
  const startedAt = new Date();
  buildServer();
  log(`engines ${engines.join(", ")}; ${size.participants} participants / ${size.contacts} contacts; ${duration} s per route (+${warmup} s warm-up), ${CONNECTIONS} connections`);
  const results: EngineResult[] = [];
  for (const engine of engines) results.push(await runEngine(engine));
  if (prepareOnly) {
    log(`--prepare-only: database ready, nothing measured (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s)`);
    return;
  }
  const verdicts = budgets(results);
  const report = markdown(results, verdicts, startedAt);
  console.log(`\n${report}`);
  if (record) {
    const file = join(BENCH, "RESULTS.md");
    if (!existsSync(file)) {
      writeFileSync(
        file,
        "# Benchmark results\n\nAppended by `npm run bench` (bench/run.ts); newest last. See bench/README.md for what is measured and how.\n\n",
      );
    }
    appendFileSync(file, `${report}\n`);
    log(`appended to ${file}`);
  }
  log(`total ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s`);
  process.exitCode = verdicts.every((v) => v.pass) ? 0 : 1;
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(2);
});
