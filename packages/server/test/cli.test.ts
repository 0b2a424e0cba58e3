import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const serverRoot = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));

const run = (args: string[], env: Record<string, string>) =>
  spawn(tsx, ["src/main.ts", ...args], { cwd: serverRoot, env: { ...process.env, DATABASE_URL: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });

const exitOf = (child: ChildProcess) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code, output }));
  });

const waitForHealth = async (port: number, timeoutMs = 30_000) => {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server on ${port} did not answer`);
};

const dataDir = mkdtempSync(join(tmpdir(), "passerelle-cli-"));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the command line", () => {
  it("migrates, then refuses a second server on the same data directory while the first keeps running", async () => {
    const migrated = await exitOf(run(["migrate"], { DATA_DIR: dataDir }));
    expect(migrated.code).toBe(0);
    expect(migrated.output).toContain("migrations applied");

    const first = run(["start"], { DATA_DIR: dataDir, PORT: "3931", HOST: "127.0.0.1" });
    children.push(first);
    await waitForHealth(3931);

    const second = await exitOf(run(["start"], { DATA_DIR: dataDir, PORT: "3932", HOST: "127.0.0.1" }));
    expect(second.code).not.toBe(0);
    expect(second.output).toMatch(/already running on this data directory/);

    const health = await fetch("http://127.0.0.1:3931/api/health");
    expect(await health.json()).toEqual({ status: "ok", database: "pglite" });
    first.kill("SIGTERM");
    expect((await exitOf(first)).code).toBe(0);

    // The lock is released on a clean stop: the directory can be opened again.
    const again = run(["start"], { DATA_DIR: dataDir, PORT: "3933", HOST: "127.0.0.1" });
    children.push(again);
    await waitForHealth(3933);
    again.kill("SIGTERM");
  }, 90_000);

  it("explains its usage on an unknown command", async () => {
    const result = await exitOf(run(["fly"], { DATA_DIR: dataDir }));
    expect(result.code).toBe(2);
    expect(result.output).toContain("usage");
  });
});
