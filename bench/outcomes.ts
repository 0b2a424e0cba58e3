/**
 * Outcomes and fidelity on the national dataset (issue 5, "Performance"), on PostgreSQL:
 *
 *   npm run bench:outcomes                          # scales 0.1, 0.5 and 1 (the national dataset), 20 runs each
 *   npm run bench:outcomes -- --scales 0.1 --runs 10 --no-record
 *   npm run bench:outcomes -- --sql-only --scales 0.1   # no server: the SQL checked against the domain, timed
 *
 * For each scale: a throw-away PostgreSQL cluster (scripts/pg-cluster.mjs), migrations, the national dataset
 * (bench/generate-national.ts), the REAL server (the bundle, as bench/run.ts starts it) signed in as an admin, then
 * one quarter (the last complete one before the dataset's day) measured with sequential requests, one at a time
 * (a report is one person's click, not a load test): `GET /api/outcomes?from&to` (the whole network),
 * `GET /api/network/outcomes?from&to`, `GET /api/fidelity/indicators?programId=<the median-size program>&from&to`,
 * and in the same loop, alternating with the API, the hand-written SQL of bench/outcomes-sql.ts computing the same
 * figures as /api/outcomes. Before timing, the API's figures are compared with the SQL's (and both with the domain's
 * computeOutcomesReport run in this process on the same rows): counts, rates, medians and ids must be equal.
 *
 * `/api/outcomes` is measured in three states (ADRs 0011, 0012: each program's people and trend counts are kept until
 * a write moves its data version): nothing written since the last report; a write in a twelfth of the programs since;
 * a write in every program (every program read again, as after a restart).
 *
 * Budgets (at scale 1, the national dataset the issue states them for; smaller scales show the growth): outcomes p99
 * under 1 s, with nothing written and with a twelfth of the programs written; the median of the report that counts
 * every program at most 1.5x the SQL's median (the same work on both sides); fidelity indicators p99 under 300 ms. Appended to
 * bench/RESULTS.md. Exit code 0 when every budget passes, 1 when one fails, 2 when the benchmark itself failed
 * (an error answer, figures that differ, a route missing, a server that does not start).
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { quartersEndingWith } from "@passerelle/domain";
import { openPostgres } from "../packages/server/src/platform/db";
// @ts-expect-error plain ESM helper without types, owned by scripts/
import { startCluster, stopCluster } from "../scripts/pg-cluster.mjs";
import { NATIONAL_ADMIN_EMAIL, type NationalSummary, generateNational } from "./generate-national";
import { ROOT, buildServer, login, startServer, stopServer } from "./national-server";
import { outcomesSqlParams, runOutcomesSql } from "./outcomes-sql";
import { type Difference, compareReports } from "./outcomes-compare";
import { domainReport } from "./outcomes-domain";
import { type StatementTimes, otherLoadMeter, statementTimes, treeCpuMs } from "./national-probes";

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const option = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
if (flag("help")) {
  console.log("usage: tsx bench/outcomes.ts [--scales 0.1,0.5,1] [--runs 20] [--warmup 2] [--seed 1] [--sql-only] [--record|--no-record] [--keep | --reuse]");
  process.exit(0);
}
const scales = option("scales", "0.1,0.5,1").split(",").map(Number);
if (scales.some((s) => !(s > 0 && s <= 1))) throw new Error("--scales: factors in (0, 1]");
const runs = Number(option("runs", "20"));
const warmup = Number(option("warmup", "2"));
const seed = Number(option("seed", "1"));
const sqlOnly = flag("sql-only");
/** Leave the last scale's cluster running after the report (for EXPLAIN), until this process is interrupted. */
const keep = flag("keep");
/**
 * Measure again on the cluster a `--keep` run left running (bench/.data/national-kept.json): no cluster, no
 * migrations, no generation (a re-measure after a code change takes a minute instead of eight). Never recorded.
 */
