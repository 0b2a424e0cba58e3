import { fidelityItemIds } from "@passerelle/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { events } from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

const clock = fixedClock("2026-10-05T08:00:00Z");
let t: TestApp;
let world: World;
let lead: ApiClient;
let specialist: ApiClient;
let outsider: ApiClient;
let admin: ApiClient;
let clinician: ApiClient;

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  lead = await new ApiClient(t.baseUrl).login(world.users.team_lead.email, PASSWORD);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
  outsider = await new ApiClient(t.baseUrl).login(world.users.otherSpecialist.email, PASSWORD);
  admin = await new ApiClient(t.baseUrl).login(world.users.admin.email, PASSWORD);
  clinician = await new ApiClient(t.baseUrl).login(world.users.clinician.email, PASSWORD);
});
afterAll(async () => t?.close());

const newReview = async (body: Record<string, unknown> = {}) => {
  const res = await lead.post("/api/fidelity/reviews", {
    programId: world.program1,
    periodFrom: "2026-07-01",
    periodTo: "2026-09-30",
    reviewedOn: "2026-10-05",
    reviewers: ["Claire Martin", "Paul Evaluateur"],
    ...body,
  });
  expect(res.status).toBe(201);
  return res.body;
};

const allItems = (score: number) => Object.fromEntries(fidelityItemIds.map((id) => [id, { score, evidence: "" }]));

