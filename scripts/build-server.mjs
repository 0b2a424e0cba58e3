#!/usr/bin/env node
// The production build of the server: one ES module, packages/server/dist/main.mjs (+ .map), with our own code
// (server and domain) and the pure-JavaScript libraries inlined, so `node packages/server/dist/main.mjs start`
// loads one file instead of compiling and resolving hundreds of TypeScript and library modules at each start
// (ADR 0007). Development and tests keep running the TypeScript sources through tsx / Vitest.
//
//   node scripts/build-server.mjs            build unless dist/main.mjs is newer than every input
//   node scripts/build-server.mjs --force    build anyway
//   node scripts/build-server.mjs --check    exit 1 if the build is missing or stale, build nothing
//
// Inputs for the staleness check: packages/server/src, packages/domain/src, both package.json, the lock file
// and this script. Migrations (SQL) are not bundled: they are read at run time from
// packages/server/src/db/migrations (main.ts resolves them from the package root).
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.join(ROOT, 'packages', 'server');
const OUTDIR = path.join(SERVER, 'dist');
const OUTFILE = path.join(OUTDIR, 'main.mjs');

/**
 * Left to Node's resolution at run time (never inlined): packages that load native code, WebAssembly or data
 * files relative to their own module, and big ones only loaded on demand.
 */
export const EXTERNAL = [
  '@electric-sql/pglite', // postgres.wasm + data bundles next to its modules; contrib/pg_trgm is a tarball beside it
  '@electric-sql/pglite/*',
  '@node-rs/argon2', // native addon (per-platform package)
  'pg', // optional pg-native
  'pg-native',
  '@etalab/decoupage-administratif', // JSON data read with require.resolve (platform/geo.ts)
  '@fastify/swagger-ui', // serves its static/ folder from its own directory
  'exceljs', // several MB, imported lazily by the employer import/export only
];

/** The newest modification time under `target` (node_modules and dist aside); 0 when it does not exist. */
export function newestMtime(target) {
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

export function serverBuildIsStale() {
  const builtAt = newestMtime(OUTFILE);
  const inputs = Math.max(
    newestMtime(path.join(SERVER, 'src')),
    newestMtime(path.join(SERVER, 'package.json')),
    newestMtime(path.join(ROOT, 'packages', 'domain', 'src')),
    newestMtime(path.join(ROOT, 'packages', 'domain', 'package.json')),
    newestMtime(path.join(ROOT, 'package-lock.json')),
    newestMtime(fileURLToPath(import.meta.url)),
  );
  return builtAt <= inputs;
}

export async function buildServer() {
  const { build } = await import('esbuild');
  const t0 = performance.now();
  const result = await build({
    entryPoints: [path.join(SERVER, 'src', 'main.ts')],
    outdir: OUTDIR,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    // main.ts imports the app and the demo seed dynamically: they become chunks, read while the database opens.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    // The CommonJS libraries inlined into this ES module still call require() for Node's own modules.
    banner: { js: "import { createRequire as __passerelleCreateRequire } from 'node:module';\nconst require = __passerelleCreateRequire(import.meta.url);" },
    external: EXTERNAL,
    // Less to parse at each start; identifiers are kept, so stack traces stay readable without the source map
    // (`node --enable-source-maps` maps them to the TypeScript). Not `keepNames`: its helper, called for every
    // function at load, cost a quarter of a second of start-up.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  // Chunk names carry a content hash, so a server already running from an earlier build still finds the chunks it
  // imports later (the demo seed, the commune index): earlier chunks are removed only once a day old.
  const fresh = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(file)));
  const chunks = path.join(OUTDIR, 'chunks');
  for (const entry of existsSync(chunks) ? readdirSync(chunks) : []) {
    const file = path.join(chunks, entry);
    if (!fresh.has(file) && Date.now() - statSync(file).mtimeMs > 24 * 3600 * 1000) rmSync(file, { force: true });
  }
  console.log(`[build-server] ${path.relative(ROOT, OUTFILE)} built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.includes('--check')) {
    const stale = serverBuildIsStale();
    console.log(`[build-server] ${path.relative(ROOT, OUTFILE)} is ${stale ? 'missing or stale' : 'up to date'}`);
    process.exit(stale ? 1 : 0);
  }
  if (!args.includes('--force') && !serverBuildIsStale()) {
    console.log(`[build-server] ${path.relative(ROOT, OUTFILE)} is up to date`);
  } else {
    await buildServer();
  }
}
