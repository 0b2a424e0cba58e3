/**
 * Benefits counselling benchmark: the 12-month simulation in the domain function, and four job scenarios through
 * the API of the real server.
 *
 *   npx tsx bench/benefits.ts                      # 2,000 domain runs; 10 s per route (autocannon, 10 connections)
 *   npx tsx bench/benefits.ts --duration 5 --runs 5000
 *   npx tsx bench/benefits.ts --record             # also append the results to bench/RESULTS.md
 *
 * 1. Domain: `simulateFrance` on a typical counselling case (80 %, tenant with housing benefit, N-2 salaries,
 *    unemployment benefit, a 24 h job from March), 12 months, after a warm-up: median, p99, max; the same with the
 *    request validation, and `compareScenarios` with four scenarios plus the no-job baseline. Budget: one 12-month
 *    simulation under 2 ms (median and p99).
 * 2. API: the real server as `npm start` runs it (the bundle, bench/support/server.ts) on a fresh PGlite data
 *    directory in a temp folder, a port in 3450-3499; first-run
 *    setup, sign-in; then autocannon (10 connections) on `POST /api/benefits/compare` (4 scenarios, 12 months), on
 *    `POST /api/benefits/simulate` and, as the reference, `GET /api/health`. Budget: compare p99 under 20 ms for
 *    one request at a time (the 1-connection run: the issue states no load). The 10-connection runs show the
 *    capacity: closed-loop autocannon measures queueing too (latency ~ 10 / throughput), and on 2 cores shared with
 *    the load generator the bare route's own p99 is the floor every route meets there.
 * Any non-2xx answer fails the run (exit 2); a missed budget exits 1.
 */
import { appendFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import autocannon, { type Result } from "autocannon";
import { compareScenarios } from "../packages/domain/src/benefits/scenarios";
import { simulateFrance } from "../packages/domain/src/benefits/france/simulate-france";
import { compareScenariosRequestSchema, simulateRequestSchema } from "../packages/domain/src/benefits/simulate.contract";
import { type BenchServer, machineJiffies, processCpuSeconds, ROOT, setupAndSignIn, startBenchServer, stopBenchServer } from "./support/server";

const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
};
const RUNS = option("runs", 2000);
const DURATION = option("duration", 10);
const WARMUP = option("warmup", 2);
const RECORD = argv.includes("--record");
const BUDGET = { domainMs: 2, compareP99Ms: 20 };
const log = (message: string) => console.log(`[bench benefits] ${message}`);

// ---------------------------------------------------------------------------------------------------------
// The case
// ---------------------------------------------------------------------------------------------------------

const months = (from: string, count: number, amount: number): Record<string, number> => {
  const out: Record<string, number> = {};
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (let i = 0; i < count; i++) {
    out[`${y}-${String(m).padStart(2, "0")}`] = amount;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y += 1;
  }
  return out;
};

/** 80 %, tenant with housing benefit, a past job in N-2, unemployment benefit ending, a 24 h job from March. */
const situation = {
  person: { birthDate: "1988-04-17", incapacityRate: 0.8, rsdae: false, housing: "tenant", housingBenefit: months("2025-10", 15, 260) },
  salaryNet: months("2024-01", 12, 1100),
  otherIncome: { pension: {}, unemployment: months("2025-06", 6, 400) },
  from: "2026-01",
  to: "2026-12",
  returnToWorkCumulation: true,
};
const simulateBody = { ...situation, salaryNet: { ...situation.salaryNet, ...months("2026-03", 10, 1010) } };
const compareBody = {
  situation,
  scenarios: [10, 20, 24, 35].map((hours) => ({ label: `${hours} h`, startMonth: "2026-03", hoursPerWeek: hours, hourlyGross: 12.31 })),
};

// ---------------------------------------------------------------------------------------------------------
// 1. The domain function
// ---------------------------------------------------------------------------------------------------------

type Timing = { label: string; runs: number; median: number; p99: number; max: number; mean: number };