describe("fidelity reviews", () => {
  it("creates a draft against the current scale, with no score yet", async () => {
    const review = await newReview();
    expect(review).toMatchObject({
      programId: world.program1,
      programName: "Programme Un",
      scaleVersion: "ips-25/2012-fr-1",
      status: "draft",
      reviewers: ["Claire Martin", "Paul Evaluateur"],
      items: {},
      actionPlan: [],
      version: 1,
      createdBy: { id: world.users.team_lead.id, name: "User lead" },
    });
    expect(review.score).toMatchObject({ total: null, partialSum: 0, missing: 25, band: null });
    expect(review.bands[0]).toEqual({ band: "exemplary", from: 115, to: 125, unconfirmed: true });
  });

  it("refuses bad input: no reviewer, five reviewers, period in the wrong order, unknown scale version", async () => {
    const base = { programId: world.program1, periodFrom: "2026-07-01", periodTo: "2026-09-30", reviewedOn: "2026-10-05", reviewers: ["A"] };
    const none = await lead.post("/api/fidelity/reviews", { ...base, reviewers: [] });
    expect(none.status).toBe(400);
    expect(none.body.error.fields[0]).toMatchObject({ path: "reviewers", message: "Indiquez au moins un·e relecteur·rice." });
    expect((await lead.post("/api/fidelity/reviews", { ...base, reviewers: ["A", "B", "C", "D", "E"] })).status).toBe(400);
    const backwards = await lead.post("/api/fidelity/reviews", { ...base, periodFrom: "2026-10-01" });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields[0].path).toBe("periodTo");
    const unknown = await lead.post("/api/fidelity/reviews", { ...base, scaleVersion: "ips-25/1990" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields[0]).toMatchObject({ path: "scaleVersion" });
  });

  it("saves scores and evidence item by item, totals them, and refuses a stale version with the current review", async () => {
    const review = await newReview();
    const first = await lead.patch(`/api/fidelity/reviews/${review.id}`, {
      version: 1,
      items: { S1: { score: 5, evidence: "18 personnes par ETP", suggestedScore: 5 }, S2: { score: 4, evidence: "" } },
    });
    expect(first.status).toBe(200);
    expect(first.body.items.S1).toEqual({ score: 5, evidence: "18 personnes par ETP", suggestedScore: 5 });
    expect(first.body.items.S2).toEqual({ score: 4, evidence: "", suggestedScore: null });
    expect(first.body.score).toMatchObject({ total: null, partialSum: 9, missing: 23, band: null });
    expect(first.body.score.sections[0]).toEqual({ section: "staffing", sum: 9, max: 15, scored: 2, missing: 1 });

    const second = await lead.patch(`/api/fidelity/reviews/${review.id}`, { version: 2, items: { S2: { score: 3, evidence: "journal" } } });
    expect(second.body.items.S1.score).toBe(5);
    expect(second.body.items.S2).toEqual({ score: 3, evidence: "journal", suggestedScore: null });

    const stale = await lead.patch(`/api/fidelity/reviews/${review.id}`, { version: 2, items: { S3: { score: 1, evidence: "" } } });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: review.id, version: 3 });
    expect((await lead.get(`/api/fidelity/reviews/${review.id}`)).body.items.S3).toBeUndefined();
  });

  it("refuses a score outside 1-5 and an unknown item", async () => {
    const review = await newReview();
    expect((await lead.patch(`/api/fidelity/reviews/${review.id}`, { version: 1, items: { S1: { score: 6, evidence: "" } } })).status).toBe(400);
    expect((await lead.patch(`/api/fidelity/reviews/${review.id}`, { version: 1, items: { S99: { score: 3, evidence: "" } } })).status).toBe(400);
  });

  it("keeps the action plan and the reviewers", async () => {
    const review = await newReview();
    const action = { id: newId(), action: "Une réunion par semaine avec le CMP", itemIds: ["O2"], owner: "Claire", dueDate: "2026-12-31", done: false };
    const saved = await lead.patch(`/api/fidelity/reviews/${review.id}`, { version: 1, actionPlan: [action], reviewers: ["Claire Martin"] });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ actionPlan: [action], reviewers: ["Claire Martin"], version: 2 });
    const empty = await lead.patch(`/api/fidelity/reviews/${review.id}`, { version: 2, actionPlan: [{ ...action, action: " " }] });
    expect(empty.status).toBe(400);
  });

  it("finalises only a complete review, then locks it until a team lead reopens it", async () => {
    const review = await newReview();
    const incomplete = await lead.patch(`/api/fidelity/reviews/${review.id}`, { version: 1, status: "final" });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.fields[0]).toMatchObject({ path: "status", message: "Pour finaliser la revue, notez les 25 items." });

    const final = await lead.patch(`/api/fidelity/reviews/${review.id}`, { version: 1, items: allItems(4), status: "final" });
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({ status: "final", version: 2 });
    expect(final.body.score).toMatchObject({ total: 100, band: "good", missing: 0 });

    const locked = await lead.patch(`/api/fidelity/reviews/${review.id}`, { version: 2, items: { S1: { score: 1, evidence: "" } } });
    expect(locked.status).toBe(422);
    expect(locked.body.error.fields[0]).toMatchObject({ path: "items" });
    const sneaky = await lead.patch(`/api/fidelity/reviews/${review.id}`, { version: 2, status: "draft", reviewers: ["X"] });
    expect(sneaky.status).toBe(422);

    expect((await specialist.patch(`/api/fidelity/reviews/${review.id}`, { version: 2, status: "draft" })).status).toBe(403);
    const reopened = await lead.patch(`/api/fidelity/reviews/${review.id}`, { version: 2, status: "draft" });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: "draft", version: 3 });

    const types = await t.database.db
      .select({ type: events.type })
      .from(events)
      .where(and(eq(events.programId, world.program1), eq(events.type, "fidelity_review.reopened")));
    expect(types.length).toBe(1);
  });

  it("lists the program's reviews newest period first with their totals and bands", async () => {
    const older = await newReview({ periodFrom: "2025-01-01", periodTo: "2025-12-31", reviewedOn: "2026-01-15" });
    await lead.patch(`/api/fidelity/reviews/${older.id}`, { version: 1, items: allItems(3), status: "final" });
    const list = await specialist.get(`/api/fidelity/reviews?programId=${world.program1}`);
    expect(list.status).toBe(200);
    const mine = list.body.items.find((r: { id: string }) => r.id === older.id);
    expect(mine).toMatchObject({ status: "final", periodFrom: "2025-01-01", periodTo: "2025-12-31", score: { total: 75, band: "fair" } });
    expect(list.body.items.at(-1).id).toBe(older.id);
    expect(list.body.items[0]).not.toHaveProperty("items");
    // Without a program: every program the user may read.
    expect((await specialist.get("/api/fidelity/reviews")).body.items.length).toBe(list.body.items.length);
    expect((await outsider.get("/api/fidelity/reviews")).body.items).toEqual([]);
  });

  it("answers 404 to another program and 403 to a role without fidelity.read or fidelity.write", async () => {
    const review = await newReview();
    expect((await outsider.get(`/api/fidelity/reviews/${review.id}`)).status).toBe(404);
    expect((await outsider.get(`/api/fidelity/reviews?programId=${world.program1}`)).status).toBe(404);
    expect((await outsider.patch(`/api/fidelity/reviews/${review.id}`, { version: 1, reviewers: ["X"] })).status).toBe(404);
    expect((await clinician.get(`/api/fidelity/reviews/${review.id}`)).status).toBe(403);
    expect((await specialist.get(`/api/fidelity/reviews/${review.id}`)).status).toBe(200);
    expect((await specialist.patch(`/api/fidelity/reviews/${review.id}`, { version: 1, reviewers: ["X"] })).status).toBe(403);
    expect((await specialist.post("/api/fidelity/reviews", { programId: world.program1, periodFrom: "2026-01-01", periodTo: "2026-03-31", reviewedOn: "2026-04-02", reviewers: ["A"] })).status).toBe(403);
    expect((await lead.get(`/api/fidelity/reviews/${newId()}`)).status).toBe(404);
  });
});

