/**
 * Brainstorm live-wall benchmark (issue 7, ADR 0010): 40 phones and the leader's screen connected to one session's
 * event stream, each phone adding 10 notes; for every note, the delay until EVERY connected screen has received it.
 *
 *   npx tsx bench/brainstorm.ts                  # 40 phones x 10 notes, paced and burst runs
 *   npx tsx bench/brainstorm.ts --phones 60 --notes 10 --think 400
 *   npx tsx bench/brainstorm.ts --record         # also append the results to bench/RESULTS.md
 *   npx tsx bench/brainstorm.ts --postgres       # the server on a throw-away PostgreSQL cluster
 *   npm run bench:brainstorm
 *
 * The real server as a child process (the bundle `packages/server/dist/main.mjs start`, as `npm start` runs it,
 * built first if stale; request logging on) on a fresh PGlite data directory, a port in 3400-3449; first-run setup, sign-in; a
 * session; 40 phones join with its code (anonymous tokens). Then 41 streams (`GET /api/brainstorms/:id/events`: the
 * leader by cookie, each phone by its bearer token, read with fetch as the phone page reads them) on loopback.
 *
 * Two runs on the same session:
 * - paced: each phone adds its 10 notes one after the other with a random pause of 0 to `--think` ms (default 400)
 *   before each, as people type; 40 phones together then add about 100 notes a second, far more than a room does.
 * - burst: no pause at all: 40 phones post as fast as the server answers (the worst case: every change queues).
 * A note's delay runs from just before its POST is sent to the moment the last of the 41 screens has parsed the event
 * that carries it (matched by the wall revision the POST answers). Budget: p99 under 200 ms (each run).
 * Any error answer fails the run (exit 2); a missed budget exits 1.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
};
const PHONES = option("phones", 40);
const NOTES = option("notes", 10);
const THINK_MS = option("think", 400);
const RECORD = argv.includes("--record");
/** `--postgres`: the server on a throw-away PostgreSQL cluster (scripts/pg-cluster.mjs) instead of embedded PGlite. */
const POSTGRES = argv.includes("--postgres");
const BUDGET_P99_MS = 200;
const log = (message: string) => console.log(`[bench brainstorm] ${message}`);

// ---------------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------------

const portFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });

const pickPort = async (): Promise<number> => {
  for (let port = 3400; port < 3450; port++) if (await portFree(port)) return port;
  throw new Error("no free port in 3400-3449");
};

type Server = { child: ChildProcess; base: string; dir: string; logFile: string; stopCluster?: () => Promise<void>; engine: string };

type Cluster = { url: string; version: string };
type PgCluster = { findPgBin: () => string | null; startCluster: (o: { bin: string; log: (m: string) => void }) => Promise<Cluster>; stopCluster: (c: Cluster) => Promise<void> };

const startServer = async (): Promise<Server> => {
  let databaseUrl: string | undefined;
  let stopCluster: (() => Promise<void>) | undefined;
  let engine = "PGlite on a fresh data directory";
  if (POSTGRES) {
    const pg = (await import(join(ROOT, "scripts", "pg-cluster.mjs"))) as PgCluster;
    const bin = pg.findPgBin();
    if (!bin) throw new Error("--postgres: no PostgreSQL binaries found");
    const cluster = await pg.startCluster({ bin, log: () => undefined });
    databaseUrl = cluster.url;
    stopCluster = () => pg.stopCluster(cluster);
    engine = `PostgreSQL ${cluster.version} (throw-away cluster of scripts/pg-cluster.mjs)`;
  }
  const dir = mkdtempSync(join(os.tmpdir(), "passerelle-bench-brainstorm-"));
  const port = await pickPort();
  const logFile = join(dir, "server.log");
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", DATA_DIR: join(dir, "data") };
  delete env.DATABASE_URL;
  delete env.VALIDATE_RESPONSES;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const out = openSync(logFile, "w");
  // The bundled server, as production runs it (`npm start`, ADR 0007): built first if stale. Under tsx, the first
  // requests of each route paid for compiling its modules, which showed as seconds of delay in the first notes.
  // BENCH_SERVER_CPU_PROF=<dir> writes a CPU profile of the server.
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--server"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("server build failed");
  const profile = process.env.BENCH_SERVER_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_SERVER_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, "packages/server/dist/main.mjs", "start"], { cwd: ROOT, env, stdio: ["ignore", out, out] });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${readFileSync(logFile, "utf8").slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`server not answering after 120 s (log ${logFile})`);
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, base, dir, logFile, stopCluster, engine };
};

const stopServer = async (server: Server): Promise<void> => {
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
  await server.stopCluster?.();
  rmSync(server.dir, { recursive: true, force: true });
};

