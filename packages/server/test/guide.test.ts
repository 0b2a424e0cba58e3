import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, events, guideSelfEvaluations } from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

let t: TestApp;
let world: World;
let specialist: ApiClient;
let specialistB: ApiClient;
let lead: ApiClient;
let peer: ApiClient;
const clock = fixedClock("2026-10-15T10:00:00Z");

const login = (who: keyof World["users"]) => new ApiClient(t.baseUrl).login(world.users[who].email, PASSWORD);
const mine = (programId = world.program1) => `/api/guide/self-evaluations?programId=${programId}`;
const chapterUrl = (chapter: number | string, programId = world.program1) => `/api/guide/self-evaluations/${chapter}?programId=${programId}`;

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await login("specialist");
  specialistB = await login("specialistB");
  lead = await login("team_lead");
  peer = await login("peer");
});
afterAll(async () => t?.close());

describe("GET /api/guide", () => {
  it("gives the manual's eight principles, David's case study and six chapters with their grids", async () => {
    const res = await specialist.get("/api/guide");
    expect(res.status).toBe(200);
    expect(res.body.language).toBe("fr");
    expect(res.body.principles).toHaveLength(8);
    expect(res.body.principles[5].title).toBe("Recherche d'emploi rapide");
    expect(res.body.caseStudy.questions).toHaveLength(4);
    expect(res.body.chapters.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(res.body.chapters[1].evaluation.items[0]).toEqual({
      id: "2.1",
      kind: "agree_1_5",
      text: "Fournit les outils nécessaires pour structurer la routine quotidienne en fonction de ses propres préférences",
    });
  });

  it.each(["peer", "team_lead", "admin"] as const)("is readable by the %s", async (who) => {
    expect((await (await login(who)).get("/api/guide")).status).toBe(200);
  });

  it.each(["clinician", "network"] as const)("is refused to the %s (403)", async (who) => {
    expect((await (await login(who)).get("/api/guide")).status).toBe(403);
  });
});

describe("PUT /api/guide/self-evaluations/:chapter", () => {
  it("saves a draft, then completes it; the completion date stays that of the first completion", async () => {
    const first = await specialist.put(chapterUrl(2), { version: null, answers: { "2.1": 4 }, completed: false });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ chapter: 2, programId: world.program1, answers: { "2.1": 4 }, notes: "", completed: false, completedAt: null, version: 1, guideVersion: "impe-fr-1" });

    const done = await specialist.put(chapterUrl(2), { version: 1, answers: { "2.1": 4, "2.2": 5, "2.3": 3 }, completed: true });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ completed: true, completedAt: "2026-10-15T10:00:00.000Z", version: 2 });

    clock.set("2026-10-15T11:00:00Z");
    const again = await specialist.put(chapterUrl(2), { version: 2, answers: { "2.1": 5, "2.2": 5, "2.3": 3 }, completed: true });
    expect(again.body).toMatchObject({ completedAt: "2026-10-15T10:00:00.000Z", version: 3, answers: { "2.1": 5 } });

    const reopened = await specialist.put(chapterUrl(2), { version: 3, answers: { "2.1": 5 }, completed: false });
    expect(reopened.body).toMatchObject({ completed: false, completedAt: null, version: 4 });
    clock.set("2026-10-15T10:00:00Z");
  });

  it("keeps chapter 1's private notes on David's case study, and chapter 3's written answers trimmed", async () => {
    const notes = "Je proposerais d'abord d'en parler avec David et son employeur.";
    const one = await peer.put(chapterUrl(1), { version: null, answers: { "1.1": true, "1.2": false, "1.3": true }, notes, completed: true });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ notes, completed: true, answers: { "1.1": true, "1.2": false, "1.3": true } });

    const three = await peer.put(chapterUrl(3), { version: null, answers: { "3.1": "  Travailler avec les gens  ", "3.2": "   " }, completed: false });
    expect(three.body.answers).toEqual({ "3.1": "Travailler avec les gens" });
  });

  it("records an audit entry and no timeline event", async () => {
    const before = await t.database.db.select().from(events);
    const res = await specialistB.put(chapterUrl(5), { version: null, answers: { "5.1": true }, completed: false });
    expect(res.status).toBe(200);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.userId, world.users.specialistB.id), eq(auditLog.recordType, "guide_self_evaluation")));
    expect(audit.map((a) => a.action)).toEqual(["create"]);
    expect(await t.database.db.select().from(events)).toHaveLength(before.length);
  });

  it.each<[string, number, Record<string, unknown>, string, string]>([
    ["an item of another chapter", 1, { "2.1": 3 }, "answers.2.1", "Cette question ne fait pas partie de la grille de ce chapitre."],
    ["a number for a box", 1, { "1.1": 3 }, "answers.1.1", "Cette réponse ne correspond pas au type de la question (case à cocher, accord de 1 à 5 ou réponse écrite)."],
    ["an agreement of 6", 6, { "6.1": 6 }, "answers.6.1", "L'accord va de 1 (pas d'accord) à 5 (d'accord)."],
  ])("refuses %s with 422 naming the item, and saves nothing", async (_label, chapter, answers, path, message) => {
    const res = await lead.put(chapterUrl(chapter), { version: null, answers, completed: false });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toContainEqual({ path, message });
    const list = await lead.get(mine());
    expect(list.body.items.find((i: { chapter: number }) => i.chapter === chapter)).toBeUndefined();
  });

  it("refuses to complete a grid with unanswered items (422 naming each one)", async () => {
    const res = await lead.put(chapterUrl(6), { version: null, answers: { "6.1": 4, "6.2": 4, "6.3": 4 }, completed: true });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["answers.6.4", "answers.6.5"]);
  });

  it.each<[string, number | string, unknown]>([
    ["chapter 7", 7, { version: null, answers: {}, completed: false }],
    ["chapter zero", 0, { version: null, answers: {}, completed: false }],
    ["a chapter that is not a number", "deux", { version: null, answers: {}, completed: false }],
    ["no completed flag", 1, { version: null, answers: {} }],
    ["a version of 0", 1, { version: 0, answers: {}, completed: false }],
    ["an object as answer", 1, { version: null, answers: { "1.1": { yes: true } }, completed: false }],
    ["notes too long", 1, { version: null, answers: {}, notes: "x".repeat(10_001), completed: false }],
    ["too many answers", 1, { version: null, answers: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, true])), completed: false }],
  ])("refuses %s with 400", async (_label, chapter, body) => {
    const res = await specialist.put(chapterUrl(chapter), body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation");
  });

  it("refuses a missing or malformed programId with 400", async () => {
    expect((await specialist.put("/api/guide/self-evaluations/1", { version: null, answers: {}, completed: false })).status).toBe(400);
    expect((await specialist.put("/api/guide/self-evaluations/1?programId=abc", { version: null, answers: {}, completed: false })).status).toBe(400);
  });

  it("answers 409 with the current grid when another tab saved in between", async () => {
    const first = await specialist.put(chapterUrl(4), { version: null, answers: { "4.1": true }, completed: false });
    expect(first.status).toBe(200);
    const other = await specialist.put(chapterUrl(4), { version: 1, answers: { "4.1": true, "4.2": true }, completed: false });
    expect(other.status).toBe(200);
    const stale = await specialist.put(chapterUrl(4), { version: 1, answers: { "4.1": false }, completed: false });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
    expect(stale.body.current).toMatchObject({ chapter: 4, version: 2, answers: { "4.1": true, "4.2": true } });

    const secondFirst = await specialist.put(chapterUrl(4), { version: null, answers: {}, completed: false });
    expect(secondFirst.status).toBe(409);
  });

  it("answers 404 for a program the member does not belong to, and for an administrator's unknown program", async () => {
    expect((await specialist.put(chapterUrl(1, world.program2), { version: null, answers: {}, completed: false })).status).toBe(404);
    const admin = await login("admin");
    expect((await admin.put(chapterUrl(1, newId()), { version: null, answers: {}, completed: false })).status).toBe(404);
  });

  it("is refused to a clinician (403)", async () => {
    const clinician = await login("clinician");
    expect((await clinician.put(chapterUrl(1), { version: null, answers: {}, completed: false })).status).toBe(403);
  });
});

