/**
 * Where a route's time goes, for bench/outcomes.ts: the SQL statements one request sends and how long PostgreSQL
 * spent on each (from the cluster's log with `log_min_duration_statement = 0`, between marker statements, on a server
 * started after the setting so that its connections log), and the share of the machine used by other processes
 * while a route was measured (the machine is shared: figures taken while it is busy are pessimistic).
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import type pg from "pg";

const CLK_TCK = 100; // Linux USER_HZ

const processCpuMs = (pid: number): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
  } catch {
    return 0;
  }
};

const tree = (pid: number): number[] => {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      out.push(...readFileSync(`/proc/${out[i]}/task/${out[i]}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // gone
    }
  }
  return out;
};

const machineBusyMs = (): number => {
  const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
  return ((user + nice + system + irq + softirq + (steal ?? 0)) * 1000) / CLK_TCK;
};

/** CPU time (user + system, ms) used so far by a process and its descendants (10 ms resolution). */
export const treeCpuMs = (pid: number): number => tree(pid).reduce((s, p) => s + processCpuMs(p), 0);

/** Call before and after a measurement: the share of all cores used by processes outside the benchmark. */
export const otherLoadMeter = (pids: number[]) => {
  const ours = () => pids.flatMap(tree).reduce((s, p) => s + processCpuMs(p), 0) + (process.cpuUsage().user + process.cpuUsage().system) / 1000;
  const start = { machine: machineBusyMs(), ours: ours(), at: performance.now() };
  return (): number => {
    const wall = performance.now() - start.at;
    const others = machineBusyMs() - start.machine - (ours() - start.ours);
    return Math.max(0, others) / (wall * os.availableParallelism());
  };
};

export type StatementTimes = { statements: number; dbMs: number; slowest: { ms: number; text: string } };

/**
 * One request between two markers: the statements the server sent for it and PostgreSQL's time on them (parse, bind
 * and execute of each), from the log of a cluster where `log_min_duration_statement = 0` for the server's connections.
 */
export const statementTimes = async (admin: pg.ClientBase, clusterDir: string, key: string, request: () => Promise<void>): Promise<StatementTimes> => {
  await admin.query(`select 'bench-marker-begin-${key}'`);
  await request();
  await admin.query(`select 'bench-marker-end-${key}'`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const lines = readFileSync(join(clusterDir, "log"), "utf8").split("\n");
  const begin = lines.findIndex((l) => l.includes(`bench-marker-begin-${key}`));
  const end = lines.findIndex((l) => l.includes(`bench-marker-end-${key}`));
  if (begin < 0 || end < begin) throw new Error(`BENCH FAILED: markers for ${key} not found in the cluster's log`);
  let statements = 0;
  let dbMs = 0;
  let slowest = { ms: 0, text: "" };
  for (const line of lines.slice(begin + 1, end)) {
    // "duration: 12.3 ms  execute outcome-records-1a2b: with ..." (a named statement), or "statement: select ..."
    const m = /duration: ([0-9.]+) ms\s+(statement|parse|bind|execute)([^:]*): ?(.*)$/.exec(line);
    if (!m) continue;
    const ms = Number(m[1]);
    dbMs += ms;
    if (m[2] === "statement" || m[2] === "execute") statements++;
    if (ms > slowest.ms) slowest = { ms, text: `${m[2]}${m[3]} ${m[4]}`.trim().slice(0, 80) };
  }
  return { statements, dbMs, slowest };
};