const reuse = flag("reuse");
if (keep && reuse) throw new Error("--keep and --reuse: one or the other");
type Kept = { url: string; socketUrl: string; dir: string; pid: number; scale: number; dataset: NationalSummary };
const KEPT_FILE = join(ROOT, "bench", ".data", "national-kept.json");
const kept: Kept | null = reuse ? (JSON.parse(readFileSync(KEPT_FILE, "utf8")) as Kept) : null;
if (kept && (scales.length !== 1 || scales[0] !== kept.scale)) throw new Error(`--reuse: the kept cluster is at scale ${kept.scale}; pass --scales ${kept.scale}`);
const record = !sqlOnly && !reuse && !flag("no-record") && (flag("record") || scales.includes(1));
const BUDGET = { outcomesMs: 1000, ratioToSql: 1.5, fidelityMs: 300 };
/** The scale the budgets are stated for; smaller ones are shown for growth (or, when 1 is not run, the largest run). */
const budgetScale = Math.max(...scales);

const log = (message: string) => console.log(`[outcomes ${new Date().toISOString().slice(11, 19)}] ${message}`);
const fail = (message: string): never => {
  throw new Error(`BENCH FAILED: ${message}`);
};

/** `db`: PostgreSQL's time on the statements of one request (median of 3) and how many; `otherLoad`: share of the machine used by other processes meanwhile. */
/** `cpu`: CPU ms of the server process and of the PostgreSQL cluster during each timed request (10 ms resolution, /proc). */
type Timing = { key: string; name: string; samples: number[]; bytes: number; db?: StatementTimes; otherLoad?: number; path?: string; cpu?: { server: number[]; postgres: number[] } };
type ScaleResult = {
  scale: number;
  dataset: NationalSummary;
  version: string;
  from: string;
  to: string;
  timings: Timing[];
  /** API against SQL, SQL against the domain (in this process). */
  differences: { apiVsSql: Difference[]; sqlVsDomain: Difference[]; apiVsDomain: Difference[] };
  domain: { loadMs: number; computeMs: number };
  headline: { activeCaseload: number; competitiveRate: number | null; ukRate: number | null; supportedIntoWork: number; jobStarts: number };
};

const percentile = (samples: number[], q: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
};
const median = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const m = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
};

const cpuText = (t: Timing): string =>
  t.cpu ? ` (CPU ms/request, median: ${t.cpu.server.length ? `server ${median(t.cpu.server).toFixed(0)}, ` : ""}PostgreSQL ${median(t.cpu.postgres).toFixed(0)})` : "";

/** One timed request: the whole answer read; anything but 200 fails the run. */
const timedGet = async (base: string, path: string, cookie: string): Promise<{ ms: number; body: string }> => {
  const t0 = performance.now();
  const res = await fetch(`${base}${path}`, { headers: { cookie, accept: "application/json" } });
  const body = await res.text();
  const ms = performance.now() - t0;
  if (res.status !== 200) fail(`${path} answered ${res.status}: ${body.slice(0, 300)}`);
  return { ms, body };
};

/** One timed request, with the CPU the server and the cluster spent meanwhile (both quiet otherwise: requests are sequential). */
const measuredGet = async (t: Timing, pids: { server: number; postgres: number }, base: string, path: string, cookie: string): Promise<string> => {
  const cpu0 = { server: treeCpuMs(pids.server), postgres: treeCpuMs(pids.postgres) };
  const { ms, body } = await timedGet(base, path, cookie);
  t.samples.push(ms);
  t.cpu ??= { server: [], postgres: [] };
  t.cpu.server.push(treeCpuMs(pids.server) - cpu0.server);
  t.cpu.postgres.push(treeCpuMs(pids.postgres) - cpu0.postgres);
  return body;
};

/**
 * PostgreSQL's share of each route: a server started after `log_min_duration_statement = 0` (so that its connections
 * log every statement with its duration), 3 requests per route between markers, the median kept.
 */
