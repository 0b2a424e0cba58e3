/**
 * The real server for a benchmark, as production runs it (`npm start`, ADR 0007): the bundle
 * `packages/server/dist/main.mjs` (rebuilt first when stale), a child process with its own event loop, on a fresh
 * PGlite directory or a throw-away PostgreSQL cluster (scripts/pg-cluster.mjs). Under tsx the first requests of each
 * route paid for compiling its modules. `BENCH_SERVER_CPU_PROF=<dir>` writes a CPU profile of the server on exit.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export type BenchServer = {
  child: ChildProcess;
  base: string;
  /** The temporary folder of the run (PGlite data, server log), removed by `stopBenchServer`. */
  dir: string;
  logFile: string;
  /** "PGlite on a fresh data directory" or "PostgreSQL <version> (throw-away cluster ...)". */
  engine: string;
  stopCluster?: () => Promise<void>;
  /** The PostgreSQL postmaster's pid (its backends are its children), when the server runs on a cluster. */
  dbPid?: number;
};

type Cluster = { url: string; version: string; pid: number };
type PgCluster = {
  findPgBin: () => string | null;
  startCluster: (o: { bin: string; log: (m: string) => void }) => Promise<Cluster>;
  stopCluster: (c: Cluster) => Promise<void>;
};

const portFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });

/** A free port in [from, from + 50): each benchmark has its own range, so two can run side by side. */
const pickPort = async (from: number): Promise<number> => {
  for (let port = from; port < from + 50; port++) if (await portFree(port)) return port;
  throw new Error(`no free port in ${from}-${from + 49}`);
};

export type BenchServerOptions = {
  /** A name for the temporary folder (`passerelle-bench-<name>-`). */
  name: string;
  /** The first of 50 ports to try. */
  portFrom: number;
  /** A throw-away PostgreSQL cluster instead of embedded PGlite. */
  postgres?: boolean;
};

export const startBenchServer = async ({ name, portFrom, postgres = false }: BenchServerOptions): Promise<BenchServer> => {
  let databaseUrl: string | undefined;
  let stopCluster: (() => Promise<void>) | undefined;
  let engine = "PGlite on a fresh data directory";
  let dbPid: number | undefined;
  if (postgres) {
    const pg = (await import(join(ROOT, "scripts", "pg-cluster.mjs"))) as PgCluster;
    const bin = pg.findPgBin();
    if (!bin) throw new Error("--postgres: no PostgreSQL binaries found");
    const cluster = await pg.startCluster({ bin, log: () => undefined });
    databaseUrl = cluster.url;
    stopCluster = () => pg.stopCluster(cluster);
    dbPid = cluster.pid;
    engine = `PostgreSQL ${cluster.version} (throw-away cluster of scripts/pg-cluster.mjs)`;
  }
  const dir = mkdtempSync(join(os.tmpdir(), `passerelle-bench-${name}-`));
  const port = await pickPort(portFrom);
  const logFile = join(dir, "server.log");
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", DATA_DIR: join(dir, "data") };
  delete env.DATABASE_URL;
  delete env.VALIDATE_RESPONSES;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--server"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("server build failed");
  const profile = process.env.BENCH_SERVER_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_SERVER_CPU_PROF}`] : [];
  const out = openSync(logFile, "w");
  const child = spawn(process.execPath, [...profile, "packages/server/dist/main.mjs", "start"], { cwd: ROOT, env, stdio: ["ignore", out, out] });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${readFileSync(logFile, "utf8").slice(-2000)}`);
    if (Date.now() > deadline) {
      // Not left running behind a failed bench.
      child.kill("SIGKILL");
      await stopCluster?.();
      throw new Error(`server not answering after 120 s:\n${readFileSync(logFile, "utf8").slice(-2000)}`);
    }
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, base, dir, logFile, engine, stopCluster, dbPid };
};

/** SIGTERM to the server itself (as a service manager would), then the cluster; the temporary folder is removed. */
export const stopBenchServer = async (server: BenchServer): Promise<void> => {
  if (server.child.exitCode === null) {
    const exited = new Promise((resolve) => server.child.once("exit", resolve));
    server.child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
  }
  await server.stopCluster?.();
  rmSync(server.dir, { recursive: true, force: true });
};

/** First-run setup creates a program and its administrator; answers the session cookie and the program's id. */
export const setupAndSignIn = async (base: string, name: string): Promise<{ cookie: string; programId: string }> => {
  const account = { programName: "Banc d'essai", country: "FR", adminName: "Bench Admin", email: `${name}@example.org`, password: `bench-passerelle-${name}` };
  const setup = await fetch(`${base}/api/setup`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(account) });
  if (setup.status !== 201) throw new Error(`setup answered ${setup.status}`);
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0];
  if (login.status !== 200 || !cookie) throw new Error(`sign-in answered ${login.status}`);
  const me = (await login.json()) as { memberships: { programId: string }[] };
  const programId = me.memberships[0]?.programId;
  if (!programId) throw new Error("sign-in: no program");
  return { cookie, programId };
};

/** CPU time (user + system, seconds) of a process, from /proc on Linux; null elsewhere. */
export const processCpuSeconds = (pid: number | undefined): number | null => {
  if (!pid) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime + stime, in clock ticks of 1/100 s (USER_HZ on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
};

/** Busy and total jiffies of the whole machine (first line of /proc/stat): the share used by others is derived. */
export const machineJiffies = (): { busy: number; total: number } | null => {
  try {
    const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
    const n = values.map(Number);
    const total = n.reduce((a, b) => a + b, 0);
    const idle = (n[3] ?? 0) + (n[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
};
