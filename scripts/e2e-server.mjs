#!/usr/bin/env node
// Servers for the Playwright tests (started by playwright.config.ts `webServer`).
//
//   node scripts/e2e-server.mjs                fresh, empty data in .tmp/e2e-data, on 127.0.0.1:3100
//   node scripts/e2e-server.mjs --demo --instances N
//                                              N demo servers, one per Playwright worker: demo data in
//                                              .tmp/e2e-demo-<i>, on 127.0.0.1:(3101 + i), i = 0..N-1
//
// 1. builds what is stale, as `npm start` does (scripts/build.mjs): the web app (Vite) and the
//    server bundle (packages/server/dist/main.mjs, ADR 0007);
// 2. wipes the data directories;
// 3. runs `node packages/server/dist/main.mjs start|demo` (what `npm start` and `npm run demo`
//    run) and forwards signals to it, so the servers stop when Playwright stops this process.
//    With --demo, prints "e2e demo servers ready" once every instance answers /api/health
//    (playwright.config.ts waits for that line: the instances seed their data in parallel).
//
// Each worker gets its own demo server so that specs running at the same time never see each
// other's changes (e2e/urls.ts picks the one of the worker from TEST_PARALLEL_INDEX).
//
// Knobs: E2E_SKIP_BUILD=1 skips step 1; E2E_SERVER_ENTRY replaces packages/server/dist/main.mjs
// (a .ts entry, e.g. packages/server/src/main.ts, runs through tsx's loader).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demo = process.argv.includes('--demo');
const instancesArg = process.argv.indexOf('--instances');
const instances = demo && instancesArg > 0 ? Number(process.argv[instancesArg + 1]) : 1;
if (!Number.isInteger(instances) || instances < 1 || instances > 8) {
  console.error(`--instances must be an integer from 1 to 8, got ${process.argv[instancesArg + 1]}`);
  process.exit(2);
}
const name = demo ? 'e2e-demo' : 'e2e-fresh';
const log = (msg) => console.log(`[${name}] ${msg}`);

async function buildIfStale() {
  if (process.env.E2E_SKIP_BUILD === '1') return log('E2E_SKIP_BUILD=1: not building');
  try {
    await buildAll();
  } catch (error) {
    console.error(`[${name}] build failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

await buildIfStale();

const entry = path.resolve(ROOT, process.env.E2E_SERVER_ENTRY || 'packages/server/dist/main.mjs');
if (!existsSync(entry)) {
  console.error(`[${name}] server entry point not found: ${entry}`);
  process.exit(1);
}
const [cmd, entryArgs] = [process.execPath, entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [entry]];

// Playwright made this process the leader of its group: scripts/test.mjs kills the group through this file when
// Playwright itself was killed before it could stop us (see stopE2eServers there).
const pidFile = path.join(ROOT, '.tmp', `e2e-server-${name}.pid`);
mkdirSync(path.dirname(pidFile), { recursive: true });
writeFileSync(pidFile, String(process.pid));
process.on('exit', () => rmSync(pidFile, { force: true }));

const children = [];
const start = (index) => {
  const dataDir = path.join(ROOT, '.tmp', demo ? `e2e-demo-${index}` : 'e2e-data');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const port = demo ? 3101 + index : 3100;
  // Browser tests also check every API answer against its zod contract.
  const env = { ...process.env, HOST: '127.0.0.1', PORT: String(port), VALIDATE_RESPONSES: 'true' };
  delete env.DATABASE_URL; // always the embedded database, in the throw-away directory
  delete env.TEST_DATABASE_URL;
  if (demo) env.DEMO_DATA_DIR = dataDir;
  else env.DATA_DIR = dataDir;
  log(`starting ${path.relative(ROOT, entry)} ${demo ? 'demo' : 'start'} on ${env.HOST}:${port}, data in ${path.relative(ROOT, dataDir)}`);
  // One process per server, as `npm start` runs it (signals reach the server directly).
  const child = spawn(cmd, [...entryArgs, demo ? 'demo' : 'start'], { cwd: ROOT, env, stdio: 'inherit' });
  child.once('error', (err) => {
    console.error(`[${name}] could not start the server on ${port}: ${err.message}`);
    stopAll('SIGTERM');
    process.exit(1);
  });
  child.once('exit', (code, signal) => {
    if (signal) log(`server on ${port} stopped by ${signal}`);
    // One server gone: stop the others too, so Playwright sees the failure instead of half a set.
    stopAll('SIGTERM');
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
  });
  children.push(child);
  return port;
};

function stopAll(signal) {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopAll(signal));

const ports = Array.from({ length: instances }, (_, i) => start(i));

const healthy = async (port) => {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
  } catch {
    return false;
  }
};
if (demo) {
  const pending = new Set(ports);
  while (pending.size > 0) {
    for (const port of [...pending]) if (await healthy(port)) pending.delete(port);
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log(`e2e demo servers ready on ${ports.join(', ')}`);
}
