import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

let t: TestApp;
let world: World;
let specialist: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  world = await seedWorld(t.database);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
});
afterAll(async () => t?.close());

const newParticipant = async (client: ApiClient, extra: Record<string, unknown> = {}) => {
  const res = await client.post("/api/participants", { firstName: "Camille", lastName: "Martin", referralDate: "2026-10-01", ...extra });
  expect(res.status).toBe(201);
  return res.body;
};

describe("referral with zero exclusion", () => {
  it("creates a participant from a name and a referral date only", async () => {
    const p = await newParticipant(specialist);
    expect(p).toMatchObject({ firstName: "Camille", lastName: "Martin", status: "referred", version: 1, referralSource: null, specialistId: null });
    const read = await specialist.get(`/api/participants/${p.id}`);
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(p.id);
  });

  it("refuses missing or malformed fields with 400 and the field paths, translated", async () => {
    const fr = await specialist.post("/api/participants", { firstName: " ", referralDate: "2026-02-30" });
    expect(fr.status).toBe(400);
    expect(fr.body.error.code).toBe("validation");
    const paths = fr.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(["firstName", "lastName", "referralDate"]);
    expect(fr.body.error.message).toMatch(/invalides/);
    const en = await specialist.request("POST", "/api/participants", { firstName: "A", lastName: "B", referralDate: "x" }, { "accept-language": "en" });
    expect(en.body.error.fields[0]).toEqual({ path: "referralDate", message: "Invalid date (format YYYY-MM-DD)." });
  });

  it("never answers 500 to garbage", async () => {
    expect((await specialist.request("POST", "/api/participants", "{not json")).status).toBe(400);
    expect((await specialist.get("/api/participants/not-a-uuid")).status).toBe(400);
    expect((await specialist.get("/api/participants?limit=-4")).status).toBe(400);
    expect((await specialist.post("/api/participants", { firstName: "x".repeat(2_000_000) })).status).toBe(413);
    expect((await specialist.post("/api/participants", [1, 2])).status).toBe(400);
  });

  it("assigns only specialists of the person's program", async () => {
    const ok = await newParticipant(specialist, { specialistId: world.users.specialistB.id });
    expect(ok.specialistName).toBe("User specialistB");
    const wrong = await specialist.post("/api/participants", { firstName: "A", lastName: "B", referralDate: "2026-10-01", specialistId: world.users.otherSpecialist.id });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].path).toBe("specialistId");
  });
});

describe("editing with versions", () => {
  it("answers 409 with the current record when the version is stale, and loses nothing", async () => {
    const p = await newParticipant(specialist);
    const first = await specialist.patch(`/api/participants/${p.id}`, { version: 1, referringService: "CMP Nord" });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await specialist.patch(`/api/participants/${p.id}`, { version: 1, referringService: "Autre" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
    expect(stale.body.current).toMatchObject({ version: 2, referringService: "CMP Nord" });
  });

  it("follows the journey: closing needs a reason, a closed record only re-opens", async () => {
    const p = await newParticipant(specialist);
    let v = p.version;
    for (const status of ["engaged", "job_search", "working", "follow_along"]) {
      const res = await specialist.patch(`/api/participants/${p.id}`, { version: v, status });
      expect(res.status).toBe(200);
      v = res.body.version;
    }
    const noReason = await specialist.patch(`/api/participants/${p.id}`, { version: v, status: "closed" });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.code).toBe("invalid_transition");
    const closed = await specialist.patch(`/api/participants/${p.id}`, { version: v, status: "closed", closureReason: "moved_away" });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: "closed", closureReason: "moved_away" });
    // The active caseload (status=active) leaves closed records out; every status, or "closed", finds them.
    const ids = async (query: string) => (await specialist.get(`/api/participants?limit=100&${query}`)).body.items.map((i: { id: string }) => i.id);
    expect(await ids("status=active")).not.toContain(p.id);
    expect(await ids("status=closed")).toContain(p.id);
    expect(await ids("")).toContain(p.id);
    expect((await specialist.get("/api/participants?status=open")).status).toBe(400);
    const jump = await specialist.patch(`/api/participants/${p.id}`, { version: closed.body.version, status: "working" });
    expect(jump.status).toBe(422);
    const reopened = await specialist.patch(`/api/participants/${p.id}`, { version: closed.body.version, status: "engaged" });
    expect(reopened.body).toMatchObject({ status: "engaged", closureReason: null });

    const timeline = await specialist.get(`/api/participants/${p.id}/timeline`);
    const types = timeline.body.items.map((e: { type: string }) => e.type);
    expect(types).toContain("participant.created");
    expect(types).toContain("participant.closed");
    expect(types[0]).toBe("participant.reopened");
    expect(types.filter((x: string) => x === "participant.status_changed")).toHaveLength(4);
  });
});