const json = async <T>(res: Response, expected: number, what: string): Promise<T> => {
  const text = await res.text();
  if (res.status !== expected) throw new Error(`${what} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
};

/** First-run setup (a program and its administrator, who may lead a brainstorm), then the leader's cookie. */
const signIn = async (base: string): Promise<{ cookie: string; programId: string }> => {
  const account = { programName: "Banc d'essai", country: "FR", adminName: "Bench Admin", email: "bench@example.org", password: "bench-passerelle-brainstorm" };
  await json(await fetch(`${base}/api/setup`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(account) }), 201, "setup");
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0];
  const me = await json<{ memberships: { programId: string }[] }>(login, 200, "sign-in");
  if (!cookie || !me.memberships[0]) throw new Error("no session cookie or no program");
  return { cookie, programId: me.memberships[0].programId };
};

// ---------------------------------------------------------------------------------------------------------
// The screens
// ---------------------------------------------------------------------------------------------------------

/** One connected screen: when it received each wall revision (parsed event, this process's clock). */
type Screen = { name: string; arrivals: Map<number, number>; close: () => void; ready: Promise<void> };

const openScreen = async (url: string, name: string, headers: Record<string, string>): Promise<Screen> => {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: controller.signal });
  if (res.status !== 200 || !res.body) throw new Error(`${name}: stream answered ${res.status}`);
  const arrivals = new Map<number, number>();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (markReady = r));
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
          const data = block.split("\n").find((l) => l.startsWith("data: "));
          if (!data) continue;
          const event = JSON.parse(data.slice(6)) as { type: string; rev?: number; wall?: { rev: number } };
          const rev = event.type === "wall" ? event.wall?.rev : event.rev;
          if (rev !== undefined) arrivals.set(rev, performance.now());
          if (event.type === "wall") markReady();
        }
      }
    } catch {
      // closed by the bench
    }
  })();
  return { name, arrivals, close: () => controller.abort(), ready };
};

// ---------------------------------------------------------------------------------------------------------
// The runs
// ---------------------------------------------------------------------------------------------------------

type Sent = { rev: number; sentAt: number; answeredAt: number };
type RunResult = { label: string; notes: number; seconds: number; delays: number[]; posts: number[]; slowestScreen: Record<string, number> };

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

const run = async (label: string, base: string, brainstormId: string, tokens: string[], screens: Screen[], thinkMs: number, round: number): Promise<RunResult> => {
  const sent: Sent[] = [];
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token, phone) => {
      for (let n = 0; n < NOTES; n++) {
        if (thinkMs > 0) await new Promise((r) => setTimeout(r, Math.random() * thinkMs));
        const sentAt = performance.now();
        const res = await fetch(`${base}/api/brainstorms/${brainstormId}/notes`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ text: `Idée ${round}.${phone}.${n} : un lieu de travail calme et lumineux` }),
        });
        const added = await json<{ rev: number }>(res, 201, "note");
        sent.push({ rev: added.rev, sentAt, answeredAt: performance.now() });
      }
    }),
  );
  // Every screen must get every note: wait for the last events (bounded), then measure.
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline && !sent.every((s) => screens.every((sc) => sc.arrivals.has(s.rev)))) await new Promise((r) => setTimeout(r, 10));
  const seconds = (performance.now() - started) / 1000;
  const delays: number[] = [];
  const slowestScreen: Record<string, number> = {};
  for (const s of sent) {
    let last = 0;
    let who = "";
    for (const screen of screens) {
      const at = screen.arrivals.get(s.rev);
      if (at === undefined) throw new Error(`${screen.name} never received revision ${s.rev}`);
      if (at > last) {
        last = at;
        who = screen.name;
      }
    }
    delays.push(last - s.sentAt);
    slowestScreen[who] = (slowestScreen[who] ?? 0) + 1;
  }
  return { label, notes: sent.length, seconds, delays: delays.sort((a, b) => a - b), posts: sent.map((s) => s.answeredAt - s.sentAt).sort((a, b) => a - b), slowestScreen };
};

// ---------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------

const ms = (value: number) => value.toFixed(1);

const report = (results: RunResult[], cpuSeconds: number | null, engine: string): { markdown: string; failures: string[] } => {
  const failures = results.filter((r) => quantile(r.delays, 0.99) >= BUDGET_P99_MS).map((r) => `${r.label}: p99 ${ms(quantile(r.delays, 0.99))} ms`);
  const load = os.loadavg().map((l) => l.toFixed(2)).join(" / ");
  const lines = [
    `## ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — brainstorm live wall (\`bench/brainstorm.ts\`${POSTGRES ? " --postgres" : ""})`,
    "",
    `Machine: ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}; load average at the end: ${load}. ` +
      `The real server as a child process (the bundle \`packages/server/dist/main.mjs start\`, as \`npm start\` runs it, ${engine}, request logging on); ` +
      `${PHONES} phones (anonymous tokens) and the leader's screen connected to one session's event stream (${PHONES + 1} streams, read with fetch in this process), on loopback, on the same cores as the server. ` +
      `After a warm-up (one note per phone, not measured), each phone adds ${NOTES} notes one after the other; "paced": a random pause of 0-${THINK_MS} ms before each, "burst": none. ` +
      `Delay of a note: from just before its POST is sent to the moment the last of the ${PHONES + 1} screens has parsed the event carrying it.` +
      (cpuSeconds !== null ? ` Server CPU over both runs: ${cpuSeconds.toFixed(1)} s.` : ""),
    "",
    "| run | notes | notes/s | delay to every screen p50 ms | p95 ms | p99 ms | max ms | POST answered p50 / p99 ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${r.label} | ${r.notes} | ${(r.notes / r.seconds).toFixed(0)} | ${ms(quantile(r.delays, 0.5))} | ${ms(quantile(r.delays, 0.95))} | ${ms(quantile(r.delays, 0.99))} | ${ms(r.delays.at(-1) ?? Number.NaN)} | ${ms(quantile(r.posts, 0.5))} / ${ms(quantile(r.posts, 0.99))} |`,
    ),
    "",
    `Budget: every screen updated within ${BUDGET_P99_MS} ms (p99) of a note being added. ` + (failures.length === 0 ? "Both runs pass." : `Failing: ${failures.join("; ")}.`),
    "",
  ];
  return { markdown: lines.join("\n"), failures };
};

