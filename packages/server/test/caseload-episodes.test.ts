import { readFileSync } from "node:fs";
import { join } from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseloadEpisodes } from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

let t: TestApp;
let world: World;
let specialist: ApiClient;
const clock = fixedClock("2026-03-02T10:00:00Z");

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
});
afterAll(async () => t?.close());

const episodesOf = (participantId: string) =>
  t.database.db
    .select({ openedOn: caseloadEpisodes.openedOn, closedOn: caseloadEpisodes.closedOn, closureReason: caseloadEpisodes.closureReason })
    .from(caseloadEpisodes)
    .where(eq(caseloadEpisodes.participantId, participantId))
    .orderBy(asc(caseloadEpisodes.openedOn));

/** The statement of migration 0010 that rebuilds episodes from participants and their closed/reopened events. */
const backfillStatement = (): string => {
  const file = readFileSync(join(__dirname, "../src/db/migrations/0010_outcomes_and_fidelity.sql"), "utf8");
  const statements = file.split("--> statement-breakpoint");
  const backfill = statements.find((s) => s.includes('INSERT INTO "caseload_episodes"'));
  if (!backfill) throw new Error("backfill statement not found");
  return backfill;
};

describe("caseload episodes", () => {
  it("opens on the referral date, closes on the day of the closure, re-opens as a new episode", async () => {
    const created = await specialist.post("/api/participants", { firstName: "Eve", lastName: "Pisode", referralDate: "2026-01-05" });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(await episodesOf(id)).toEqual([{ openedOn: "2026-01-05", closedOn: null, closureReason: null }]);

    const moved = await specialist.patch(`/api/participants/${id}`, { version: 1, referralDate: "2026-01-04" });
    expect(moved.status).toBe(200);
    const closed = await specialist.patch(`/api/participants/${id}`, { version: moved.body.version, status: "closed", closureReason: "moved_away" });
    expect(closed.status).toBe(200);
    expect(await episodesOf(id)).toEqual([{ openedOn: "2026-01-04", closedOn: "2026-03-02", closureReason: "moved_away" }]);

    clock.set("2026-05-10T09:00:00Z");
    specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD); // the session expired meanwhile
    const reopened = await specialist.patch(`/api/participants/${id}`, { version: closed.body.version, status: "engaged" });
    expect(reopened.status).toBe(200);
    clock.set("2026-06-20T21:30:00Z"); // 23:30 in Paris: the closure counts on the Paris day
    specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
    const closedAgain = await specialist.patch(`/api/participants/${id}`, { version: reopened.body.version, status: "closed", closureReason: "chose_to_stop" });
    expect(closedAgain.status).toBe(200);
    const expected = [
      { openedOn: "2026-01-04", closedOn: "2026-03-02", closureReason: "moved_away" },
      { openedOn: "2026-05-10", closedOn: "2026-06-20", closureReason: "chose_to_stop" },
    ];
    expect(await episodesOf(id)).toEqual(expected);

    // The migration's backfill rebuilds the same episodes from the record and its events.
    await t.database.db.delete(caseloadEpisodes).where(sql`true`);
    await t.database.db.execute(sql.raw(backfillStatement()));
    expect(await episodesOf(id)).toEqual(expected);
  });
});