describe("contacts, profile, consents", () => {
  it("logs a contact, updates the last contact date and shows it on the timeline", async () => {
    const p = await newParticipant(specialist);
    const res = await specialist.post(`/api/participants/${p.id}/contacts`, { date: "2026-10-05", mode: "in_person", place: "community", phase: "engagement", notes: "Premier café" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ durationMinutes: 30, withWhom: ["participant"], authorName: "User specialist" });
    await specialist.post(`/api/participants/${p.id}/contacts`, { date: "2026-09-01", mode: "phone", phase: "engagement" });
    expect((await specialist.get(`/api/participants/${p.id}`)).body.lastContactDate).toBe("2026-10-05");
    const list = await specialist.get(`/api/participants/${p.id}/contacts`);
    expect(list.body.total).toBe(2);
    expect(list.body.items[0].date).toBe("2026-10-05");
    const timeline = await specialist.get(`/api/participants/${p.id}/timeline`);
    expect(timeline.body.items[0]).toMatchObject({ type: "contact.logged", actorName: "User specialist" });
    const page1 = await specialist.get(`/api/participants/${p.id}/timeline?limit=2`);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.hasMore).toBe(true);
    const page2 = await specialist.get(`/api/participants/${p.id}/timeline?limit=2&offset=2`);
    expect(page2.body.items.map((e: { type: string }) => e.type)).toEqual(["participant.created"]);
    expect(page2.body.hasMore).toBe(false);
    const bad = await specialist.post(`/api/participants/${p.id}/contacts`, { date: "2026-10-05", mode: "carrier_pigeon", phase: "engagement" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe("mode");
  });

  it("returns a contact logged late, even behind 50 more recent ones", async () => {
    const p = await newParticipant(specialist);
    for (let i = 0; i < 51; i++) {
      expect((await specialist.post(`/api/participants/${p.id}/contacts`, { date: "2026-11-01", mode: "phone", phase: "engagement" })).status).toBe(201);
    }
    const late = await specialist.post(`/api/participants/${p.id}/contacts`, { date: "2026-01-15", mode: "in_person", phase: "engagement", notes: "saisi en retard" });
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ date: "2026-01-15", notes: "saisi en retard" });
    expect((await specialist.get(`/api/participants/${p.id}`)).body.lastContactDate).toBe("2026-11-01");
  });

  it("keeps every version of the career profile", async () => {
    const p = await newParticipant(specialist);
    const empty = await specialist.get(`/api/participants/${p.id}/profile`);
    expect(empty.body.version).toBe(0);
    const data = { ...empty.body.data, workGoal: { dreamJob: "Cuisinier", shortTermGoal: "Commis" }, jobHistory: [{ title: "Serveur", employer: "Le Bouchon" }] };
    const v1 = await specialist.put(`/api/participants/${p.id}/profile`, { version: 0, data });
    expect(v1.status).toBe(200);
    expect(v1.body.version).toBe(1);
    const v2 = await specialist.put(`/api/participants/${p.id}/profile`, { version: 1, data: { ...v1.body.data, strengths: "Ponctuel" } });
    expect(v2.body.version).toBe(2);
    const stale = await specialist.put(`/api/participants/${p.id}/profile`, { version: 1, data });
    expect(stale.status).toBe(409);
    expect(stale.body.current.version).toBe(2);
    const history = await specialist.get(`/api/participants/${p.id}/profile/history`);
    expect(history.body.items.map((h: { version: number }) => h.version)).toEqual([2, 1]);
    expect(history.body.items[1].data.strengths).toBe("");
    const invalid = await specialist.put(`/api/participants/${p.id}/profile`, { version: 2, data: { preferences: { hoursPerWeekMin: 30, hoursPerWeekMax: 10 } } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields[0].path).toBe("data.preferences.hoursPerWeekMax");
  });

  it("refuses a referring service that is not in the program's register", async () => {
    const res = await specialist.post("/api/participants", { firstName: "A", lastName: "B", referralDate: "2026-10-01", referringServiceId: world.program2 });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ path: "referringServiceId" });
  });

  it("records and withdraws consent; withdrawal ends the clinician's access at once", async () => {
    const clinician = await new ApiClient(t.baseUrl).login(world.users.clinician.email, PASSWORD);
    const p = await newParticipant(specialist, { firstName: "Consentie", referringServiceId: world.service1 });
    expect((await clinician.get(`/api/participants/${p.id}`)).status).toBe(404);
    const consent = await specialist.post(`/api/participants/${p.id}/consents`, { scope: "care_team", details: "CMP", givenOn: "2026-10-02" });
    expect(consent.status).toBe(201);
    expect(consent.body).toMatchObject({ scope: "care_team", recordedBy: "User specialist", withdrawnOn: null });
    expect((await clinician.get(`/api/participants/${p.id}`)).status).toBe(200);
    // A clinician of another partner service of the same program does not see the person, consent or not.
    const otherService = await new ApiClient(t.baseUrl).login(world.users.clinicianOther.email, PASSWORD);
    expect((await otherService.get(`/api/participants/${p.id}`)).status).toBe(404);
    expect((await otherService.get("/api/participants?q=consentie")).body.total).toBe(0);
    const names = (await clinician.get("/api/participants?q=consentie")).body.items.map((x: { id: string }) => x.id);
    expect(names).toEqual([p.id]);
    // never the specialist's contact notes
    expect((await clinician.get(`/api/participants/${p.id}/contacts`)).status).toBe(403);
    const withdrawn = await specialist.post(`/api/participants/${p.id}/consents/${consent.body.id}/withdraw`, { withdrawnOn: "2026-10-20" });
    expect(withdrawn.body.withdrawnOn).toBe("2026-10-20");
    expect((await specialist.post(`/api/participants/${p.id}/consents/${consent.body.id}/withdraw`, { withdrawnOn: "2026-10-21" })).status).toBe(409);
    expect((await clinician.get(`/api/participants/${p.id}`)).status).toBe(404);
  });
});

