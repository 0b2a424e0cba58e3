import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { createSharedPerson } from "./support/shared-person";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

let t: TestApp;
let world: World;
let specialist: ApiClient;
let lead: ApiClient;
const clock = fixedClock("2026-10-15T10:00:00Z");
const today = "2026-10-15";

const login = (who: keyof World["users"]) => new ApiClient(t.baseUrl).login(world.users[who].email, PASSWORD);

const person = (): Promise<string> => createSharedPerson(t, world, lead);

const stepId = () => newId();
const newGoal = (extra: Record<string, unknown> = {}) => ({
  goal: "Me présenter à trois employeurs de la restauration",
  smart: { specific: "Trois restaurants du quartier", measurable: "Trois visites notées dans mon carnet", actionOriented: "J'y vais avec mon CV", realistic: "Une visite par semaine", timely: "Avant fin novembre" },
  steps: [
    { id: stepId(), label: "Mettre mon CV à jour" },
    { id: stepId(), label: "Choisir trois restaurants", done: true },
  ],
  dueOn: "2026-11-30",
  reviewOn: "2026-10-29",
  ...extra,
});

const events = async (id: string, type: string) =>
  ((await specialist.get(`/api/participants/${id}/timeline`)).body.items as { type: string; data: Record<string, unknown> }[]).filter((e) => e.type === type);

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await login("specialist");
  lead = await login("team_lead");
});
afterAll(async () => t?.close());

