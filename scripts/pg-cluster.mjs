// Throw-away PostgreSQL cluster for tests and benchmarks (no Docker here).
//
//   import { findPgBin, startCluster, stopCluster } from './pg-cluster.mjs';
//   const cluster = await startCluster();   // { url, socketUrl, port, dir, bin, version, pid }
//   ... TEST_DATABASE_URL = cluster.url ...
//   await stopCluster(cluster);             // idempotent
//
//   startCluster({ dir: 'bench/.data/postgres' })  // a kept cluster: created there the first time, started on
//                                                  // the same data afterwards; stopCluster stops it, keeps the dir
//
// The cluster lives in a mktemp directory (data, socket, log), trusts local connections,
// listens on 127.0.0.1 only, on the first free port from 55433 up. As root, initdb and
// postgres run as the `postgres` user. A cluster still running when the process exits or
// receives SIGINT/SIGTERM/SIGHUP is stopped and its directory deleted.
//
// The postmaster is started as a direct child of this process rather than with
// `pg_ctl start`: pg_ctl daemonises it, so it is orphaned to PID 1, which in some sandboxes
// and containers is slow or fails to reap it (<defunct> postgres left behind). As our
// child, it is stopped (SIGINT = fast shutdown) and reaped by us.
import { spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const PG_ROOT = '/usr/lib/postgresql';
const DEFAULT_PORT = 55433;
const active = new Set();

/** Highest installed PostgreSQL bin dir that has initdb ($PG_BIN wins), or null. */
export function findPgBin() {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(path.join(fromEnv, 'initdb'))) return fromEnv;
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => /^\d+(\.\d+)?$/.test(v) && existsSync(path.join(PG_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(PG_ROOT, versions[0], 'bin') : null;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

async function findFreePort(start) {
  for (let port = start; port < start + 100; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free TCP port in ${start}-${start + 99}`);
}

function idOf(flag) {
  const r = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error('running as root but there is no `postgres` user (install postgresql-15)');
  return Number(r.stdout.trim());
}

/** spawn options that run a PostgreSQL binary as `postgres` when we are root. */
function spawnOptions(cluster) {
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  delete env.PGDATA;
  if (!cluster.user) return { env, cwd: cluster.dir };
  return {
    env: { ...env, HOME: cluster.dir, USER: 'postgres', LOGNAME: 'postgres' },
    cwd: cluster.dir,
    uid: cluster.user.uid,
    gid: cluster.user.gid,
  };
}

function logTail(cluster, lines = 20) {
  const file = path.join(cluster.dir, 'log');
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function pidFile(cluster) {
  return path.join(cluster.dir, 'data', 'postmaster.pid');
}

/** postmaster.pid line 8 is "ready" once the server accepts connections (PostgreSQL >= 10). */
function isReady(cluster) {
  try {
    return readFileSync(pidFile(cluster), 'utf8').split('\n')[7]?.trim() === 'ready';
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Create and start a throw-away cluster; or, with `dir`, a kept one (the directory is reused when it already
 * holds a cluster, and is not deleted when the cluster stops: benchmarks that regenerate nothing between runs).
 * @param {{ port?: number, bin?: string, log?: (msg: string) => void, dir?: string }} [options]
 */
export async function startCluster(options = {}) {
  const bin = options.bin ?? findPgBin();
  if (!bin) throw new Error(`no PostgreSQL binaries found (${PG_ROOT}/*/bin/initdb)`);
  const log = options.log ?? (() => {});
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

  const kept = Boolean(options.dir);
  if (kept) mkdirSync(options.dir, { recursive: true });
  const dir = kept ? path.resolve(options.dir) : mkdtempSync(path.join(os.tmpdir(), 'passerelle-pg-'));
  const cluster = {
    kept,
    url: '',
    port: 0,
    dir,
    bin,
    version: path.basename(path.dirname(bin)),
    pid: 0,
    user: isRoot ? { uid: idOf('-u'), gid: idOf('-g') } : null,
    child: null,
    exited: null,
  };
  active.add(cluster);
  installExitHooks();
  try {
    if (cluster.user) chownSync(dir, cluster.user.uid, cluster.user.gid);
    const data = path.join(dir, 'data');
    const exists = kept && existsSync(path.join(data, 'PG_VERSION'));

    if (exists) log(`reusing ${data}`);
    else log(`initdb ${data}`);
    const init = exists ? { status: 0 } : spawnSync(
      path.join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      { ...spawnOptions(cluster), encoding: 'utf8', timeout: 120_000 },
    );
    if (init.status !== 0) {
      throw new Error(`initdb failed (${init.status ?? init.signal ?? init.error?.message}):\n${init.stdout}${init.stderr}`);
    }

    cluster.port = await findFreePort(options.port ?? DEFAULT_PORT);
    log(`postgres on 127.0.0.1:${cluster.port}`);
    const logFd = openSync(path.join(dir, 'log'), 'a');
    if (cluster.user) chownSync(path.join(dir, 'log'), cluster.user.uid, cluster.user.gid);
    const child = spawn(
      path.join(bin, 'postgres'),
      [
        '-D', data,
        '-p', String(cluster.port),
        '-k', dir,
        '-c', 'listen_addresses=127.0.0.1',
        // Throw-away data: durability is not needed, speed is.
        '-c', 'fsync=off',
        '-c', 'synchronous_commit=off',
        '-c', 'full_page_writes=off',
        '-c', 'max_connections=200',
      ],
      // Own process group: a Ctrl-C in the terminal reaches us, and we stop it in order.
      { ...spawnOptions(cluster), stdio: ['ignore', logFd, logFd], detached: true },
    );
    closeSync(logFd);
    cluster.child = child;
    cluster.pid = child.pid ?? 0;
    cluster.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.once('error', (error) => resolve({ code: null, signal: null, error }));
    });
    let exitInfo = null;
    cluster.exited.then((info) => { exitInfo = info; });

    const deadline = Date.now() + 60_000;
    while (!isReady(cluster)) {
      if (exitInfo) {
        throw new Error(`postgres exited during startup (${exitInfo.code ?? exitInfo.signal ?? exitInfo.error?.message}):\n${logTail(cluster)}`);
      }
      if (Date.now() > deadline) throw new Error(`postgres not ready after 60 s:\n${logTail(cluster)}`);
      await sleep(50);
    }
    cluster.url = `postgres://postgres@127.0.0.1:${cluster.port}/postgres`;
    // The same server through its Unix socket: what a server and its database on one machine use (a Debian
    // install's default), and cheaper per round trip than loopback TCP on these machines (bench/README.md).
    cluster.socketUrl = `postgres://postgres@/postgres?host=${encodeURIComponent(dir)}&port=${cluster.port}`;
    return cluster;
  } catch (err) {
    await stopCluster(cluster);
    throw err;
  }
}

/** Stop a cluster started by startCluster, wait for it to exit, delete its directory. Idempotent. */
export function stopCluster(cluster) {
  if (!cluster) return Promise.resolve();
  // Concurrent callers (e.g. a signal handler and the main flow) share one shutdown.
  cluster.stopping ??= active.has(cluster) ? doStop(cluster) : Promise.resolve();
  return cluster.stopping;
}

async function doStop(cluster) {
  const { child } = cluster;
  if (child && child.exitCode === null && child.signalCode === null) {
    const escalate = [
      ['SIGINT', 20_000], // fast shutdown
      ['SIGQUIT', 5_000], // immediate shutdown
      ['SIGKILL', 5_000],
    ];
    for (const [signal, wait] of escalate) {
      try {
        child.kill(signal);
      } catch {
        break;
      }
      const done = await Promise.race([cluster.exited.then(() => true), sleep(wait).then(() => false)]);
      if (done) break;
    }
  }
  if (!cluster.kept) rmSync(cluster.dir, { recursive: true, force: true });
  active.delete(cluster);
}

/** Last resort on process exit (synchronous): fast shutdown, wait for the pid file to go, clean up. */
function stopClusterSync(cluster) {
  active.delete(cluster);
  const { child } = cluster;
  if (child && child.exitCode === null && child.signalCode === null) {
    try {
      child.kill('SIGINT');
      const until = Date.now() + 15_000;
      const tick = new Int32Array(new SharedArrayBuffer(4));
      while (existsSync(pidFile(cluster)) && Date.now() < until) Atomics.wait(tick, 0, 0, 50);
    } catch {
      // already gone
    }
  }
  if (!cluster.kept) rmSync(cluster.dir, { recursive: true, force: true });
}

let hooksInstalled = false;
function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', () => {
    for (const cluster of [...active]) stopClusterSync(cluster);
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    const onSignal = async () => {
      process.removeListener(signal, onSignal);
      await Promise.all([...active].map((cluster) => stopCluster(cluster)));
      // If nobody else handles this signal, die from it as we would have without us.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}
