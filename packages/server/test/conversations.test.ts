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

const miracleNote = (extra: Record<string, unknown> = {}) => ({
  heldOn: "2026-10-14",
  content: {
    topic: "Le retour au travail",
    miracle: {
      firstNoticed: "Je ferais mon sac, je me préparerais un sandwich",
      dayWithoutProblem: "J'aurais mon travail à faire, je serais heureuse de le faire correctement",
      colleagues: "Je me sentirais acceptée et reconnue",
    },
    scales: [{ question: "Confiance pour reprendre un travail", score: 4, oneHigher: "Avoir visité le lieu avant" }],
    resources: "Ma sœur, la marche le matin",
    pastSuccesses: "J'ai repris la formation l'an dernier",
    nextStep: "Appeler la boulangerie mardi",
    quotes: ["Je suis capable de me lever tôt"],
  },
  ...extra,
});

const events = async (id: string) =>
  ((await specialist.get(`/api/participants/${id}/timeline`)).body.items as { type: string; data: Record<string, unknown> }[]).filter((e) => e.type === "conversation.recorded");

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await login("specialist");
  lead = await login("team_lead");
});
afterAll(async () => t?.close());

describe("POST /api/participants/:id/conversations", () => {
  it("records the guided note as said, and a timeline event that counts its parts without a word of it", async () => {
    const id = await person();
    const body = miracleNote();
    const res = await specialist.post(`/api/participants/${id}/conversations`, body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ participantId: id, heldOn: "2026-10-14", content: body.content, sharedWithCareTeam: false, createdBy: "User specialist" });
    const [event] = await events(id);
    expect(event.data).toEqual({ conversationId: res.body.id, heldOn: "2026-10-14", miracle: true, scales: 1, quotes: 1, nextStep: true, sharedWithCareTeam: false });
  });

  it("keeps a short note: a scale and the next step only", async () => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/conversations`, { heldOn: today, content: { scales: [{ question: "Énergie", score: 0 }], nextStep: "  Dormir avant minuit  " } });
    expect(res.status).toBe(201);
    expect(res.body.content).toEqual({
      topic: "",
      miracle: { firstNoticed: "", dayWithoutProblem: "", colleagues: "" },
      scales: [{ question: "Énergie", score: 0, oneHigher: "" }],
      resources: "",
      pastSuccesses: "",
      nextStep: "Dormir avant minuit",
      quotes: [],
    });
  });

  it.each([
    ["a score of 11", { scales: [{ question: "Confiance", score: 11 }] }, "content.scales.0.score"],
    ["a score of 4.5", { scales: [{ question: "Confiance", score: 4.5 }] }, "content.scales.0.score"],
    ["a scale without its question", { scales: [{ question: "", score: 4 }] }, "content.scales.0.question"],
    ["11 scales", { scales: Array.from({ length: 11 }, () => ({ question: "Q", score: 1 })) }, "content.scales"],
    ["21 quotes", { quotes: Array.from({ length: 21 }, () => "Oui") }, "content.quotes"],
    ["a quote of 501 characters", { quotes: ["x".repeat(501)] }, "content.quotes.0"],
    ["an answer of 2001 characters", { miracle: { colleagues: "x".repeat(2001) } }, "content.miracle.colleagues"],
  ])("refuses %s with 400 and the field path", async (_label, content, path) => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/conversations`, { heldOn: today, content });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it.each([
    ["an empty note", { heldOn: today, content: { topic: "  " } }, "content", "La note est vide : notez au moins une réponse, une échelle, un petit pas ou une parole de la personne."],
    ["tomorrow's date", miracleNote({ heldOn: "2026-10-16" }), "heldOn", "Cette date est dans le futur."],
    ["a date before 2000", miracleNote({ heldOn: "1998-10-16" }), "heldOn", "Cette date est antérieure à 2000 : vérifiez-la."],
  ])("refuses %s with 422 naming the field, and saves nothing", async (_label, body, path, message) => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/conversations`, body);
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toContainEqual({ path, message });
    expect((await specialist.get(`/api/participants/${id}/conversations`)).body.items).toEqual([]);
  });

  it("refuses a body over its size limit (413)", async () => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/conversations`, { heldOn: today, content: { topic: "x".repeat(250_000) } });
    expect(res.status).toBe(413);
  });
});

describe("GET /api/participants/:id/conversations", () => {
  it("lists newest first and audits each read", async () => {
    const id = await person();
    await specialist.post(`/api/participants/${id}/conversations`, miracleNote({ heldOn: "2026-09-01" }));
    await specialist.post(`/api/participants/${id}/conversations`, miracleNote({ heldOn: "2026-10-01" }));
    await specialist.post(`/api/participants/${id}/conversations`, miracleNote({ heldOn: "2026-09-15" }));
    const res = await specialist.get(`/api/participants/${id}/conversations`);
    expect(res.body.items.map((c: { heldOn: string }) => c.heldOn)).toEqual(["2026-10-01", "2026-09-15", "2026-09-01"]);
    const audits = await t.database.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.participantId, id), eq(auditLog.recordType, "conversation")));
    expect(audits.filter((a) => a.action === "read")).toHaveLength(1);
    expect(audits.filter((a) => a.action === "create")).toHaveLength(3);
  });
});

