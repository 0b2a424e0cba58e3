import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

export class DataDirLockedError extends Error {
  constructor(readonly lockFile: string, readonly pid: number) {
    super(`data directory is in use by process ${pid} (${lockFile})`);
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * PGlite has no locking of its own: two processes on one directory would corrupt it. We take an exclusive
 * lock file (created with O_EXCL, holding our pid). A lock left by a dead process is taken over.
 */
export const lockDataDir = (dataDir: string): { release: () => void } => {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, "passerelle.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(lockFile, "utf8").trim() === String(process.pid)) unlinkSync(lockFile);
        } catch {
          // already gone: nothing to release
        }
      };
      process.once("exit", release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number.parseInt(readFileSync(lockFile, "utf8").trim(), 10);
      if (Number.isFinite(pid) && pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(lockFile, pid);
      if (existsSync(lockFile)) unlinkSync(lockFile);
    }
  }
  throw new DataDirLockedError(lockFile, -1);
};
