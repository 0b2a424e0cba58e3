#!/usr/bin/env node
// Server for the Playwright tests (started by playwright.config.ts `webServer`).
//
//   node scripts/e2e-server.mjs          fresh, empty data in .tmp/e2e-data, on 127.0.0.1:3100
//   node scripts/e2e-server.mjs --demo   demo data in .tmp/e2e-demo,       on 127.0.0.1:3101
//
// 1. builds the web app (`npm run build`) unless packages/web/dist/index.html is newer than
//    every web (and domain) source file;
// 2. wipes the data directory;
// 3. runs `tsx packages/server/src/main.ts start|demo` and forwards signals to it, so the
//    server stops when Playwright stops this process.
//
// Knobs: E2E_SKIP_BUILD=1 skips step 1; E2E_SERVER_ENTRY replaces packages/server/src/main.ts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demo = process.argv.includes('--demo');
const name = demo ? 'e2e-demo' : 'e2e-fresh';
const log = (msg) => console.log(`[${name}] ${msg}`);

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const st = statSync(target);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function buildIfStale() {
  if (process.env.E2E_SKIP_BUILD === '1') return log('E2E_SKIP_BUILD=1: not building the web app');
  const web = path.join(ROOT, 'packages', 'web');
  const builtAt = newestMtime(path.join(web, 'dist', 'index.html'));
  const sources = Math.max(
    newestMtime(path.join(web, 'src')),
    newestMtime(path.join(web, 'index.html')),
    newestMtime(path.join(web, 'vite.config.ts')),
    newestMtime(path.join(web, 'package.json')),
    newestMtime(path.join(ROOT, 'packages', 'domain', 'src')),
  );
  if (builtAt > sources) return log('web build is up to date');
  log('building the web app (npm run build)');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[${name}] web build failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

buildIfStale();

const dataDir = path.join(ROOT, '.tmp', demo ? 'e2e-demo' : 'e2e-data');
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

// Browser tests also check every API answer against its zod contract.
const env = { ...process.env, HOST: '127.0.0.1', PORT: demo ? '3101' : '3100', VALIDATE_RESPONSES: 'true' };
delete env.DATABASE_URL; // always the embedded database, in the throw-away directory
delete env.TEST_DATABASE_URL;
if (demo) env.DEMO_DATA_DIR = dataDir;
else env.DATA_DIR = dataDir;

const entry = path.resolve(ROOT, process.env.E2E_SERVER_ENTRY || 'packages/server/src/main.ts');
if (!existsSync(entry)) {
  console.error(`[${name}] server entry point not found: ${entry}`);
  process.exit(1);
}
// One process, as `npm run serve` runs it: node with tsx's loader (signals reach the server directly).
const [cmd, args] = [process.execPath, ['--import', 'tsx', entry]];
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
