#!/usr/bin/env node
// `npm run build` (and the first step of `npm start` and `npm run demo`): builds what is missing or older than
// its sources, so a start on an unchanged checkout does not wait for a build.
//
//   1. the web app (Vite, packages/web/dist) unless dist/index.html is newer than every file under packages/web
//      (but dist and node_modules) and packages/domain/src;
//   2. the server bundle (scripts/build-server.mjs, packages/server/dist/main.mjs; ADR 0007).
//
//   node scripts/build.mjs            build what is stale
//   node scripts/build.mjs --force    build both
//   node scripts/build.mjs --server   only the server bundle (`npm run migrate`)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, newestMtime, serverBuildIsStale } from './build-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function webBuildIsStale() {
  const web = path.join(ROOT, 'packages', 'web');
  const builtAt = newestMtime(path.join(web, 'dist', 'index.html'));
  const sources = Math.max(newestMtime(web), newestMtime(path.join(ROOT, 'packages', 'domain', 'src')), newestMtime(path.join(ROOT, 'package-lock.json')));
  return builtAt <= sources;
}

export function buildWeb() {
  console.log('[build] building the web app (vite build)');
  const r = spawnSync('npm', ['run', 'build', '--workspace', '@passerelle/web'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`web build failed (exit ${r.status ?? r.signal})`);
}

/** Builds what is stale (everything with force). `web: false` leaves the web app alone. */
export async function buildAll({ force = false, web = true, server = true } = {}) {
  if (web) {
    if (force || webBuildIsStale()) buildWeb();
    else console.log('[build] packages/web/dist is up to date');
  }
  if (server) {
    if (force || serverBuildIsStale()) await buildServer();
    else console.log('[build] packages/server/dist/main.mjs is up to date');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    await buildAll({ force: args.includes('--force'), web: !args.includes('--server') });
  } catch (error) {
    console.error(`[build] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
