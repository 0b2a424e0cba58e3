/**
 * The real server as a child process for the outcomes benchmark, as bench/run.ts starts it (the bundle,
 * `node packages/server/dist/main.mjs start`, rebuilt first when stale; own process group; SIGTERM to stop), on a
 * PostgreSQL database. run.ts runs its benchmark when imported, so this small launcher is its own.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BENCH_PASSWORD } from "./generate";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const LOGS = join(ROOT, "bench", ".data", "logs");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type NationalServer = { child: ChildProcess; base: string; logFile: string; readyMs: number };

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

const started = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of started) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

export const buildServer = (): void => {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-server.mjs")], { cwd: ROOT, stdio: "inherit" });
};

export const startServer = async (databaseUrl: string, label: string): Promise<NationalServer> => {
  const port = await freePort();
  mkdirSync(LOGS, { recursive: true });
  const logFile = join(LOGS, `server-national-${label}.log`);
  const fd = openSync(logFile, "w");
  const t0 = performance.now();
  // BENCH_SERVER_CPU_PROF=<dir>: a CPU profile of the server, written when it stops (as bench/support/server.ts).
  const profile = process.env.BENCH_SERVER_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_SERVER_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, "packages/server/dist/main.mjs", "start"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", DATABASE_URL: databaseUrl },
    stdio: ["ignore", fd, fd],
    detached: true,
  });
  closeSync(fd);
  started.add(child);
  let exitCode: number | null | undefined;
  child.once("exit", (code) => (exitCode = code));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`BENCH FAILED: server exited (${exitCode}) during start-up:\n${readFileSync(logFile, "utf8").slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`BENCH FAILED: server not answering after 120 s (log ${logFile})`);
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  return { child, base, logFile, readyMs: performance.now() - t0 };
};

export const stopServer = async (server: NationalServer): Promise<void> => {
  const pid = server.child.pid;
  if (!pid || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  process.kill(pid, "SIGTERM");
  const stopped = await Promise.race([exited.then(() => true), sleep(30_000).then(() => false)]);
  if (!stopped) {
    process.kill(-pid, "SIGKILL");
    throw new Error(`BENCH FAILED: server did not stop within 30 s of SIGTERM (log ${server.logFile})`);
  }
  started.delete(server.child);
};

export const login = async (base: string, email: string): Promise<string> => {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`BENCH FAILED: login as ${email} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("passerelle_session="));
  await res.arrayBuffer();
  if (!cookie) throw new Error("BENCH FAILED: login set no passerelle_session cookie");
  return cookie.split(";")[0];
};
