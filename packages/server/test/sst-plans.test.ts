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

const login = (who: keyof World["users"]) => new ApiClient(t.baseUrl).login(world.users[who].email, PASSWORD);

const person = (): Promise<string> => createSharedPerson(t, world, lead, { referralDate: "2026-08-01", consentOn: "2026-08-02" });

const SECRET = "Il s'emporte quand son chef le reprend devant les collègues";
const newPlan = (extra: Record<string, unknown> = {}) => ({
  situation: SECRET,
  domain: "self_control",
  targetBehaviour: "Répondre calmement à une remarque de son responsable",
  measureDefinition: "Nombre de remarques reçues sans s'emporter, par jour de travail",
  ...extra,
});

const createPlan = async (participantId: string, extra: Record<string, unknown> = {}, who = specialist) => {
  const res = await who.post(`/api/participants/${participantId}/sst-plans`, newPlan(extra));
  expect(res.status).toBe(201);
  return res.body;
};

const measure = (measuredOn: string, value: number, observer = "specialist", note = "") => ({ measuredOn, value, observer, note });
const adjustment = (on: string, variable = "frequency") => ({ id: newId(), on, variable, change: "Jeu de rôle deux fois par semaine au lieu d'une" });

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await login("specialist");
  lead = await login("team_lead");
});
afterAll(async () => t?.close());