const databaseTimes = async (cluster: { socketUrl: string; dir: string }, admin: pg.Client, timings: Timing[]): Promise<void> => {
  await admin.query("alter database postgres set log_min_duration_statement = 0");
  await admin.query("set log_min_duration_statement = 0");
  const server = await startServer(cluster.socketUrl, "statements");
  try {
    const cookie = await login(server.base, NATIONAL_ADMIN_EMAIL);
    for (const t of timings) {
      if (!t.path) continue;
      const path = t.path;
      await timedGet(server.base, path, cookie); // first use of the statements: prepare them
      const probes: StatementTimes[] = [];
      for (let i = 0; i < 3; i++) probes.push(await statementTimes(admin, cluster.dir, `${t.key}-${runId}-${i}`, async () => void (await timedGet(server.base, path, cookie))));
      probes.sort((a, b) => a.dbMs - b.dbMs);
      t.db = probes[1];
      log(`${t.key}: ${t.db.statements} statements, PostgreSQL ${t.db.dbMs.toFixed(0)} ms (slowest ${t.db.slowest.ms.toFixed(0)} ms: ${t.db.slowest.text})`);
    }
  } finally {
    await stopServer(server);
    await admin.query("alter database postgres reset log_min_duration_statement");
    await admin.query("reset log_min_duration_statement");
  }
};

/** The dataset of the scale being run, for --keep's file. */
let keptDataset: NationalSummary | null = null;

/** Markers unique to this run: a --reuse run reads the log of a cluster earlier runs wrote to. */
const runId = Date.now().toString(36);

