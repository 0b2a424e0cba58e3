import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../src/platform/db";
import { readTogether } from "../src/platform/read-together";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

describe("the platform", () => {
  it("answers health with the engine in use", async () => {
    const res = await new ApiClient(t.baseUrl).get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("ok");
  });

  it("publishes the public API as OpenAPI 3, with interactive docs", async () => {
    const client = new ApiClient(t.baseUrl);
    const doc = await client.get("/api/openapi.json");
    expect(doc.body.openapi).toMatch(/^3\./);
    for (const path of [
      "/api/health",
      "/api/auth/login",
      "/api/auth/logout",
      "/api/me",
      "/api/participants",
      "/api/participants/{id}",
      "/api/participants/{id}/contacts",
      "/api/participants/{id}/timeline",
      "/api/audit",
    ]) {
      expect(Object.keys(doc.body.paths)).toContain(path);
    }
    expect(doc.body.paths["/api/participants"].post.requestBody).toBeTruthy();
    const docs = await fetch(`${t.baseUrl}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toMatch(/swagger/i);
  });

  it("answers unknown API paths with a translated JSON 404, and sends security headers", async () => {
    const res = await new ApiClient(t.baseUrl).get("/api/nowhere", { "accept-language": "en-GB,en;q=0.9" });
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({ code: "not_found", message: "Not found." });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("runs a generic-plan read with that plan, and leaves the other reads to PostgreSQL's choice", async () => {
    const setting = sql`select current_setting('plan_cache_mode') as mode`;
    const generic = await t.database.readPrepared<{ mode: string }>("plan-mode", setting, { genericPlan: true });
    const other = await t.database.readPrepared<{ mode: string }>("plan-mode", setting);
    // PGlite has one connection and no statement cache to steer: its reads keep the default.
    expect([generic[0].mode, other[0].mode]).toEqual(t.database.engine === "postgres" ? ["force_generic_plan", "auto"] : ["auto", "auto"]);
  });

  it("requires a session for the caseload", async () => {
    const res = await new ApiClient(t.baseUrl).get("/api/participants");
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe("Veuillez vous connecter.");
  });
  it("reads several statements on one snapshot, in order; a failing part fails the read and leaves the database usable", async () => {
    const read = t.database.readSnapshot;
    const [one, two] = await read<[{ n: number }, { snapshot: boolean }]>(
      [
        { name: "test-snapshot-one", query: sql`select 1::int as n` },
        // Repeatable read: every part of a snapshot read sees the transaction's snapshot.
        { name: "test-snapshot-two", query: sql`select current_setting('transaction_isolation') = 'repeatable read' as snapshot` },
      ],
      { workMemMb: 8 },
    );
    expect(one).toEqual([{ n: 1 }]);
    expect(two).toEqual([{ snapshot: true }]);
    await expect(
      read([
        { name: "test-snapshot-fails", query: sql`select 1 / 0 as n` },
        { name: "test-snapshot-one", query: sql`select 1::int as n` },
      ]),
    ).rejects.toThrow();
    expect(await read<[{ n: number }]>([{ name: "test-snapshot-one", query: sql`select 1::int as n` }])).toEqual([[{ n: 1 }]]);
  });

  it("runs independent reads at once on the database, one after the other in a transaction (one connection)", async () => {
    const steps: string[] = [];
    const reads = (db: Executor) =>
      readTogether(
        db,
        async () => {
          steps.push("start 1");
          const rows = await db.execute(sql`select 1::int as n`);
          steps.push("end 1");
          return rows;
        },
        async () => {
          steps.push("start 2");
          await db.execute(sql`select 2::int as n`);
          steps.push("end 2");
          return "second";
        },
      );
    const [, second] = await reads(t.database.db);
    expect(second).toBe("second");
    expect(steps.slice(0, 2)).toEqual(["start 1", "start 2"]);
    steps.length = 0;
    await t.database.db.transaction(async (tx) => void (await reads(tx)));
    expect(steps).toEqual(["start 1", "end 1", "start 2", "end 2"]);
  });
});
