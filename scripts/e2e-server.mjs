#!/usr/bin/env node
// Server for the Playwright tests (started by playwright.config.ts `webServer`).
//
//   node scripts/e2e-server.mjs          fresh, empty data in .tmp/e2e-data, on 127.0.0.1:3100
//   node scripts/e2e-server.mjs --demo   demo data in .tmp/e2e-demo,       on 127.0.0.1:3101
//
// 1. builds what is stale, as `npm start` does (scripts/build.mjs): the web app (Vite) and the
//    server bundle (packages/server/dist/main.mjs, ADR 0007);
// 2. wipes the data directory;
// 3. runs `node packages/server/dist/main.mjs start|demo` (what `npm start` and `npm run demo`
//    run) and forwards signals to it, so the server stops when Playwright stops this process.
//
// Knobs: E2E_SKIP_BUILD=1 skips step 1; E2E_SERVER_ENTRY replaces packages/server/dist/main.mjs
// (a .ts entry, e.g. packages/server/src/main.ts, runs through tsx's loader).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demo = process.argv.includes('--demo');
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

const dataDir = path.join(ROOT, '.tmp', demo ? 'e2e-demo' : 'e2e-data');
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

// Browser tests also check every API answer against its zod contract.
const env = { ...process.env, HOST: '127.0.0.1', PORT: demo ? '3101' : '3100', VALIDATE_RESPONSES: 'true' };
delete env.DATABASE_URL; // always the embedded database, in the throw-away directory
delete env.TEST_DATABASE_URL;
if (demo) env.DEMO_DATA_DIR = dataDir;
else env.DATA_DIR = dataDir;

const entry = path.resolve(ROOT, process.env.E2E_SERVER_ENTRY || 'packages/server/dist/main.mjs');
if (!existsSync(entry)) {
  console.error(`[${name}] server entry point not found: ${entry}`);
  process.exit(1);
}
// One process, as `npm start` runs it (signals reach the server directly).
const [cmd, args] = [process.execPath, entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [entry]];
log(`starting ${path.relative(ROOT, entry)} ${demo ? 'demo' : 'start'} on ${env.HOST}:${env.PORT}, data in ${path.relative(ROOT, dataDir)}`);
const child = spawn(cmd, [...args, demo ? 'demo' : 'start'], { cwd: ROOT, env, stdio: 'inherit' });

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.once('error', (err) => {
  console.error(`[${name}] could not start the server: ${err.message}`);
  process.exit(1);
});
child.once('exit', (code, signal) => {
  if (signal) log(`server stopped by ${signal}`);
  process.exit(code ?? 0);
});
