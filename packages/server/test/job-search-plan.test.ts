import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../src/platform/clock";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

const clock = fixedClock("2026-03-10T09:00:00Z");
let t: TestApp;
let world: World;
let specialist: ApiClient;
let specialistB: ApiClient;
let lead: ApiClient;
let peer: ApiClient;
let clinician: ApiClient;
let other: ApiClient;
let personId: string;

const STEP_1 = "01950000-0000-7000-8000-000000000001";
const STEP_2 = "01950000-0000-7000-8000-000000000002";

const planData = (extra: Record<string, unknown> = {}) => ({
  targetJobs: [{ title: "Commis de cuisine", occupationCode: "G16" }],
  targetEmployers: [{ name: "Le Bouchon des Filles" }],
  steps: [
    { id: STEP_1, description: "Mettre le CV à jour", owner: "participant", dueDate: "2026-03-05" },
    { id: STEP_2, description: "Appeler la boulangerie", owner: "specialist", dueDate: "2026-03-20", status: "done", doneOn: "2026-03-09" },
  ],
  nextReviewDate: "2026-03-24",
  notes: "Préfère les matinées.",
  ...extra,
});

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  const login = (u: { email: string }) => new ApiClient(t.baseUrl).login(u.email, PASSWORD);
  specialist = await login(world.users.specialist);
  specialistB = await login(world.users.specialistB);
  lead = await login(world.users.team_lead);
  peer = await login(world.users.peer);
  clinician = await login(world.users.clinician);
  other = await login(world.users.otherSpecialist);
  const person = await specialist.post("/api/participants", { firstName: "Camille", lastName: "Martin", referralDate: "2026-01-10", peerSupporterId: world.users.peer.id });
  expect(person.status).toBe(201);
  personId = person.body.id;
});
afterAll(async () => t?.close());

describe("job search plan", () => {
  it("reads version 0 and an empty plan before the first save", async () => {
    const res = await specialist.get(`/api/participants/${personId}/job-search-plan`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      participantId: personId,
      version: 0,
      data: { targetJobs: [], targetEmployers: [], steps: [], notes: "" },
      savedAt: null,
      savedBy: null,
    });
  });

  it("saves a plan as version 1, reads it back, and puts the save on the timeline", async () => {
    const saved = await specialist.put(`/api/participants/${personId}/job-search-plan`, { version: 0, data: planData() });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, savedBy: "User specialist", savedAt: "2026-03-10T09:00:00.000Z" });
    expect(saved.body.data.steps[1]).toMatchObject({ status: "done", doneOn: "2026-03-09", ownerName: "" });
    const read = await peer.get(`/api/participants/${personId}/job-search-plan`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(saved.body);
    const timeline = await specialist.get(`/api/participants/${personId}/timeline`);
    const event = timeline.body.items.find((e: { type: string }) => e.type === "job_search_plan.saved");
    expect(event.data).toMatchObject({ version: 1, nextReviewDate: "2026-03-24", steps: 1 });
  });

  it("answers a stale version with 409 and the current plan; nothing is overwritten", async () => {
    const ok = await lead.put(`/api/participants/${personId}/job-search-plan`, { version: 1, data: planData({ notes: "Version 2" }) });
    expect(ok.status).toBe(200);
    const stale = await specialistB.put(`/api/participants/${personId}/job-search-plan`, { version: 1, data: planData({ notes: "Perdu ?" }) });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
    expect(stale.body.current).toMatchObject({ version: 2, data: { notes: "Version 2" }, savedBy: "User lead" });
    expect((await specialist.get(`/api/participants/${personId}/job-search-plan`)).body.data.notes).toBe("Version 2");
  });

  it("keeps every version in the history, newest first", async () => {
    const history = await specialist.get(`/api/participants/${personId}/job-search-plan/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it("refuses invalid plans with 400 and field paths", async () => {
    const bad = await specialist.put(`/api/participants/${personId}/job-search-plan`, {
      version: 2,
      data: {
        targetJobs: [{ title: "" }],
        targetEmployers: [{}],
        steps: [{ id: STEP_1, description: "Fait", owner: "participant", status: "done" }],
        nextReviewDate: "2026-02-30",
      },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["data.targetJobs.0.title", "data.targetEmployers.0.name", "data.steps.0.doneOn", "data.nextReviewDate"]));
    expect((await specialist.put(`/api/participants/${personId}/job-search-plan`, { version: 2, data: { targetJobs: [{ title: "X", occupationCode: "Z99" }] } })).status).toBe(400);
    expect((await specialist.put(`/api/participants/${personId}/job-search-plan`, { data: {} })).status).toBe(400);
  });

  it("keeps a registered target employer with its register name; one of another program is refused with 422", async () => {
    const mine = await specialist.post("/api/employers", { name: "Boulangerie Dupont" });
    const theirs = await other.post("/api/employers", { name: "Brasserie de Liège" });
    const saved = await specialist.put(`/api/participants/${personId}/job-search-plan`, {
      version: 2,
      data: planData({ targetEmployers: [{ employerId: mine.body.id }, { name: "Chez Paul" }] }),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.data.targetEmployers).toEqual([{ employerId: mine.body.id, name: "Boulangerie Dupont" }, { name: "Chez Paul" }]);
    const refused = await specialist.put(`/api/participants/${personId}/job-search-plan`, {
      version: 3,
      data: planData({ targetEmployers: [{ name: "Chez Paul" }, { employerId: theirs.body.id }] }),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([{ path: "data.targetEmployers.1.employerId", message: "Cet employeur n'existe pas dans le dispositif." }]);
    expect((await specialist.get(`/api/participants/${personId}/job-search-plan`)).body.version).toBe(3);
  });

  it("lets the peer who accompanies the person read, not write; clinicians get 403, another program 404", async () => {
    expect((await peer.put(`/api/participants/${personId}/job-search-plan`, { version: 3, data: planData() })).status).toBe(403);
    expect((await clinician.get(`/api/participants/${personId}/job-search-plan`)).status).toBe(404);
    expect((await other.get(`/api/participants/${personId}/job-search-plan`)).status).toBe(404);
    expect((await other.put(`/api/participants/${personId}/job-search-plan`, { version: 3, data: planData() })).status).toBe(404);
    expect((await other.get(`/api/participants/${personId}/job-search-plan/history`)).status).toBe(404);
  });

  it("audits the reads", async () => {
    const audit = await lead.get(`/api/audit?participantId=${personId}&limit=200`);
    expect(audit.status).toBe(200);
    const reads = audit.body.items.filter((a: { recordType: string; action: string }) => a.recordType === "job_search_plan" && a.action.startsWith("read"));
    expect(reads.length).toBeGreaterThanOrEqual(3);
  });
});
