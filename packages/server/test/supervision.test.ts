import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../src/platform/clock";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

const clock = fixedClock("2026-03-31T08:00:00Z");
let t: TestApp;
let world: World;
let lead: ApiClient;
let specialist: ApiClient;
let clinician: ApiClient;
let peer: ApiClient;
let outsider: ApiClient;

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  const login = (email: string) => new ApiClient(t.baseUrl).login(email, PASSWORD);
  lead = await login(world.users.team_lead.email);
  specialist = await login(world.users.specialist.email);
  clinician = await login(world.users.clinician.email);
  peer = await login(world.users.peer.email);
  outsider = await login(world.users.otherSpecialist.email);
});
afterAll(async () => t?.close());

describe("supervision sessions", () => {
  it("the team lead records group supervision and field mentoring; the team reads them, newest first", async () => {
    const group = await lead.post("/api/supervision-sessions", {
      kind: "group_supervision", date: "2026-03-23", durationMinutes: 90,
      attendeeIds: [world.users.specialist.id, world.users.specialistB.id, world.users.specialist.id], topics: "Revue des personnes en recherche",
    });
    expect(group.status).toBe(201);
    expect(group.body).toMatchObject({ kind: "group_supervision", leaderId: world.users.team_lead.id, leaderName: "User lead", durationMinutes: 90, version: 1 });
    expect(group.body.attendees.map((a: { name: string }) => a.name)).toEqual(["User specialist", "User specialistB"]);
    const field = await lead.post("/api/supervision-sessions", { kind: "field_mentoring", date: "2026-03-26", attendeeIds: [world.users.specialistB.id], topics: "Visite employeur" });
    expect(field.status).toBe(201);
    const list = await specialist.get(`/api/supervision-sessions?programId=${world.program1}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((s: { kind: string }) => s.kind)).toEqual(["field_mentoring", "group_supervision"]);
    expect(list.body.total).toBe(2);
  });

  it("refuses bad input with field paths, a specialist's write, the care team, a peer and another program", async () => {
    const bad = await lead.post("/api/supervision-sessions", { kind: "coffee", date: "2026-03-32", durationMinutes: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["date", "durationMinutes", "kind"]);
    const stranger = await lead.post("/api/supervision-sessions", { kind: "field_mentoring", date: "2026-03-26", attendeeIds: [world.users.otherSpecialist.id] });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.fields[0].path).toBe("attendeeIds.0");
    expect((await specialist.post("/api/supervision-sessions", { kind: "field_mentoring", date: "2026-03-26" })).status).toBe(403);
    expect((await clinician.get("/api/supervision-sessions")).status).toBe(403);
    expect((await peer.get("/api/supervision-sessions")).status).toBe(403);
    expect((await outsider.get(`/api/supervision-sessions?programId=${world.program1}`)).status).toBe(404);
  });

  it("corrects a session with its version; stale 409; other program 404", async () => {
    const s = (await lead.post("/api/supervision-sessions", { kind: "group_supervision", date: "2026-03-30" })).body;
    const ok = await lead.patch(`/api/supervision-sessions/${s.id}`, { version: 1, topics: "Fins d'emploi", attendeeIds: [world.users.specialist.id] });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ topics: "Fins d'emploi", version: 2 });
    const stale = await lead.patch(`/api/supervision-sessions/${s.id}`, { version: 1, notes: "X" });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2 });
    expect((await outsider.patch(`/api/supervision-sessions/${s.id}`, { version: 2, notes: "X" })).status).toBe(404);
    expect((await specialist.patch(`/api/supervision-sessions/${s.id}`, { version: 2, notes: "X" })).status).toBe(403);
  });
});
