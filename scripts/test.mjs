#!/usr/bin/env node
// `npm test`: every test runner in order, then one summary computed from their JSON reports.
//
//   1. vitest, projects domain + server, server on embedded PGlite  -> .tmp/vitest-pglite.json
//   2. vitest, project server on PostgreSQL (TEST_DATABASE_URL, or a throw-away cluster
//      started with scripts/pg-cluster.mjs when PostgreSQL binaries are installed)
//                                                                  -> .tmp/vitest-postgres.json
//   3. Playwright browser tests (e2e/), if Chromium is installed    -> .tmp/playwright.json
//
// The last line printed is always `N passed, N failed, N skipped` (CI reads it).
// A runner that crashes without a report counts as 1 failed. With CI=true, a runner that
// could not run at all counts as 1 failed too: nothing may be skipped in CI.
// Exit code: 1 if anything failed, else 0.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPgBin, startCluster, stopCluster } from './pg-cluster.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TMP = path.join(ROOT, '.tmp');
const CI = ['true', '1', 'yes'].includes(String(process.env.CI ?? '').toLowerCase());

/** @type {{ name: string, passed: number, failed: number, skipped: number, notes: string[] }[]} */
const results = [];
/** Things that could not run at all. */
const notRun = [];

let currentChild = null;
let cluster = null;
let interrupted = null;
let interruptedAt = 0;

// ---------------------------------------------------------------- helpers

function bin(name) {
  const local = path.join(ROOT, 'node_modules', '.bin', name);
  return existsSync(local) ? [local] : ['npx', '--no-install', name];
}

function rel(file) {
  return path.relative(ROOT, file) || file;
}