const runScale = async (scale: number): Promise<ScaleResult> => {
  log(`=== scale ${scale} ===`);
  const t0 = performance.now();
  const cluster: { url: string; socketUrl: string; dir: string; pid: number } = kept ?? (await startCluster());
  // The hand-written SQL runs with the settings the server's outcomes read has (platform/db.ts: JIT off, and 64 MB
  // of working memory for that read), so the comparison is between the two ways of computing, not two configurations.
  const client = new pg.Client({ connectionString: cluster.socketUrl, options: "-c jit=off -c work_mem=64MB" });
  try {
    if (!kept) {
      const database = await openPostgres(cluster.url, 2);
      await database.migrate();
      await database.close();
    }
    await client.connect();
    const version = (await client.query<{ server_version: string }>("show server_version")).rows[0].server_version;
    log(`PostgreSQL ${version}: cluster and migrations in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${kept ? "reusing the kept dataset" : "generating"}`);
    const dataset: NationalSummary = kept ? kept.dataset : await generateNational(client, { scale, seed, log });
    keptDataset = dataset;
    if (!kept) log(`dataset in ${dataset.seconds.toFixed(0)} s: ${JSON.stringify(dataset.counts)}`);
    // The last complete quarter before the dataset's day.
    const { from, to } = quartersEndingWith(dataset.asOf, 2)[0];
    const params = outcomesSqlParams(dataset.programIds, from, to);

    const sqlReport = await runOutcomesSql(client, params);
    const { trends: sqlTrends, ...sqlFigures } = sqlReport;
    const domain = await domainReport(client, dataset.programIds, from, to);
    const sqlVsDomain = compareReports({ figures: sqlFigures, trends: sqlTrends }, { figures: domain.figures as unknown as Record<string, unknown>, trends: domain.trends as unknown as Record<string, unknown>[] });
    log(`SQL against the domain (computeOutcomesReport in this process: load ${domain.loadMs.toFixed(0)} ms, compute ${domain.computeMs.toFixed(0)} ms): ${sqlVsDomain.length === 0 ? "identical" : `${sqlVsDomain.length} differences`}`);
    for (const d of sqlVsDomain.slice(0, 20)) log(`  SQL/domain ${d.figure}: ${d.detail}`);

    const timings: Timing[] = [];
    let apiVsSql: Difference[] = [];
    let apiVsDomain: Difference[] = [];
    const sqlTiming: Timing = { key: "sql", name: "hand-written SQL, same figures as /api/outcomes (one statement, bench/outcomes-sql.ts)", samples: [], bytes: 0 };
    const timeSql = async () => {
      const c0 = treeCpuMs(cluster.pid);
      const s0 = performance.now();
      const r = await runOutcomesSql(client, params);
      sqlTiming.samples.push(performance.now() - s0);
      sqlTiming.cpu ??= { server: [], postgres: [] };
      sqlTiming.cpu.postgres.push(treeCpuMs(cluster.pid) - c0);
      sqlTiming.bytes = Buffer.byteLength(JSON.stringify(r));
    };
    if (sqlOnly) {
      for (let i = 0; i < warmup; i++) await runOutcomesSql(client, params);
      for (let i = 0; i < runs; i++) await timeSql();
      timings.push(sqlTiming);
    } else {
      const server = await startServer(cluster.socketUrl, `scale-${scale}`);
      try {
        log(`server up in ${(server.readyMs / 1000).toFixed(2)} s`);
        const cookie = await login(server.base, NATIONAL_ADMIN_EMAIL);
        const q = `from=${from}&to=${to}`;
        const outcomesPath = `/api/outcomes?${q}`;
        const probe = await timedGet(server.base, outcomesPath, cookie);
        const api = JSON.parse(probe.body) as { figures: Record<string, unknown>; trends: Record<string, unknown>[] };
        apiVsSql = compareReports(api, { figures: sqlFigures, trends: sqlTrends });
        apiVsDomain = compareReports(api, { figures: domain.figures as unknown as Record<string, unknown>, trends: domain.trends as unknown as Record<string, unknown>[] });
        log(`API against SQL: ${apiVsSql.length === 0 ? "identical figures" : `${apiVsSql.length} differences`}; API against the domain in process: ${apiVsDomain.length === 0 ? "identical" : `${apiVsDomain.length} differences`}`);
        for (const d of apiVsSql.slice(0, 20)) log(`  API/SQL ${d.figure}: ${d.detail}`);

        // ADR 0011: a report keeps each program's trend counts until a write moves the program's data version. Three
        // states, measured in turn: nothing written since the last report; a write in a twelfth of the programs
        // (10 of the national 120) since, as between two reports of a working day; a write in every program (the
        // cost of a report after a restart). A write is stood for by moving the versions as the triggers do.
        const programCount = dataset.programIds.length;
        const writtenCount = Math.max(1, Math.round(programCount / 12));
        const writeIn = (programIds: readonly string[]) => client.query("select bump_outcome_data_versions($1::uuid[])", [programIds]);
        const someWritten = (i: number) => Array.from({ length: writtenCount }, (_, k) => dataset.programIds[(i * writtenCount + k) % programCount]!);
        const outcomes: Timing = {
          key: "outcomes",
          name: "`GET /api/outcomes` (admin: the whole network), nothing written since the last report",
          samples: [],
          bytes: probe.body.length,
          path: outcomesPath,
        };
        const outcomesWritten: Timing = {
          key: "outcomes-written",
          name: `\`GET /api/outcomes\`, after a write in ${writtenCount} of the ${programCount} programs (their people read and counted again)`,
          samples: [],
          bytes: probe.body.length,
        };
        const outcomesCold: Timing = {
          key: "outcomes-cold",
          name: "`GET /api/outcomes`, after a write in every program (the whole range read and counted: a report after a restart)",
          samples: [],
          bytes: probe.body.length,
        };
        for (let i = 0; i < warmup; i++) {
          await timedGet(server.base, outcomesPath, cookie);
          await runOutcomesSql(client, params);
        }
        // Alternating, so that all see the same machine (other work on a shared machine comes and goes).
        const ours = [server.child.pid ?? 0, cluster.pid];
        const pids = { server: server.child.pid ?? 0, postgres: cluster.pid };
        let meter = otherLoadMeter(ours);
        const lastBodies = { warm: "", written: "" };
        for (let i = 0; i < runs; i++) {
          lastBodies.warm = await measuredGet(outcomes, pids, server.base, outcomesPath, cookie);
          await timeSql();
          await writeIn(someWritten(i));
          lastBodies.written = await measuredGet(outcomesWritten, pids, server.base, outcomesPath, cookie);
          await writeIn(dataset.programIds);
          await measuredGet(outcomesCold, pids, server.base, outcomesPath, cookie);
        }
        outcomes.otherLoad = sqlTiming.otherLoad = outcomesWritten.otherLoad = outcomesCold.otherLoad = meter();
        timings.push(outcomes, outcomesWritten, outcomesCold, sqlTiming);
        // The reports from kept people and counts must be the SQL's too (the first answer above was read from every row).
        for (const [state, body] of Object.entries(lastBodies)) {
          const differences = compareReports(JSON.parse(body) as typeof api, { figures: sqlFigures, trends: sqlTrends });
          apiVsSql.push(...differences.map((d) => ({ ...d, figure: `${d.figure} (${state})` })));
          log(`API (${state}) against SQL: ${differences.length === 0 ? "identical figures" : `${differences.length} differences`}`);
        }
        for (const t of [outcomes, outcomesWritten, outcomesCold]) log(`${t.key} median ${median(t.samples).toFixed(0)} ms p99 ${percentile(t.samples, 0.99).toFixed(0)} ms${cpuText(t)}`);
        log(`SQL median ${median(sqlTiming.samples).toFixed(0)} ms p99 ${percentile(sqlTiming.samples, 0.99).toFixed(0)} ms${cpuText(sqlTiming)}`);

        const others: { key: string; name: string; path: string }[] = [
          { key: "network", name: "`GET /api/network/outcomes` (admin: every program side by side)", path: `/api/network/outcomes?${q}` },
          {
            key: "fidelity",
            name: `\`GET /api/fidelity/indicators\` (median-size program: ${dataset.midProgram.participants} people, ${dataset.midProgram.active} active, ${dataset.midProgram.specialists} specialists)`,
            path: `/api/fidelity/indicators?programId=${dataset.midProgram.id}&${q}`,
          },
        ];
        for (const route of others) {
          const first = await timedGet(server.base, route.path, cookie);
          const t: Timing = { key: route.key, name: route.name, samples: [], bytes: first.body.length, path: route.path };
          for (let i = 0; i < warmup; i++) await timedGet(server.base, route.path, cookie);
          meter = otherLoadMeter(ours);
          for (let i = 0; i < runs; i++) await measuredGet(t, pids, server.base, route.path, cookie);
          t.otherLoad = meter();
          timings.push(t);
          log(`${route.key} median ${median(t.samples).toFixed(0)} ms p99 ${percentile(t.samples, 0.99).toFixed(0)} ms (${first.body.length} bytes)${cpuText(t)}`);
        }
      } finally {
        await stopServer(server);
      }
      await databaseTimes(cluster, client, timings);
    }
    const f = sqlFigures as Record<string, { count?: number; rate?: number | null }>;
    return {
      scale,
      dataset,
      version,
      from,
      to,
      timings,
      differences: { apiVsSql, sqlVsDomain, apiVsDomain },
      domain: { loadMs: domain.loadMs, computeMs: domain.computeMs },
      headline: {
        activeCaseload: f.activeCaseload.count ?? 0,
        competitiveRate: f.competitiveEmploymentRate.rate ?? null,
        ukRate: f.ukEmploymentRate.rate ?? null,
        supportedIntoWork: f.supportedIntoWork.count ?? 0,
        jobStarts: f.jobStarts.count ?? 0,
      },
    };
  } finally {
    await client.end().catch(() => undefined);
    if (kept) {
      // Not ours: the --keep run stops it.
    } else if (keep && scale === scales[scales.length - 1] && keptDataset) {
      const entry: Kept = { url: cluster.url, socketUrl: cluster.socketUrl, dir: cluster.dir, pid: cluster.pid, scale, dataset: keptDataset };
      writeFileSync(KEPT_FILE, `${JSON.stringify(entry)}\n`);
      log(`--keep: cluster left running at ${cluster.url} (bench/.data/national-kept.json) until process ${process.pid} is interrupted`);
    } else {
      await stopCluster(cluster);
    }
  }
};