const time = (label: string, runs: number, fn: () => unknown): Timing => {
  for (let i = 0; i < Math.min(500, runs); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { label, runs, median: at(0.5), p99: at(0.99), max: samples[samples.length - 1], mean: samples.reduce((s, v) => s + v, 0) / runs };
};

const domainTimings = (): Timing[] => {
  const request = simulateRequestSchema.parse(simulateBody);
  const comparison = compareScenariosRequestSchema.parse(compareBody);
  return [
    time("`simulateFrance`, 12 months", RUNS, () => simulateFrance(request)),
    time("request validation + `simulateFrance`, 12 months", RUNS, () => simulateFrance(simulateRequestSchema.parse(simulateBody))),
    time("`compareScenarios`, 4 scenarios + baseline, 12 months", Math.max(200, Math.floor(RUNS / 4)), () => compareScenarios(comparison)),
  ];
};

// ---------------------------------------------------------------------------------------------------------
// 2. The API, on the real server
// ---------------------------------------------------------------------------------------------------------

type Route = { key: string; label: string; method: "GET" | "POST"; path: string; body?: unknown; connections: number };
type Measured = Route & { result: Result; bytes: number; serverCpuMsPerRequest: number | null; otherLoad: number | null };

const routes: Route[] = [
  { key: "health", label: "reference `GET /api/health` (select 1, no session)", method: "GET", path: "/api/health", connections: 10 },
  { key: "simulate", label: "`POST /api/benefits/simulate` (12 months)", method: "POST", path: "/api/benefits/simulate", body: simulateBody, connections: 10 },
  { key: "compare", label: "`POST /api/benefits/compare` (4 scenarios + baseline, 12 months)", method: "POST", path: "/api/benefits/compare", body: compareBody, connections: 10 },
  { key: "compare1", label: "the same, 1 connection (no queueing)", method: "POST", path: "/api/benefits/compare", body: compareBody, connections: 1 },
];

const measure = async (server: BenchServer, cookie: string, route: Route): Promise<Measured> => {
  const base = server.base;
  const headers: Record<string, string> = { cookie, "content-type": "application/json", "accept-language": "fr" };
  const body = route.body === undefined ? undefined : JSON.stringify(route.body);
  const check = await fetch(base + route.path, { method: route.method, headers, body });
  const text = await check.text();
  if (check.status !== 200) throw new Error(`${route.path} answered ${check.status}: ${text.slice(0, 300)}`);
  const options = { url: base + route.path, method: route.method, headers, body, connections: route.connections, timeout: 10 };
  await autocannon({ ...options, duration: WARMUP });
  const cpuBefore = processCpuSeconds(server.child.pid);
  const benchBefore = process.cpuUsage();
  const machineBefore = machineJiffies();
  const result = await autocannon({ ...options, duration: DURATION });
  const cpuAfter = processCpuSeconds(server.child.pid);
  const benchUsed = process.cpuUsage(benchBefore);
  const machineAfter = machineJiffies();
  const serverSeconds = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
  const serverCpuMsPerRequest = serverSeconds !== null && result.requests.total > 0 ? (serverSeconds * 1000) / result.requests.total : null;
  // The share of the machine used by processes other than the server and this load generator (jiffies are 1/100 s).
  let otherLoad: number | null = null;
  if (machineBefore && machineAfter && serverSeconds !== null) {
    const busy = (machineAfter.busy - machineBefore.busy) / 100;
    const total = (machineAfter.total - machineBefore.total) / 100;
    const others = busy - serverSeconds - (benchUsed.user + benchUsed.system) / 1e6;
    otherLoad = total > 0 ? Math.max(0, others) / total : null;
  }
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${route.path}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { ...route, result, bytes: Buffer.byteLength(text), serverCpuMsPerRequest, otherLoad };
};

// ---------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------

const ms = (value: number, digits = 3) => value.toFixed(digits);

const report = (timings: Timing[], measured: Measured[]): { markdown: string; failures: string[] } => {
  const failures: string[] = [];
  const single = timings[0];
  if (single.median >= BUDGET.domainMs || single.p99 >= BUDGET.domainMs) failures.push(`domain 12-month simulation: median ${ms(single.median)} ms, p99 ${ms(single.p99)} ms`);
  const compare = measured.find((m) => m.key === "compare");
  // The issue states no load for this budget: it is judged on one request at a time (a counsellor's click, no
  // queueing). The 10-connection run shows the capacity: closed-loop, its latency is ~10 / throughput, and on a
  // 2-core machine shared with the load generator even the bare route's p99 can be above 20 ms (its line says so).
  const single1 = measured.find((m) => m.key === "compare1");
  if (single1 && single1.result.latency.p99 >= BUDGET.compareP99Ms) failures.push(`compare p99 ${single1.result.latency.p99} ms (1 connection)`);
  const health = measured.find((m) => m.key === "health");
  const underLoad =
    compare && health
      ? `Under load (10 connections): compare p99 ${compare.result.latency.p99} ms at ${Math.round(compare.result.requests.average)} req/s; the bare route's p99 in the same run, ${health.result.latency.p99} ms, is the floor any route meets at that load on this machine.`
      : "";
  const load = os.loadavg().map((l) => l.toFixed(2)).join(" / ");
  const lines = [
    `## ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — benefits counselling (\`bench/benefits.ts\`)`,
    "",
    `Machine: ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim()}), Node ${process.version}; load average at the end: ${load}. Domain: ${RUNS} runs after a warm-up. ` +
      `API: the real server as \`npm start\` runs it (the bundle, \`node packages/server/dist/main.mjs start\`, PGlite on a fresh data directory, request logging on), a child process; ` +
      `autocannon ${DURATION} s per route after ${WARMUP} s of warm-up, on the same 2 cores as the server. "Other processes": the share of the machine used during the measurement by processes outside the benchmark (figures taken while it is high are pessimistic).`,
    "",
    "| domain function | runs | median ms | p99 ms | max ms | mean ms |",
    "|---|---:|---:|---:|---:|---:|",
    ...timings.map((t) => `| ${t.label} | ${t.runs} | ${ms(t.median)} | ${ms(t.p99)} | ${ms(t.max, 2)} | ${ms(t.mean)} |`),
    "",
    "| route | connections | p50 ms | p99 ms | max ms | req/s | non-2xx | bytes/answer | server CPU ms/req | other processes |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...measured.map(
      (m) =>
        `| ${m.label} | ${m.connections} | ${m.result.latency.p50} | ${m.result.latency.p99} | ${m.result.latency.max} | ${Math.round(m.result.requests.average)} | ${m.result.non2xx} | ${m.bytes.toLocaleString("en")} | ${m.serverCpuMsPerRequest === null ? "?" : m.serverCpuMsPerRequest.toFixed(2)} | ${m.otherLoad === null ? "?" : `${(m.otherLoad * 100).toFixed(0)}%`} |`,
    ),
    "",
    `Budgets: one 12-month simulation under ${BUDGET.domainMs} ms in the domain function; four scenarios through the API p99 under ${BUDGET.compareP99Ms} ms (one request at a time). ` +
      (failures.length === 0 ? "Both pass." : `Failing: ${failures.join("; ")}.`) +
      (underLoad ? ` ${underLoad}` : ""),
    "",
  ];
  return { markdown: lines.join("\n"), failures };
};

const main = async () => {
  log(`domain: ${RUNS} runs`);
  const timings = domainTimings();
  log("starting the server");
  const server = await startBenchServer({ name: "benefits", portFrom: 3450 });
  const measured: Measured[] = [];
  try {
    const { cookie } = await setupAndSignIn(server.base, "benefits");
    for (const route of routes) {
      log(`${route.method} ${route.path}, ${route.connections} connection(s), ${DURATION} s`);
      measured.push(await measure(server, cookie, route));
    }
  } finally {
    await stopBenchServer(server);
  }
  const { markdown, failures } = report(timings, measured);
  console.log(`\n${markdown}`);
  if (RECORD) appendFileSync(join(ROOT, "bench", "RESULTS.md"), `\n${markdown}`);
  process.exit(failures.length === 0 ? 0 : 1);
};

main().catch((error: unknown) => {
  console.error(`BENCH FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