/** The server's CPU time (user + system), from /proc on Linux; null elsewhere. */
const cpuOf = (pid: number | undefined): number | null => {
  if (!pid) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
};

const main = async () => {
  log("starting the server");
  const server = await startServer();
  const screens: Screen[] = [];
  try {
    const { cookie, programId } = await signIn(server.base);
    const session = await json<{ id: string; joinCode: string }>(
      await fetch(`${server.base}/api/brainstorms`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({ programId, topic: "Quel serait votre lieu de travail parfait ?" }),
      }),
      201,
      "new session",
    );
    log(`session ${session.joinCode}: ${PHONES} phones join`);
    const tokens: string[] = [];
    for (let i = 0; i < PHONES; i++) {
      tokens.push((await json<{ token: string }>(await fetch(`${server.base}/api/brainstorms/join/${session.joinCode}`, { method: "POST" }), 200, "join")).token);
    }
    const url = `${server.base}/api/brainstorms/${session.id}/events`;
    screens.push(await openScreen(url, "leader", { cookie }));
    for (const [i, token] of tokens.entries()) screens.push(await openScreen(url, `phone ${i + 1}`, { authorization: `Bearer ${token}` }));
    await Promise.all(screens.map((s) => s.ready));
    // Warm-up, not measured: every phone adds one note, so the server has run each path once before the clock starts.
    await Promise.all(
      tokens.map(async (token) => {
        const res = await fetch(`${server.base}/api/brainstorms/${session.id}/notes`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ text: "Échauffement" }),
        });
        if (res.status !== 201) throw new Error(`warm-up note answered ${res.status}`);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const cpuBefore = cpuOf(server.child.pid);
    log(`${screens.length} screens connected; paced run (${PHONES} x ${NOTES} notes, 0-${THINK_MS} ms pauses)`);
    const results = [await run("paced", server.base, session.id, tokens, screens, THINK_MS, 1)];
    // The burst run is a second session: each phone may add 30 notes per session (`brainstormLimits`).
    log("burst run (no pauses), on a second session");
    const second = await json<{ id: string; joinCode: string }>(
      await fetch(`${server.base}/api/brainstorms`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({ programId, topic: "Rêve, réaliste, critique" }),
      }),
      201,
      "second session",
    );
    for (const s of screens) s.close();
    screens.length = 0;
    const burstTokens: string[] = [];
    for (let i = 0; i < PHONES; i++) {
      burstTokens.push((await json<{ token: string }>(await fetch(`${server.base}/api/brainstorms/join/${second.joinCode}`, { method: "POST" }), 200, "join")).token);
    }
    const secondUrl = `${server.base}/api/brainstorms/${second.id}/events`;
    screens.push(await openScreen(secondUrl, "leader", { cookie }));
    for (const [i, token] of burstTokens.entries()) screens.push(await openScreen(secondUrl, `phone ${i + 1}`, { authorization: `Bearer ${token}` }));
    await Promise.all(screens.map((s) => s.ready));
    results.push(await run("burst", server.base, second.id, burstTokens, screens, 0, 2));
    const cpuAfter = cpuOf(server.child.pid);
    const { markdown, failures } = report(results, cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null, server.engine);
    console.log(`\n${markdown}`);
    for (const r of results) {
      const slow = Object.entries(r.slowestScreen).sort((a, b) => b[1] - a[1]).slice(0, 3);
      log(`${r.label}: last screen to receive a note, most often: ${slow.map(([who, n]) => `${who} (${n})`).join(", ")}`);
    }
    if (RECORD) appendFileSync(join(ROOT, "bench", "RESULTS.md"), `\n${markdown}`);
    for (const s of screens) s.close();
    await stopServer(server);
    process.exit(failures.length === 0 ? 0 : 1);
  } catch (error) {
    for (const s of screens) s.close();
    await stopServer(server);
    throw error;
  }
};

main().catch((error: unknown) => {
  console.error(`BENCH FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