describe("POST /api/participants/:id/goals", () => {
  it("writes a SMART goal with its steps (a ticked step dated today) and a timeline event without its words", async () => {
    const id = await person();
    const body = newGoal();
    const res = await specialist.post(`/api/participants/${id}/goals`, body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      participantId: id, goal: body.goal, smart: body.smart, dueOn: "2026-11-30", reviewOn: "2026-10-29", status: "active", reviews: [], sharedWithCareTeam: false,
      createdBy: "User specialist", version: 1,
    });
    expect(res.body.steps).toEqual([
      { id: body.steps[0].id, label: "Mettre mon CV à jour", done: false, doneOn: null },
      { id: body.steps[1].id, label: "Choisir trois restaurants", done: true, doneOn: today },
    ]);
    const [event] = await events(id, "goal.created");
    expect(event.data).toEqual({ goalId: res.body.id, status: "active", stepsDone: 1, stepsTotal: 2, reviews: 0, sharedWithCareTeam: false });
  });

  it("fills the SMART texts left out, and trims the person's words", async () => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/goals`, { goal: "  Reprendre le sport  ", smart: { realistic: " Une fois par semaine " } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ goal: "Reprendre le sport", smart: { specific: "", measurable: "", actionOriented: "", realistic: "Une fois par semaine", timely: "" }, steps: [], dueOn: null });
  });

  it.each([
    ["an empty goal", { goal: "  " }, "goal"],
    ["a goal of 501 characters", { goal: "x".repeat(501) }, "goal"],
    ["a SMART text of 1001 characters", { smart: { measurable: "x".repeat(1001) } }, "smart.measurable"],
    ["a step without its label", { steps: [{ id: newId(), label: "" }] }, "steps.0.label"],
    ["a step id that is not a uuid", { steps: [{ id: "1", label: "Un pas" }] }, "steps.0.id"],
    ["21 steps", { steps: Array.from({ length: 21 }, () => ({ id: newId(), label: "Pas" })) }, "steps"],
    ["a bad due date", { dueOn: "2026-02-30" }, "dueOn"],
  ])("refuses %s with 400 and the field path", async (_label, extra, path) => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/goals`, newGoal(extra));
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it.each([
    ["a due date before 2000", { dueOn: "1999-12-01" }, "dueOn", "Cette date est antérieure à 2000 : vérifiez-la."],
    ["a step done tomorrow", { steps: [{ id: newId(), label: "Pas", done: true, doneOn: "2026-10-16" }] }, "steps.0.doneOn", "Cette date est dans le futur."],
  ])("refuses %s with 422 naming the field, and saves nothing", async (_label, extra, path, message) => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/goals`, newGoal(extra));
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toContainEqual({ path, message });
    expect((await specialist.get(`/api/participants/${id}/goals`)).body.items).toEqual([]);
  });

  it("refuses the same step twice, in English too", async () => {
    const id = await person();
    const step = { id: newId(), label: "Pas" };
    const res = await specialist.post(`/api/participants/${id}/goals`, newGoal({ steps: [step, step] }), { "accept-language": "en" });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toContainEqual({ path: "steps.1.id", message: "This small step is twice in the list." });
  });
});

describe("PATCH /api/goals/:id", () => {
  it("ticks a step, adds a review, reaches the goal; each change a new version and an event naming only the kinds of change", async () => {
    const id = await person();
    const created = (await specialist.post(`/api/participants/${id}/goals`, newGoal())).body;
    const steps = created.steps.map((s: { id: string; label: string }) => ({ id: s.id, label: s.label, done: true }));
    const ticked = await specialist.patch(`/api/goals/${created.id}`, { version: 1, steps });
    expect(ticked.status).toBe(200);
    expect(ticked.body.version).toBe(2);
    expect(ticked.body.steps.map((s: { doneOn: string }) => s.doneOn)).toEqual([today, today]);

    const reviewed = await specialist.patch(`/api/goals/${created.id}`, {
      version: 2,
      addReview: { on: today, progress: "Deux visites faites", learned: "Le matin est le bon moment", smallestChange: "J'ai osé demander le responsable" },
      reviewOn: "2026-11-12",
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.reviews).toEqual([{ on: today, progress: "Deux visites faites", learned: "Le matin est le bon moment", smallestChange: "J'ai osé demander le responsable" }]);
    expect(reviewed.body.reviewOn).toBe("2026-11-12");

    const achieved = await specialist.patch(`/api/goals/${created.id}`, { version: 3, status: "achieved" });
    expect(achieved.body).toMatchObject({ status: "achieved", version: 4 });

    const updates = (await events(id, "goal.updated")).map((e) => e.data);
    // Newest first.
    expect(updates).toEqual([
      { goalId: created.id, status: "achieved", stepsDone: 2, stepsTotal: 2, reviews: 1, sharedWithCareTeam: false, changes: ["status"] },
      { goalId: created.id, status: "active", stepsDone: 2, stepsTotal: 2, reviews: 1, sharedWithCareTeam: false, changes: ["dates", "review"] },
      { goalId: created.id, status: "active", stepsDone: 2, stepsTotal: 2, reviews: 0, sharedWithCareTeam: false, changes: ["steps"] },
    ]);
    expect(JSON.stringify(updates)).not.toMatch(/visite|matin|responsable/i);
  });

  it("answers a stale version with 409 and the goal as it is now", async () => {
    const id = await person();
    const created = (await specialist.post(`/api/participants/${id}/goals`, newGoal())).body;
    expect((await lead.patch(`/api/goals/${created.id}`, { version: 1, goal: "Me présenter à deux employeurs" })).status).toBe(200);
    const stale = await specialist.patch(`/api/goals/${created.id}`, { version: 1, status: "stopped" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
    expect(stale.body.current).toMatchObject({ id: created.id, goal: "Me présenter à deux employeurs", status: "active", version: 2 });
  });

  it("does not count a form re-sent unchanged as an update", async () => {
    const id = await person();
    const created = (await specialist.post(`/api/participants/${id}/goals`, newGoal())).body;
    const res = await specialist.patch(`/api/goals/${created.id}`, { version: 1, goal: created.goal, smart: created.smart, steps: created.steps, status: "active" });
    expect(res.body.version).toBe(1);
    expect(await events(id, "goal.updated")).toEqual([]);
  });

  it.each([
    ["reaching a stopped goal directly", ["stopped"], { status: "achieved" }, "status", "Ce changement de statut n'est pas possible pour cet objectif."],
    ["editing an achieved goal", ["achieved"], { goal: "Autre" }, "goal", "Cet objectif n'est plus en cours : reprenez-le avant de le modifier."],
    ["an empty review", [], { addReview: { on: today } }, "addReview", "Notez au moins les progrès, ce qui a été appris ou le moindre changement remarqué."],
    ["setting it revised by hand", [], { status: "revised" }, "status", "Ce changement de statut n'est pas possible pour cet objectif."],
  ])("refuses %s with 422", async (_label, before, body, path, message) => {
    const id = await person();
    const created = (await specialist.post(`/api/participants/${id}/goals`, newGoal())).body;
    let version = 1;
    for (const status of before) version = (await specialist.patch(`/api/goals/${created.id}`, { version, status })).body.version;
    const res = await specialist.patch(`/api/goals/${created.id}`, { version, ...body });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toContainEqual({ path, message });
  });

  it("takes up an achieved goal again and adds a step in one change", async () => {
    const id = await person();
    const created = (await specialist.post(`/api/participants/${id}/goals`, newGoal({ steps: [] }))).body;
    await specialist.patch(`/api/goals/${created.id}`, { version: 1, status: "achieved" });
    const res = await specialist.patch(`/api/goals/${created.id}`, { version: 2, status: "active", steps: [{ id: newId(), label: "Un pas de plus" }] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "active", steps: [{ label: "Un pas de plus", done: false }] });
  });

  it("answers 404 for an unknown goal and 400 for a missing version", async () => {
    expect((await specialist.patch(`/api/goals/${newId()}`, { version: 1, status: "stopped" })).status).toBe(404);
    const id = await person();
    const created = (await specialist.post(`/api/participants/${id}/goals`, newGoal())).body;
    const res = await specialist.patch(`/api/goals/${created.id}`, { status: "stopped" });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain("version");
  });
});

describe("revising a goal into a new one", () => {
  it("marks the old goal revised in the same change, and links them on the timeline by id only", async () => {
    const id = await person();
    const old = (await specialist.post(`/api/participants/${id}/goals`, newGoal())).body;
    const res = await specialist.post(`/api/participants/${id}/goals`, newGoal({ goal: "Me présenter à un employeur", revises: { goalId: old.id, version: 1 } }));
    expect(res.status).toBe(201);
    const list = (await specialist.get(`/api/participants/${id}/goals`)).body.items as { id: string; status: string }[];
    expect(list.map((g) => [g.id, g.status])).toEqual([
      [res.body.id, "active"],
      [old.id, "revised"],
    ]);
    const [created] = await events(id, "goal.created");
    expect(created.data).toMatchObject({ goalId: res.body.id, revisesGoalId: old.id });
    const [updated] = await events(id, "goal.updated");
    expect(updated.data).toMatchObject({ goalId: old.id, status: "revised", changes: ["status"], revisedIntoGoalId: res.body.id });
  });

  it("refuses a stale version of the old goal (409, nothing created), an achieved goal and another person's goal (422)", async () => {
    const id = await person();
    const old = (await specialist.post(`/api/participants/${id}/goals`, newGoal())).body;
    await specialist.patch(`/api/goals/${old.id}`, { version: 1, goal: "Changé entre-temps" });
    const stale = await specialist.post(`/api/participants/${id}/goals`, newGoal({ revises: { goalId: old.id, version: 1 } }));
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: old.id, version: 2 });
    expect((await specialist.get(`/api/participants/${id}/goals`)).body.items).toHaveLength(1);

    await specialist.patch(`/api/goals/${old.id}`, { version: 2, status: "achieved" });
    const achieved = await specialist.post(`/api/participants/${id}/goals`, newGoal({ revises: { goalId: old.id, version: 3 } }));
    expect(achieved.status).toBe(422);
    expect(achieved.body.error.fields).toContainEqual({ path: "revises.goalId", message: "Seul un objectif en cours ou arrêté peut être réajusté." });

    const other = await person();
    const elsewhere = await specialist.post(`/api/participants/${other}/goals`, newGoal({ revises: { goalId: old.id, version: 3 } }));
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.error.fields).toContainEqual({ path: "revises.goalId", message: "Cet objectif n'existe pas pour cette personne." });
  });
});

describe("GET /api/participants/:id/goals and access", () => {
  it("lists goals in progress first and audits each read", async () => {
    const id = await person();
    const first = (await specialist.post(`/api/participants/${id}/goals`, newGoal({ goal: "Premier" }))).body;
    await specialist.post(`/api/participants/${id}/goals`, newGoal({ goal: "Deuxième" }));
    await specialist.patch(`/api/goals/${first.id}`, { version: 1, status: "achieved" });
    clock.set("2026-10-15T10:05:00Z");
    await specialist.post(`/api/participants/${id}/goals`, newGoal({ goal: "Troisième" }));
    clock.set("2026-10-15T10:00:00Z");
    const res = await specialist.get(`/api/participants/${id}/goals`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((g: { goal: string }) => g.goal)).toEqual(["Troisième", "Deuxième", "Premier"]);
    const audits = await t.database.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.participantId, id), eq(auditLog.recordType, "goal")));
    expect(audits.filter((a) => a.action === "read")).toHaveLength(1);
    expect(audits.filter((a) => a.action === "create")).toHaveLength(3);
    expect(audits.filter((a) => a.action === "update")).toHaveLength(1);
  });

  it("shows a clinician only the goals shared with the care team, and lets them change nothing", async () => {
    const id = await person();
    const shared = (await specialist.post(`/api/participants/${id}/goals`, newGoal({ goal: "Partagé", sharedWithCareTeam: true }))).body;
    const kept = (await specialist.post(`/api/participants/${id}/goals`, newGoal({ goal: "Pas partagé" }))).body;
    const clinician = await login("clinician");
    const res = await clinician.get(`/api/participants/${id}/goals`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((g: { id: string }) => g.id)).toEqual([shared.id]);
    expect((await clinician.post(`/api/participants/${id}/goals`, newGoal())).status).toBe(403);
    expect((await clinician.patch(`/api/goals/${shared.id}`, { version: 1, status: "stopped" })).status).toBe(403);

    // Sharing it later makes it visible; the change is an event like any other.
    const now = await specialist.patch(`/api/goals/${kept.id}`, { version: 1, sharedWithCareTeam: true });
    expect(now.body.sharedWithCareTeam).toBe(true);
    expect((await clinician.get(`/api/participants/${id}/goals`)).body.items).toHaveLength(2);
    const [event] = await events(id, "goal.updated");
    expect(event.data).toMatchObject({ goalId: kept.id, changes: ["sharing"], sharedWithCareTeam: true });
  });

  it("hides the goals of people out of the user's scope (404) and lets the accompanying peer write them", async () => {
    const id = await person();
    const goal = (await specialist.post(`/api/participants/${id}/goals`, newGoal())).body;
    const outsider = await login("otherSpecialist");
    expect((await outsider.get(`/api/participants/${id}/goals`)).status).toBe(404);
    expect((await outsider.post(`/api/participants/${id}/goals`, newGoal())).status).toBe(404);
    expect((await outsider.patch(`/api/goals/${goal.id}`, { version: 1, status: "stopped" })).status).toBe(404);
    expect((await (await login("clinicianOther")).get(`/api/participants/${id}/goals`)).status).toBe(404);

    const peer = await login("peer");
    expect((await peer.patch(`/api/goals/${goal.id}`, { version: 1, addReview: { on: today, smallestChange: "Je me lève plus tôt" } })).status).toBe(200);
    const stranger = (await lead.post("/api/participants", { programId: world.program1, firstName: "Sans", lastName: "Pair", referralDate: "2026-09-01" })).body.id;
    expect((await peer.get(`/api/participants/${stranger}/goals`)).status).toBe(404);
    const strangersGoal = (await specialist.post(`/api/participants/${stranger}/goals`, newGoal())).body;
    expect((await peer.patch(`/api/goals/${strangersGoal.id}`, { version: 1, status: "stopped" })).status).toBe(404);
  });
});