describe("POST /api/participants/:id/sst-plans", () => {
  it("creates a plan at its baseline with the content's defaults, and a timeline event without free text", async () => {
    const id = await person();
    const body = await createPlan(id, { content: { goal: "Garder mon calme", measureUnit: "remarques par jour", techniques: ["modelling"] } });
    expect(body.plan).toMatchObject({
      participantId: id, domain: "self_control", status: "baseline", sharedWithCareTeam: false, version: 1, measureCount: 0, lastMeasuredOn: null, createdBy: "User specialist",
      content: { goal: "Garder mon calme", measureUnit: "remarques par jour", measureKind: "count", betterWhen: "higher", techniques: ["modelling"], adjustments: [], interventionStartedOn: null },
    });
    expect(body.measures).toEqual([]);
    expect(body.phases.map((p: { letter: string }) => p.letter)).toEqual(["A"]);
    expect(body.readiness.map((r: { check: string; met: boolean }) => [r.check, r.met])).toEqual([["baseline_occasions", false], ["progress_span", false], ["observers", false]]);

    const timeline = await specialist.get(`/api/participants/${id}/timeline`);
    const event = timeline.body.items.find((e: { type: string }) => e.type === "sst_plan.created");
    expect(event.data).toEqual({ planId: body.plan.id, domain: "self_control", status: "baseline", sharedWithCareTeam: false });
  });

  it.each([
    ["an intervention status without a start", { status: "intervention", content: { techniques: ["role_play"] } }, "content.interventionStartedOn", "Indiquez la date de début de l'intervention pour passer à cette étape."],
    ["an intervention without a technique", { status: "intervention", content: { interventionStartedOn: "2026-10-01" } }, "content.techniques", "Choisissez au moins une technique d'instruction (étape 4) avant de commencer l'intervention."],
    ["a start date in the future", { status: "intervention", content: { interventionStartedOn: "2026-10-16", techniques: ["role_play"] } }, "content.interventionStartedOn", "Cette date est dans le futur : un plan SST note ce qui a eu lieu."],
    ["an adjustment before any start", { content: { adjustments: [adjustment("2026-10-01")] } }, "content.adjustments.0.on", "Un ajustement suit le début de l'intervention : indiquez d'abord cette date."],
  ])("refuses %s with 422 naming the field, and saves nothing", async (_label, extra, path, message) => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/sst-plans`, newPlan(extra));
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toContainEqual({ path, message });
    expect((await specialist.get(`/api/participants/${id}/sst-plans`)).body.items).toEqual([]);
  });

  it.each([
    ["an unknown domain", newPlan({ domain: "charisma" }), "domain"],
    ["an empty situation", newPlan({ situation: "   " }), "situation"],
    ["an unknown technique", newPlan({ content: { techniques: ["hypnosis"] } }), "content.techniques.0"],
    ["a situation too long", newPlan({ situation: "x".repeat(2_001) }), "situation"],
    ["a bad start date", newPlan({ content: { interventionStartedOn: "2026-02-30" } }), "content.interventionStartedOn"],
  ])("refuses %s with 400 and the field path", async (_label, body, path) => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/sst-plans`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it("answers in English", async () => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/sst-plans`, newPlan({ status: "completed", content: { techniques: ["feedback"] } }), { "accept-language": "en" });
    expect(res.body.error.fields).toContainEqual({ path: "content.interventionStartedOn", message: "Give the intervention's start date to move to this stage." });
  });
});

describe("measures and phases", () => {
  it("records a baseline, starts the intervention, adds an adjustment, and reads the phases per observer", async () => {
    const id = await person();
    const { plan } = await createPlan(id, { content: { techniques: ["role_play", "feedback"] } });
    for (const [date, value] of [["2026-09-01", 1], ["2026-09-03", 2], ["2026-09-05", 1]] as const) {
      const res = await specialist.post(`/api/sst-plans/${plan.id}/measures`, measure(date, value, "specialist", "Noté en entretien"));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ planId: plan.id, measuredOn: date, value, observer: "specialist", note: "Noté en entretien", recordedBy: "User specialist" });
    }
    let detail = (await specialist.get(`/api/sst-plans/${plan.id}`)).body;
    expect(detail.readiness[0]).toEqual({ check: "baseline_occasions", met: true, value: 3, required: 3 });

    const started = await specialist.patch(`/api/sst-plans/${plan.id}`, { version: 1, status: "intervention", content: { ...detail.plan.content, interventionStartedOn: "2026-09-07" } });
    expect(started.status).toBe(200);
    expect(started.body.plan).toMatchObject({ status: "intervention", version: 2 });
    for (const [date, value, observer] of [["2026-09-08", 3, "specialist"], ["2026-09-10", 3, "employer"], ["2026-09-14", 4, "self"], ["2026-09-21", 6, "employer"], ["2026-09-22", 6, "specialist"]] as const) {
      expect((await specialist.post(`/api/sst-plans/${plan.id}/measures`, measure(date, value, observer))).status).toBe(201);
    }
    const adjusted = await specialist.patch(`/api/sst-plans/${plan.id}`, { version: 2, content: { ...started.body.plan.content, adjustments: [adjustment("2026-09-21")] } });
    expect(adjusted.status).toBe(200);

    detail = (await specialist.get(`/api/sst-plans/${plan.id}`)).body;
    expect(detail.plan).toMatchObject({ measureCount: 8, lastMeasuredOn: "2026-09-22", version: 3 });
    expect(detail.measures.map((m: { measuredOn: string }) => m.measuredOn)).toEqual(["2026-09-01", "2026-09-03", "2026-09-05", "2026-09-08", "2026-09-10", "2026-09-14", "2026-09-21", "2026-09-22"]);
    expect(detail.phases.map((p: { letter: string; startsOn: string | null; overall: { count: number; mean: number } }) => [p.letter, p.startsOn, p.overall.count, p.overall.mean])).toEqual([
      ["A", null, 3, 1.33],
      ["B", "2026-09-07", 3, 3.33],
      ["B'", "2026-09-21", 2, 6],
    ]);
    expect(detail.phases[1].byObserver.map((s: { observer: string; count: number }) => [s.observer, s.count])).toEqual([["self", 1], ["specialist", 1], ["employer", 1]]);
    expect(detail.readiness.map((r: { met: boolean; value: number }) => [r.met, r.value])).toEqual([[true, 3], [true, 15], [true, 3]]);

    // The measure's event names the observer and the phase, never the value nor the note.
    const timeline = (await specialist.get(`/api/participants/${id}/timeline`)).body.items;
    const measures = timeline.filter((e: { type: string }) => e.type === "sst_measure.recorded");
    expect(measures).toHaveLength(8);
    expect(measures[0].data).toEqual({ planId: plan.id, observer: "specialist", phase: "B" });
    expect(measures.at(-1).data).toEqual({ planId: plan.id, observer: "specialist", phase: "A" });
    const updates = timeline.filter((e: { type: string }) => e.type === "sst_plan.updated").map((e: { data: unknown }) => e.data);
    expect(updates).toEqual([
      { planId: plan.id, changed: ["content"], status: "intervention", adjustments: 1, sharedWithCareTeam: false },
      { planId: plan.id, changed: ["status", "content"], status: "intervention", adjustments: 0, sharedWithCareTeam: false },
    ]);
    expect(JSON.stringify(timeline)).not.toContain("Jeu de rôle");
    expect(JSON.stringify(timeline)).not.toContain("Noté en entretien");
  });

  it.each([
    ["tomorrow", measure("2026-10-16", 2), 422, "measuredOn", "Cette date est dans le futur : un plan SST note ce qui a eu lieu."],
    ["before 2000", measure("1999-01-01", 2), 422, "measuredOn", "Cette date est antérieure à 2000 : vérifiez-la."],
  ])("refuses a measure dated %s with 422", async (_label, body, status, path, message) => {
    const id = await person();
    const { plan } = await createPlan(id);
    const res = await specialist.post(`/api/sst-plans/${plan.id}/measures`, body);
    expect(res.status).toBe(status);
    expect(res.body.error.fields).toContainEqual({ path, message });
  });

  it.each([
    ["a negative value", measure("2026-10-01", -1), "value"],
    ["a text value", { ...measure("2026-10-01", 1), value: "beaucoup" }, "value"],
    ["an unknown observer", measure("2026-10-01", 1, "neighbour"), "observer"],
    ["a note too long", measure("2026-10-01", 1, "self", "x".repeat(501)), "note"],
  ])("refuses %s with 400", async (_label, body, path) => {
    const id = await person();
    const { plan } = await createPlan(id);
    const res = await specialist.post(`/api/sst-plans/${plan.id}/measures`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it("answers 404 for a plan that does not exist", async () => {
    expect((await specialist.post(`/api/sst-plans/${newId()}/measures`, measure("2026-10-01", 1))).status).toBe(404);
    expect((await specialist.get(`/api/sst-plans/${newId()}`)).status).toBe(404);
  });
});

describe("PATCH /api/sst-plans/:id", () => {
  it("answers 409 with the current plan on a stale version, and changes nothing", async () => {
    const id = await person();
    const { plan } = await createPlan(id);
    expect((await specialist.patch(`/api/sst-plans/${plan.id}`, { version: 1, situation: "Première version" })).status).toBe(200);
    const stale = await lead.patch(`/api/sst-plans/${plan.id}`, { version: 1, situation: "Version concurrente" });
    expect(stale.status).toBe(409);
    expect(stale.body.current.plan).toMatchObject({ situation: "Première version", version: 2 });
    expect((await specialist.get(`/api/sst-plans/${plan.id}`)).body.plan.situation).toBe("Première version");
  });

  it.each([
    ["two adjustments on one day", (s: string) => [adjustment(s.replace("07", "10")), adjustment(s.replace("07", "10"), "narrative")], "content.adjustments.1.on", "Un autre ajustement est déjà daté de ce jour : changez une variable à la fois."],
    ["an adjustment on the start day", (s: string) => [adjustment(s)], "content.adjustments.0.on", "Un ajustement est daté après le début de l'intervention."],
  ])("refuses %s with 422", async (_label, adjustments, path, message) => {
    const id = await person();
    const start = "2026-09-07";
    const { plan } = await createPlan(id, { status: "intervention", content: { interventionStartedOn: start, techniques: ["shaping"] } });
    const res = await specialist.patch(`/api/sst-plans/${plan.id}`, { version: 1, content: { ...plan.content, adjustments: adjustments(start) } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toContainEqual({ path, message });
    expect((await specialist.get(`/api/sst-plans/${plan.id}`)).body.plan.version).toBe(1);
  });

  it("keeps the worksheet's five answers and stores adjustments oldest first", async () => {
    const id = await person();
    const { plan } = await createPlan(id, { status: "intervention", content: { interventionStartedOn: "2026-09-01", techniques: ["modelling"] } });
    const worksheet = { problem: "Je coupe la parole en réunion", solutions: "Noter mon idée, lever la main", consequences: "Les collègues m'écoutent mieux", evaluation: "Noter mon idée est plus simple", actionPlan: "Un carnet à chaque réunion, pendant 2 semaines" };
    const late = adjustment("2026-10-01", "setting");
    const early = adjustment("2026-09-15", "narrative");
    const res = await specialist.patch(`/api/sst-plans/${plan.id}`, { version: 1, content: { ...plan.content, worksheet, adjustments: [late, early] } });
    expect(res.status).toBe(200);
    expect(res.body.plan.content.worksheet).toEqual(worksheet);
    expect(res.body.plan.content.adjustments.map((a: { id: string }) => a.id)).toEqual([early.id, late.id]);
    expect(res.body.phases.map((p: { letter: string; variable: string | null }) => [p.letter, p.variable])).toEqual([["A", null], ["B", null], ["B'", "narrative"], ["B''", "setting"]]);
  });

  it("saves nothing and writes no event when nothing changes", async () => {
    const id = await person();
    const { plan } = await createPlan(id);
    const res = await specialist.patch(`/api/sst-plans/${plan.id}`, { version: 1, situation: plan.situation });
    expect(res.status).toBe(200);
    expect(res.body.plan.version).toBe(1);
    const timeline = (await specialist.get(`/api/participants/${id}/timeline`)).body.items;
    expect(timeline.filter((e: { type: string }) => e.type === "sst_plan.updated")).toEqual([]);
  });
});

describe("access", () => {
  it("shows a clinician only the plans shared with the care team; an unshared plan is 404 for them", async () => {
    const id = await person();
    const shared = (await createPlan(id, { sharedWithCareTeam: true })).plan;
    const privatePlan = (await createPlan(id)).plan;
    const clinician = await login("clinician");
    const list = await clinician.get(`/api/participants/${id}/sst-plans`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([shared.id]);
    expect((await clinician.get(`/api/sst-plans/${shared.id}`)).status).toBe(200);
    expect((await clinician.get(`/api/sst-plans/${privatePlan.id}`)).status).toBe(404);
    expect((await clinician.post(`/api/sst-plans/${shared.id}/measures`, measure("2026-10-01", 1))).status).toBe(403);
    expect((await clinician.patch(`/api/sst-plans/${shared.id}`, { version: 1, situation: "x" })).status).toBe(403);
    expect((await clinician.post(`/api/participants/${id}/sst-plans`, newPlan())).status).toBe(403);
    // The team sees both; sharing a plan makes it appear for the clinician.
    expect((await specialist.get(`/api/participants/${id}/sst-plans`)).body.items).toHaveLength(2);
    expect((await specialist.patch(`/api/sst-plans/${privatePlan.id}`, { version: 1, sharedWithCareTeam: true })).status).toBe(200);
    expect((await clinician.get(`/api/sst-plans/${privatePlan.id}`)).status).toBe(200);
    // Another service's clinician does not see the person at all.
    expect((await (await login("clinicianOther")).get(`/api/participants/${id}/sst-plans`)).status).toBe(404);
  });

  it("lets the peer who accompanies the person work on the plan; other programs get 404, the network role too", async () => {
    const id = await person();
    const { plan } = await createPlan(id);
    const peer = await login("peer");
    expect((await peer.post(`/api/sst-plans/${plan.id}/measures`, measure("2026-10-01", 2, "self"))).status).toBe(201);
    expect((await peer.get(`/api/sst-plans/${plan.id}`)).body.measures).toHaveLength(1);
    const other = await login("otherSpecialist");
    expect((await other.get(`/api/participants/${id}/sst-plans`)).status).toBe(404);
    expect((await other.get(`/api/sst-plans/${plan.id}`)).status).toBe(404);
    expect((await other.patch(`/api/sst-plans/${plan.id}`, { version: 1, situation: "x" })).status).toBe(404);
    expect((await other.post(`/api/sst-plans/${plan.id}/measures`, measure("2026-10-01", 1))).status).toBe(404);
    expect((await (await login("network")).get(`/api/sst-plans/${plan.id}`)).status).toBe(404);
  });

  it("audits the reads of the list and of each plan", async () => {
    const id = await person();
    const { plan } = await createPlan(id);
    await specialist.get(`/api/participants/${id}/sst-plans`);
    await specialist.get(`/api/sst-plans/${plan.id}`);
    const audits = await t.database.db
      .select({ action: auditLog.action, recordId: auditLog.recordId })
      .from(auditLog)
      .where(and(eq(auditLog.participantId, id), eq(auditLog.recordType, "sst_plan")));
    expect(audits).toEqual(expect.arrayContaining([{ action: "read", recordId: id }, { action: "read", recordId: plan.id }, { action: "create", recordId: plan.id }]));
  });
});