describe("GET /api/guide/self-evaluations", () => {
  it("gives only my own grids, with a summary for every chapter", async () => {
    const me = await login("otherSpecialist");
    await me.put(chapterUrl(6, world.program2), { version: null, answers: { "6.1": 4, "6.2": 5 }, completed: false });
    const res = await me.get(mine(world.program2));
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { chapter: number }) => i.chapter)).toEqual([6]);
    expect(res.body.summary).toHaveLength(6);
    expect(res.body.summary[5]).toEqual({ chapter: 6, items: 5, answered: 2, completed: false, completedAt: null, checked: null, checkItems: 0, agreementAverage: 4.5 });
    expect(res.body.summary[0]).toMatchObject({ chapter: 1, answered: 0, checked: 0, checkItems: 3 });
  });

  it("never shows a colleague's grid", async () => {
    const res = await specialistB.get(mine());
    expect(res.body.items.map((i: { chapter: number }) => i.chapter)).toEqual([5]);
  });

  it("answers 404 for another program, 403 for a clinician", async () => {
    expect((await specialist.get(mine(world.program2))).status).toBe(404);
    expect((await (await login("clinician")).get(mine())).status).toBe(403);
  });
});

describe("GET /api/guide/completion", () => {
  it("shows the team lead who completed which chapter and when, without any answer nor note, and audits the read", async () => {
    await specialist.put(chapterUrl(1), { version: null, answers: { "1.1": true, "1.2": true, "1.3": true }, notes: "Mes réflexions privées", completed: true });
    const res = await lead.get(`/api/guide/completion?programId=${world.program1}`);
    expect(res.status).toBe(200);
    expect(res.body.chapters).toEqual([1, 2, 3, 4, 5, 6]);
    const names = res.body.members.map((m: { name: string }) => m.name);
    // Members who train with the guide: not the clinicians, not the network accounts.
    expect(names).toEqual(["User admin", "User lead", "User peer", "User programAdmin", "User specialist", "User specialistB"]);
    const samuel = res.body.members.find((m: { userId: string }) => m.userId === world.users.specialist.id);
    expect(samuel.completedCount).toBe(1);
    expect(samuel.chapters[0]).toEqual({ chapter: 1, completedAt: "2026-10-15T10:00:00.000Z" });
    // Chapter 2 was completed then reopened: not completed. Chapter 4 is a draft: not completed either.
    expect(samuel.chapters[1]).toEqual({ chapter: 2, completedAt: null });
    expect(samuel.chapters[3]).toEqual({ chapter: 4, completedAt: null });
    const text = JSON.stringify(res.body);
    expect(text).not.toContain("Mes réflexions privées");
    expect(text).not.toContain("answers");

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.userId, world.users.team_lead.id), eq(auditLog.recordType, "guide_completion")));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "read", programId: world.program1 });
  });

  it.each(["specialist", "peer", "clinician"] as const)("is refused to the %s (403)", async (who) => {
    expect((await (await login(who)).get(`/api/guide/completion?programId=${world.program1}`)).status).toBe(403);
  });

  it("answers 404 for another program and 400 without a programId", async () => {
    expect((await lead.get(`/api/guide/completion?programId=${world.program2}`)).status).toBe(404);
    expect((await lead.get("/api/guide/completion")).status).toBe(400);
  });

  it("stores the answers in the self-evaluation table only", async () => {
    const rows = await t.database.db.select().from(guideSelfEvaluations).where(eq(guideSelfEvaluations.userId, world.users.specialist.id));
    expect(rows.length).toBeGreaterThan(0);
  });
});