type Verdict = { name: string; pass: boolean; detail: string };

const verdictsOf = (results: ScaleResult[]): Verdict[] => {
  const r = results.find((x) => x.scale === budgetScale);
  if (!r || sqlOnly) return [];
  const t = (key: string) => r.timings.find((x) => x.key === key);
  const outcomes = t("outcomes");
  const written = t("outcomes-written");
  const cold = t("outcomes-cold");
  const sqlT = t("sql");
  const fidelity = t("fidelity");
  const at = `at scale ${r.scale}`;
  const out: Verdict[] = [];
  const p99 = (x: Timing) => percentile(x.samples, 0.99);
  if (outcomes) out.push({ name: `outcomes of the whole network p99 < ${BUDGET.outcomesMs} ms ${at}, nothing written since the last report`, pass: p99(outcomes) < BUDGET.outcomesMs, detail: `${p99(outcomes).toFixed(0)} ms` });
  if (written) out.push({ name: `the same after a write in a twelfth of the programs`, pass: p99(written) < BUDGET.outcomesMs, detail: `${p99(written).toFixed(0)} ms` });
  // Judged against the SQL on the report that counts everything, as the SQL does: the same work on both sides.
  if (cold && sqlT) {
    const ratio = median(cold.samples) / median(sqlT.samples);
    out.push({ name: `outcomes median <= ${BUDGET.ratioToSql}x the hand-written SQL's ${at}, every program counted (after a write in each)`, pass: ratio <= BUDGET.ratioToSql, detail: `${median(cold.samples).toFixed(0)} / ${median(sqlT.samples).toFixed(0)} ms = ${ratio.toFixed(2)}x` });
  }
  if (fidelity) out.push({ name: `fidelity indicators of one program p99 < ${BUDGET.fidelityMs} ms ${at}`, pass: percentile(fidelity.samples, 0.99) < BUDGET.fidelityMs, detail: `${percentile(fidelity.samples, 0.99).toFixed(0)} ms` });
  return out;
};