describe("PATCH /api/conversations/:id (sharing)", () => {
  it("shares a conversation with the care team: a clinician then reads it, and only the shared ones", async () => {
    const id = await person();
    const first = (await specialist.post(`/api/participants/${id}/conversations`, miracleNote())).body;
    const second = (await specialist.post(`/api/participants/${id}/conversations`, miracleNote({ sharedWithCareTeam: true }))).body;
    const clinician = await login("clinician");
    expect((await clinician.get(`/api/participants/${id}/conversations`)).body.items.map((c: { id: string }) => c.id)).toEqual([second.id]);

    const shared = await specialist.patch(`/api/conversations/${first.id}`, { sharedWithCareTeam: true });
    expect(shared.status).toBe(200);
    expect(shared.body).toMatchObject({ id: first.id, sharedWithCareTeam: true, content: first.content });
    expect((await clinician.get(`/api/participants/${id}/conversations`)).body.items).toHaveLength(2);

    const unshared = await specialist.patch(`/api/conversations/${second.id}`, { sharedWithCareTeam: false });
    expect(unshared.body.sharedWithCareTeam).toBe(false);
    expect((await clinician.get(`/api/participants/${id}/conversations`)).body.items.map((c: { id: string }) => c.id)).toEqual([first.id]);

    const audits = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.recordId, first.id), eq(auditLog.recordType, "conversation")));
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "update"]);

    // Each change on the timeline, as for the other practice tools: the tool, the id and the value, never the words.
    const timeline = await specialist.get(`/api/participants/${id}/timeline`);
    const sharing = timeline.body.items.filter((e: { type: string }) => e.type === "practice.sharing_changed");
    expect(sharing.map((e: { data: unknown }) => e.data)).toEqual([
      { tool: "conversation", recordId: second.id, sharedWithCareTeam: false },
      { tool: "conversation", recordId: first.id, sharedWithCareTeam: true },
    ]);
  });

  it("is idempotent: setting the flag it already has changes nothing", async () => {
    const id = await person();
    const c = (await specialist.post(`/api/participants/${id}/conversations`, miracleNote())).body;
    const res = await specialist.patch(`/api/conversations/${c.id}`, { sharedWithCareTeam: false });
    expect(res.status).toBe(200);
    const audits = await t.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.recordId, c.id));
    expect(audits.map((a) => a.action)).toEqual(["create"]);
  });

  it("needs the flag (400) and leaves the note as written when other parts are sent", async () => {
    const id = await person();
    const c = (await specialist.post(`/api/participants/${id}/conversations`, miracleNote())).body;
    const missing = await specialist.patch(`/api/conversations/${c.id}`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((f: { path: string }) => f.path)).toContain("sharedWithCareTeam");
    const res = await specialist.patch(`/api/conversations/${c.id}`, { sharedWithCareTeam: true, content: { topic: "Autre" }, heldOn: "2026-01-01" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ heldOn: c.heldOn, content: c.content, sharedWithCareTeam: true });
  });
});

describe("access", () => {
  it("refuses writing to a clinician (403) and hides people out of scope (404)", async () => {
    const id = await person();
    const c = (await specialist.post(`/api/participants/${id}/conversations`, miracleNote({ sharedWithCareTeam: true }))).body;
    const clinician = await login("clinician");
    expect((await clinician.post(`/api/participants/${id}/conversations`, miracleNote())).status).toBe(403);
    expect((await clinician.patch(`/api/conversations/${c.id}`, { sharedWithCareTeam: false })).status).toBe(403);
    const outsider = await login("otherSpecialist");
    expect((await outsider.get(`/api/participants/${id}/conversations`)).status).toBe(404);
    expect((await outsider.patch(`/api/conversations/${c.id}`, { sharedWithCareTeam: false })).status).toBe(404);
    expect((await (await login("clinicianOther")).get(`/api/participants/${id}/conversations`)).status).toBe(404);
    expect((await specialist.patch(`/api/conversations/${newId()}`, { sharedWithCareTeam: true })).status).toBe(404);
  });

  it("lets the peer who accompanies the person record a conversation, not for anyone else", async () => {
    const id = await person();
    const peer = await login("peer");
    expect((await peer.post(`/api/participants/${id}/conversations`, miracleNote())).status).toBe(201);
    const stranger = (await lead.post("/api/participants", { programId: world.program1, firstName: "Sans", lastName: "Pair", referralDate: "2026-09-01" })).body.id;
    expect((await peer.post(`/api/participants/${stranger}/conversations`, miracleNote())).status).toBe(404);
    expect((await peer.get(`/api/participants/${stranger}/conversations`)).status).toBe(404);
  });
});