function firstLine(text, max = 300) {
  const line = String(text ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strip ANSI colours
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean) ?? '';
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

function heading(text) {
  console.log(`\n=== ${text} ===\n`);
}

/** Run a command in its own process group (so a signal reaches it exactly once, from us). */
function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: process.platform !== 'win32',
    });
    currentChild = child;
    child.once('error', (err) => {
      console.error(`could not start ${cmd}: ${err.message}`);
      currentChild = null;
      resolve(127);
    });
    child.once('exit', (code, signal) => {
      currentChild = null;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function signalChild(signal) {
  const child = currentChild;
  if (!child?.pid) return;
  try {
    process.kill(process.platform === 'win32' ? child.pid : -child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Playwright starts its web servers in their own process groups; when it is killed before its teardown, they stay
 * and hold their ports, and the next run cannot start. scripts/e2e-server.mjs records its pid (the group's leader)
 * in .tmp/e2e-server-*.pid: stop those groups before the browser tests and whenever this script ends.
 */
function stopE2eServers() {
  if (!existsSync(TMP)) return;
  for (const name of readdirSync(TMP).filter((f) => /^e2e-server-.*\.pid$/.test(f))) {
    const file = path.join(TMP, name);
    const pid = Number(readFileSync(file, 'utf8'));
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(file, { force: true });
  }
}

function readJson(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return { __unreadable: err.message };
  }
}

function crashed(name, exitCode, file, why) {
  results.push({
    name,
    passed: 0,
    failed: 1,
    skipped: 0,
    notes: [`${why ?? `crashed (exit code ${exitCode}) without a report at ${rel(file)}`}: counted as 1 failed`],
  });
}

// ---------------------------------------------------------------- vitest

function vitestResult(name, file, exitCode) {
  const report = readJson(file);
  if (!report) return crashed(name, exitCode, file);
  if (report.__unreadable) return crashed(name, exitCode, file, `unreadable report ${rel(file)} (${report.__unreadable})`);

  const r = {
    name,
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    notes: [],
  };
  // A file that fails outside any test (import error, failing beforeAll...) has no failed test.
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) {
      r.failed += 1;
      r.notes.push(`${rel(file.name)} failed outside its tests: ${firstLine(file.message)}`);
    }
  }
  if (r.failed === 0 && (exitCode !== 0 || report.success === false)) {
    r.failed = 1;
    r.notes.push(
      r.passed + r.skipped === 0
        ? `no tests ran (exit code ${exitCode}; no test files found?): counted as 1 failed`
        : `vitest exited with code ${exitCode} (unhandled error?) although no test failed: counted as 1 failed`,
    );
  }
  results.push(r);
}

async function runVitest(name, file, extraArgs, env) {
  rmSync(file, { force: true });
  const [cmd, ...pre] = bin('vitest');
  const code = await run(
    cmd,
    [...pre, 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    env,
  );
  vitestResult(name, file, code);
}

// ---------------------------------------------------------------- playwright

function playwrightResult(name, file, exitCode) {
  const report = readJson(file);
  if (!report) return crashed(name, exitCode, file);
  if (report.__unreadable) return crashed(name, exitCode, file, `unreadable report ${rel(file)} (${report.__unreadable})`);

  const stats = report.stats ?? {};
  const r = {
    name,
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
    notes: [],
  };
  if (stats.flaky) r.notes.push(`${stats.flaky} flaky (passed on retry)`);
  const errors = report.errors ?? [];
  for (const e of errors.slice(0, 5)) r.notes.push(`error: ${firstLine(e.message ?? e.value ?? JSON.stringify(e))}`);
  if (errors.length > 5) r.notes.push(`... and ${errors.length - 5} more errors`);
  if (r.failed === 0 && (exitCode !== 0 || errors.length > 0)) {
    r.failed = 1;
    r.notes.push(
      r.passed + r.skipped === 0
        ? `no tests ran (exit code ${exitCode}): counted as 1 failed`
        : `playwright exited with code ${exitCode} although no test failed: counted as 1 failed`,
    );
  }
  results.push(r);
}

// ---------------------------------------------------------------- steps

async function unitAndApiOnPglite() {
  heading('1/3 unit + API tests (vitest: domain, server on PGlite)');
  const env = { ...process.env };
  delete env.TEST_DATABASE_URL;
  await runVitest('vitest, domain + server on PGlite', path.join(TMP, 'vitest-pglite.json'), [], env);
}

async function apiOnPostgres() {
  heading('2/3 API tests on PostgreSQL (vitest: server)');
  const name = 'vitest, server on PostgreSQL';
  let url = process.env.TEST_DATABASE_URL;
  if (url) {
    console.log(`using TEST_DATABASE_URL=${redact(url)}`);
  } else {
    const pgBin = findPgBin();
    if (!pgBin) {
      notRun.push('PostgreSQL suite not run: no PostgreSQL binaries and no TEST_DATABASE_URL');
      console.log(notRun.at(-1));
      return;
    }
    try {
      cluster = await startCluster({ bin: pgBin, log: (m) => console.log(`[pg] ${m}`) });
    } catch (err) {
      results.push({
        name,
        passed: 0,
        failed: 1,
        skipped: 0,
        notes: [`could not start a PostgreSQL cluster with ${pgBin}: ${firstLine(err.message)}: counted as 1 failed`],
      });
      console.error(err.message);
      return;
    }
    url = cluster.url;
    console.log(`[pg] PostgreSQL ${cluster.version} ready: ${url}`);
  }
  try {
    if (interrupted) return;
    // The command-line tests start the server on its embedded database whatever TEST_DATABASE_URL says: they ran
    // in step 1 already, and would only take half a minute more here.
    await runVitest(name, path.join(TMP, 'vitest-postgres.json'), ['--project', 'server', '--exclude', '**/cli.test.ts'], {
      ...process.env,
      TEST_DATABASE_URL: url,
    });
  } finally {
    if (cluster) {
      await stopCluster(cluster);
      console.log('[pg] cluster stopped and removed');
      cluster = null;
    }
  }
}

async function browser() {
  heading('3/3 browser tests (playwright, e2e/)');
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    notRun.push(`browser tests not run: Chromium not found at ${chromium}`);
    console.log(notRun.at(-1));
    return;
  }
  const file = path.join(TMP, 'playwright.json');
  rmSync(file, { force: true });
  stopE2eServers();
  const [cmd, ...pre] = bin('playwright');
  const code = await run(cmd, [...pre, 'test', '--reporter=list,json'], {
    ...process.env,
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_FILE: file,
    // Two spec files at a time, each against its own demo server (e2e/urls.ts).
    E2E_WORKERS: process.env.E2E_WORKERS || '2',
  });
  playwrightResult('playwright, chromium', file, code);
}

// ---------------------------------------------------------------- summary

function summary() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  console.log('\n=== test summary ===');
  for (const r of results) {
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped;
    console.log(`  ${r.name}: passed ${r.passed}, failed ${r.failed}, skipped ${r.skipped}`);
    for (const note of r.notes) console.log(`    - ${note}`);
  }
  for (const line of notRun) {
    if (CI) {
      failed += 1;
      console.log(`${line} (CI: counted as 1 failed)`);
    } else {
      console.log(line);
    }
  }
  if (interrupted) {
    failed += 1;
    console.log(`interrupted by ${interrupted}: remaining runners skipped, counted as 1 failed`);
  }
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  return failed;
}

// ---------------------------------------------------------------- main

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) {
      // The same signal often arrives twice at once (e.g. from npm and from `timeout` to the
      // process group): only a later one means "force".
      if (Date.now() - interruptedAt < 2000) return;
      signalChild('SIGKILL');
      stopE2eServers();
      Promise.resolve(cluster && stopCluster(cluster)).finally(() => {
        console.log('forced to stop');
        summary();
        process.exit(130);
      });
      return;
    }
    interrupted = signal;
    interruptedAt = Date.now();
    console.error(`\n${signal} received: stopping the current runner (again to force)`);
    signalChild(signal);
  });
}
process.on('exit', () => {
  signalChild('SIGKILL');
  stopE2eServers();
});

mkdirSync(TMP, { recursive: true });
const steps = [unitAndApiOnPglite, apiOnPostgres, browser];
for (const step of steps) {
  if (interrupted) break;
  await step();
}
const failed = summary();
process.exitCode = failed > 0 ? 1 : 0;
