/**
 * What migration 0013's triggers (ADR 0011: each program's outcome data version, moved in the writing transaction)
 * cost the writes they watch, on PostgreSQL:
 *
 *   npm run bench:outcome-versions                  # 2,000 statements per kind and mode, appended to bench/RESULTS.md
 *   npm run bench:outcome-versions -- --runs 500 --no-record
 *
 * A throw-away cluster (scripts/pg-cluster.mjs), the migrations, one program with 1,000 people, their episodes and
 * jobs; then single-row statements in autocommit (one transaction each, as a use case writes), each kind alternating
 * in blocks of 50 between a connection where the triggers run and one in replication mode, where no trigger runs.
 * Kinds: a job's hours (the version moves), a person's name (the trigger runs, nothing moves), a person given to
 * another specialist (moves), a job recorded (moves). Replication mode also skips foreign-key checks: for the last two
 * the difference is an upper bound of the triggers' cost. No budget: the issue states none for writes; recorded so the
 * price of keeping the trends is known.
 */
import { appendFileSync, readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openPostgres } from "../packages/server/src/platform/db";
import { newId } from "../packages/server/src/platform/ids";
// @ts-expect-error plain ESM helper without types, owned by scripts/
import { startCluster, stopCluster } from "../scripts/pg-cluster.mjs";
import { ROOT } from "./national-server";

const argv = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
};
const runs = Number(option("runs", "2000"));
const record = !argv.includes("--no-record");
const BLOCK = 50;
const PEOPLE = 1000;
const log = (message: string) => console.log(`[outcome-versions ${new Date().toISOString().slice(11, 19)}] ${message}`);

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};

type Kind = { name: string; statement: (i: number) => { text: string; values: unknown[] } };

const main = async () => {
  const cluster: { url: string; socketUrl: string } = await startCluster();
  const clients: pg.Client[] = [];
  try {
    const database = await openPostgres(cluster.url, 2);
    await database.migrate();
    await database.close();
    const connect = async () => {
      const client = new pg.Client({ connectionString: cluster.socketUrl });
      await client.connect();
      clients.push(client);
      return client;
    };
    const setup = await connect();
    const program = newId();
    const specialists = [newId(), newId()];
    await setup.query("insert into programs (id, name, country) values ($1, 'Programme', 'FR')", [program]);
    for (const [k, id] of specialists.entries()) {
      await setup.query("insert into users (id, email, name, password_hash) values ($1, $2, 'Conseil', 'x')", [id, `s${k}@bench.test`]);
    }
    const people = Array.from({ length: PEOPLE }, () => newId());
    const jobs = Array.from({ length: PEOPLE }, () => newId());
    await setup.query(
      `insert into participants (id, program_id, first_name, last_name, search_name, referral_date, specialist_id, status)
       select p, $1, 'Prénom', 'Nom', 'prénom nom', date '2025-01-01', $3, 'engaged' from unnest($2::uuid[]) p`,
      [program, people, specialists[0]],
    );
    await setup.query(
      `insert into caseload_episodes (id, participant_id, program_id, opened_on) select gen_random_uuid(), p, $1, date '2025-01-01' from unnest($2::uuid[]) p`,
      [program, people],
    );
    await setup.query(
      `insert into jobs (id, program_id, participant_id, title, start_date, contract, disclosure, hours_per_week, hourly_gross_wage)
       select j, $1, p, 'Poste', date '2025-06-01', 'cdi', '{"level":"none"}', 20, 15 from unnest($2::uuid[], $3::uuid[]) as t (j, p)`,
      [program, jobs, people],
    );
    await setup.query("vacuum analyze");

    const withTriggers = await connect();
    const withoutTriggers = await connect();
    // Replication mode: PostgreSQL runs no ordinary trigger on this connection (what the writes cost before 0013).
    await withoutTriggers.query("set session_replication_role = replica");

    const kinds: Kind[] = [
      { name: "a job's hours updated (the version moves)", statement: (i) => ({ text: "update jobs set hours_per_week = $2 where id = $1", values: [jobs[i % PEOPLE], 10 + (i % 20)] }) },
      { name: "a person's name updated (the trigger runs, nothing moves)", statement: (i) => ({ text: "update participants set first_name = $2 where id = $1", values: [people[i % PEOPLE], `Prénom ${i}`] }) },
      {
        name: "a person given to another specialist (the version moves)",
        statement: (i) => ({ text: "update participants set specialist_id = $2 where id = $1", values: [people[i % PEOPLE], specialists[i % 2]] }),
      },
      {
        name: "a job recorded (the version moves)",
        statement: (i) => ({
          text: `insert into jobs (id, program_id, participant_id, title, start_date, contract, disclosure) values ($1, $2, $3, 'Poste', date '2026-01-05', 'cdd', '{"level":"none"}')`,
          values: [newId(), program, people[i % PEOPLE]],
        }),
      },
    ];
    const rows: string[] = [];
    for (const kind of kinds) {
      const times = { on: [] as number[], off: [] as number[] };
      for (let i = 0; i < 2 * runs; i++) {
        // Blocks of 50 in turn, so that both modes see the same machine.
        const on = Math.floor(i / BLOCK) % 2 === 0;
        const { text, values } = kind.statement(i);
        const t0 = performance.now();
        await (on ? withTriggers : withoutTriggers).query(text, values);
        (on ? times.on : times.off).push((performance.now() - t0) * 1000);
      }
      const [medianOn, medianOff] = [quantile(times.on, 0.5), quantile(times.off, 0.5)];
      const line = `| ${kind.name} | ${medianOff.toFixed(0)} | ${medianOn.toFixed(0)} | ${(medianOn - medianOff).toFixed(0)} | ${quantile(times.off, 0.99).toFixed(0)} | ${quantile(times.on, 0.99).toFixed(0)} |`;
      log(line);
      rows.push(line);
    }
    const version = (await setup.query<{ server_version: string }>("show server_version")).rows[0]!.server_version;
    const cpu = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? "unknown";
    const report = [
      `## ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — what the outcome data versions' triggers cost a write (ADR 0011)`,
      "",
      `Machine: ${os.availableParallelism()} CPU (${cpu}), Node ${process.version}, PostgreSQL ${version} (throw-away cluster: fsync=off, synchronous_commit=off), ` +
        `through the Unix socket. One program, ${PEOPLE} people with an episode and a job each; ${runs} single-row statements in autocommit per kind and mode, ` +
        `the modes alternating in blocks of ${BLOCK}; "without" is a connection in replication mode (no trigger runs). Microseconds per statement, round trip included. ` +
        "Replication mode also skips the foreign-key checks, so for the two statements that set a reference (a job recorded, a specialist) the difference is an upper bound.",
      "",
      "| statement | median without (µs) | median with (µs) | difference (µs) | p99 without (µs) | p99 with (µs) |",
      "|---|---:|---:|---:|---:|---:|",
      ...rows,
      "",
    ].join("\n");
    console.log(`\n${report}`);
    if (record) {
      appendFileSync(join(ROOT, "bench", "RESULTS.md"), `\n${report}`);
      log("appended to bench/RESULTS.md");
    }
  } finally {
    for (const client of clients) await client.end().catch(() => undefined);
    await stopCluster(cluster);
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(2);
});