const gitRevision = (() => {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "packages"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    return `${head}${dirty ? " (+ uncommitted changes in packages/)" : ""}`;
  } catch {
    return "unknown";
  }
})();
const loadAtStart = os.loadavg().map((x) => x.toFixed(2)).join(" / ");

const markdown = (results: ScaleResult[], verdicts: Verdict[], startedAt: Date): string => {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? "unknown";
  const out: string[] = [];
  out.push(`## ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC — outcomes and fidelity, national dataset at ${results.map((r) => `${r.scale * 100}%`).join(", ")}`);
  out.push("");
  out.push(
    `Code: commit ${gitRevision}. Machine: ${os.availableParallelism()} CPU (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, ` +
      `PostgreSQL ${results[0]?.version ?? "?"} (throw-away cluster of scripts/pg-cluster.mjs: fsync=off, synchronous_commit=off). ` +
      `The server is the bundle started as \`npm start\` runs it, signed in as an admin; ${runs} sequential requests per route after ${warmup} warm-up ones ` +
      `(one at a time: a report is one person's click), p99 by nearest rank (with ${runs} runs, the slowest); the hand-written SQL runs in the same loop, ` +
      `alternating with \`/api/outcomes\`, through one pg connection (prepared, its JSON read back). "PostgreSQL ms/request": the time PostgreSQL spent on the statements of one request ` +
      "(median of 3, from its log with log_min_duration_statement = 0, on a server restarted for it): the rest of the route's time is the server's (decoding rows, computing, " +
      `serializing) and HTTP. "Other processes": the share of the machine used by processes outside the benchmark while the route was measured. Load average when the run started: ${loadAtStart}.`,
  );
  out.push("");
  out.push("| scale | programs | specialists | participants (active) | contacts | jobs | employer contacts | generated in | quarter |");
  out.push("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const r of results) {
    const c = r.dataset.counts;
    out.push(
      `| ${r.scale * 100}% | ${c.programs} | ${r.dataset.sizes.specialists} | ${c.participants.toLocaleString("en")} (${r.dataset.sizes.active.toLocaleString("en")}) | ${c.contacts.toLocaleString("en")} | ` +
        `${c.jobs.toLocaleString("en")} | ${c.employer_contacts.toLocaleString("en")} | ${r.dataset.seconds.toFixed(0)} s | ${r.from}..${r.to} |`,
    );
  }
  out.push("");
  out.push("| scale | measured | median ms | p99 ms | bytes/answer | PostgreSQL ms/request (statements) | CPU ms/request: server / PostgreSQL | other processes |");
  out.push("|---:|---|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    for (const t of r.timings) {
      out.push(
        `| ${r.scale * 100}% | ${t.name} | ${median(t.samples).toFixed(1)} | ${percentile(t.samples, 0.99).toFixed(1)} | ${t.bytes.toLocaleString("en")} | ` +
          `${t.db ? `${t.db.dbMs.toFixed(0)} (${t.db.statements})` : ""} | ${t.cpu ? `${t.cpu.server.length ? median(t.cpu.server).toFixed(0) : "-"} / ${median(t.cpu.postgres).toFixed(0)}` : ""} | ${t.otherLoad === undefined ? "" : `${(t.otherLoad * 100).toFixed(0)}%`} |`,
      );
    }
    const sqlT = r.timings.find((t) => t.key === "sql");
    const states = { outcomes: "nothing written", "outcomes-written": "a twelfth of the programs written", "outcomes-cold": "every program written" };
    for (const [key, state] of Object.entries(states)) {
      const api = r.timings.find((t) => t.key === key);
      if (api && sqlT) out.push(`| ${r.scale * 100}% | ratio \`/api/outcomes\` (${state}) / SQL (medians) | ${(median(api.samples) / median(sqlT.samples)).toFixed(2)}x | | | | | |`);
    }
    out.push(`| ${r.scale * 100}% | (info) the domain's computeOutcomesReport in the bench process, one call: loading every row / computing | ${r.domain.loadMs.toFixed(0)} / ${r.domain.computeMs.toFixed(0)} | | | | | |`);
  }
  out.push("");
  out.push("Figures check (counts, rates, medians and every id, 8 quarters' trends):");
  out.push("");
  for (const r of results) {
    const h = r.headline;
    const pct = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(1)}%`);
    const said = (d: Difference[], label: string) => (d.length === 0 ? `${label}: identical` : `${label}: **${d.length} differences** (${d.slice(0, 3).map((x) => `${x.figure}: ${x.detail}`).join("; ")})`);
    out.push(
      `- ${r.scale * 100}%: ${h.activeCaseload} active, competitive employment rate ${pct(h.competitiveRate)}, UK rate ${pct(h.ukRate)}, ${h.supportedIntoWork} supported into work, ${h.jobStarts} job starts. ` +
        `${sqlOnly ? "" : `${said(r.differences.apiVsSql, "API against SQL")}; `}${said(r.differences.sqlVsDomain, "SQL against the domain in process")}.`,
    );
  }
  out.push("");
  out.push("### Budgets");
  out.push("");
  if (verdicts.length === 0) out.push("Not checked (SQL only).");
  for (const v of verdicts) out.push(`- ${v.pass ? "PASS" : "**FAIL**"} ${v.name}: ${v.detail}`);
  out.push("");
  return out.join("\n");
};

const main = async () => {
  const startedAt = new Date();
  if (!sqlOnly) buildServer();
  const results: ScaleResult[] = [];
  for (const scale of scales) results.push(await runScale(scale));
  const verdicts = verdictsOf(results);
  const report = markdown(results, verdicts, startedAt);
  console.log(`\n${report}`);
  if (record) {
    appendFileSync(join(ROOT, "bench", "RESULTS.md"), `\n${report}`);
    log("appended to bench/RESULTS.md");
  }
  const differ = results.some((r) => r.differences.apiVsSql.length > 0 || r.differences.sqlVsDomain.length > 0);
  if (differ) log("the figures differ: the comparison is not honest until they agree (see above)");
  log(`total ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s`);
  process.exitCode = differ ? 2 : verdicts.every((v) => v.pass) ? 0 : 1;
  // The cluster stops (and is deleted) when this process is interrupted (scripts/pg-cluster.mjs's signal hooks).
  if (keep) await new Promise(() => undefined);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(2);
});