describe("caseloads", () => {
  it("filters the caseload by search, status, specialist and last contact", async () => {
    const a = await newParticipant(specialist, { firstName: "Zoé", lastName: "Éluard", specialistId: world.users.specialist.id });
    await newParticipant(specialist, { firstName: "Yves", lastName: "Autre", specialistId: world.users.specialistB.id });
    const search = await specialist.get("/api/participants?q=eluard");
    expect(search.body.items.map((x: { id: string }) => x.id)).toEqual([a.id]);
    // Lists carry a summary only: referral details and closure notes stay on the record.
    expect(Object.keys(search.body.items[0]).sort()).toEqual(
      ["firstName", "id", "lastContactDate", "lastName", "peerSupporterId", "programId", "referralDate", "specialistId", "specialistName", "status", "version"],
    );
    const mine = await specialist.get(`/api/participants?specialistId=${world.users.specialist.id}`);
    expect(mine.body.items.every((x: { specialistId: string }) => x.specialistId === world.users.specialist.id)).toBe(true);
    expect(mine.body.total).toBeGreaterThan(0);
    const referred = await specialist.get("/api/participants?status=referred&limit=1");
    expect(referred.body.items).toHaveLength(1);
    expect(referred.body.total).toBeGreaterThan(1);
    await specialist.post(`/api/participants/${a.id}/contacts`, { date: "2026-11-20", mode: "phone", phase: "engagement" });
    const stale = await specialist.get("/api/participants?noContactSince=2026-11-01&q=eluard");
    expect(stale.body.total).toBe(0);
  });

  it("gives the team lead each specialist's caseload against the limit, and bulk reassignment", async () => {
    const lead = await new ApiClient(t.baseUrl).login(world.users.team_lead.email, PASSWORD);
    const p1 = await newParticipant(specialist, { specialistId: world.users.specialist.id });
    const p2 = await newParticipant(specialist, { specialistId: world.users.specialist.id });
    const overview = await lead.get(`/api/caseloads?programId=${world.program1}`);
    expect(overview.status).toBe(200);
    expect(overview.body.limit).toBe(20);
    const row = overview.body.rows.find((r: { specialistId: string }) => r.specialistId === world.users.specialist.id);
    expect(row.active).toBeGreaterThanOrEqual(2);
    const moved = await lead.post("/api/participants/reassign", { participantIds: [p1.id, p2.id], specialistId: world.users.specialistB.id });
    expect(moved.body.updated).toBe(2);
    expect((await lead.get(`/api/participants/${p1.id}`)).body.specialistId).toBe(world.users.specialistB.id);
    const timeline = await lead.get(`/api/participants/${p2.id}/timeline`);
    expect(timeline.body.items[0].type).toBe("participant.assigned");
    expect((await lead.post("/api/participants/reassign", { participantIds: [p1.id], specialistId: world.users.clinician.id })).status).toBe(400);
    expect((await specialist.post("/api/participants/reassign", { participantIds: [p1.id], specialistId: null })).status).toBe(403);
  });
});

describe("audit", () => {
  it("records reads and writes with user, action and IP; team lead sees the access history", async () => {
    const lead = await new ApiClient(t.baseUrl).login(world.users.team_lead.email, PASSWORD);
    const p = await newParticipant(specialist);
    await specialist.get(`/api/participants/${p.id}`);
    const audit = await lead.get(`/api/audit?participantId=${p.id}`);
    expect(audit.status).toBe(200);
    const actions = audit.body.items.map((a: { action: string; userName: string }) => `${a.action}:${a.userName}`);
    expect(actions).toContain("create:User specialist");
    expect(actions).toContain("read:User specialist");
    expect(audit.body.items[0].ip).toBeTruthy();
    expect((await specialist.get(`/api/audit?participantId=${p.id}`)).status).toBe(403);
  });
});