describe("program fidelity settings", () => {
  it("reads the scale's values while nothing is set (version 0)", async () => {
    const res = await specialist.get(`/api/programs/${world.program1}/fidelity-settings`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ programId: world.program1, thresholds: {}, exemplaryFrom: 115, version: 0, updatedAt: null, updatedBy: null });
  });

  it("saves the program's values, moves the exemplary band of its reviews, and refuses a stale version", async () => {
    const saved = await lead.put(`/api/programs/${world.program1}/fidelity-settings`, {
      version: 0,
      thresholds: { Sv10: { score5: 0.9 }, band: { exemplaryFrom: 110 } },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ thresholds: { Sv10: { score5: 0.9 }, band: { exemplaryFrom: 110 } }, exemplaryFrom: 110, version: 1, updatedBy: { name: "User lead" } });
    const review = await newReview();
    const items = Object.fromEntries(fidelityItemIds.map((id, index) => [id, { score: index < 12 ? 5 : 4, evidence: "" }]));
    const scored = await lead.patch(`/api/fidelity/reviews/${review.id}`, { version: 1, items });
    expect(scored.body.score).toMatchObject({ total: 112, band: "exemplary" });
    expect(scored.body.bands[0]).toMatchObject({ from: 110 });
    const stale = await lead.put(`/api/programs/${world.program1}/fidelity-settings`, { version: 0, thresholds: {} });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 1 });
    const reset = await lead.put(`/api/programs/${world.program1}/fidelity-settings`, { version: 1, thresholds: {} });
    expect(reset.body).toMatchObject({ thresholds: {}, exemplaryFrom: 115, version: 2 });
  });

  it("refuses unknown keys, values out of range and confirmed values with 422 naming the key", async () => {
    const current = (await lead.get(`/api/programs/${world.program1}/fidelity-settings`)).body;
    const put = (thresholds: unknown) => lead.put(`/api/programs/${world.program1}/fidelity-settings`, { version: current.version, thresholds });
    const unknown = await put({ Sv99: { score5: 1 } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields[0]).toMatchObject({ path: "thresholds.Sv99", message: "Ce réglage n'existe pas dans l'échelle de fidélité." });
    const range = await put({ band: { exemplaryFrom: 130 } });
    expect(range.status).toBe(422);
    expect(range.body.error.fields[0].path).toBe("thresholds.band.exemplaryFrom");
    const confirmed = await put({ S1: { score5: 18 } });
    expect(confirmed.status).toBe(422);
    expect(confirmed.body.error.fields[0].path).toBe("thresholds.S1.score5");
    expect((await put("nope")).status).toBe(400);
    expect((await lead.get(`/api/programs/${world.program1}/fidelity-settings`)).body.version).toBe(current.version);
  });

  it("is read by the team, written by the team lead or an admin, and 404 to another program", async () => {
    expect((await specialist.put(`/api/programs/${world.program1}/fidelity-settings`, { version: 0, thresholds: {} })).status).toBe(403);
    expect((await outsider.get(`/api/programs/${world.program1}/fidelity-settings`)).status).toBe(404);
    expect((await clinician.get(`/api/programs/${world.program1}/fidelity-settings`)).status).toBe(403);
    const adminSaved = await admin.put(`/api/programs/${world.program2}/fidelity-settings`, { version: 0, thresholds: { Sv8: { score5: 0.8 } } });
    expect(adminSaved.status).toBe(200);
    expect((await outsider.get(`/api/programs/${world.program2}/fidelity-settings`)).body.thresholds).toEqual({ Sv8: { score5: 0.8 } });
  });
});
