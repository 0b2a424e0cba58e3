import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { applications, events, jobs } from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

// 10:00 in Paris on 10 March 2026. The SMIC horaire brut is 12.02 EUR from January 2026, 12.31 EUR from June 2026.
const clock = fixedClock("2026-03-10T09:00:00Z");
let t: TestApp;
let world: World;
let specialist: ApiClient;
let lead: ApiClient;
let peer: ApiClient;
let clinician: ApiClient;
let other: ApiClient;

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
  lead = await new ApiClient(t.baseUrl).login(world.users.team_lead.email, PASSWORD);
  peer = await new ApiClient(t.baseUrl).login(world.users.peer.email, PASSWORD);
  clinician = await new ApiClient(t.baseUrl).login(world.users.clinician.email, PASSWORD);
  other = await new ApiClient(t.baseUrl).login(world.users.otherSpecialist.email, PASSWORD);
});
afterAll(async () => t?.close());

const newPerson = async (status?: string, client = specialist, programId = world.program1) => {
  const res = await client.post("/api/participants", { programId, firstName: "Camille", lastName: `Test${newId().slice(-6)}`, referralDate: "2026-01-05", peerSupporterId: programId === world.program1 ? world.users.peer.id : null });
  expect(res.status).toBe(201);
  if (!status) return res.body as { id: string; version: number };
  const moved = await client.patch(`/api/participants/${res.body.id}`, { version: res.body.version, status });
  expect(moved.status).toBe(200);
  return moved.body as { id: string; version: number };
};

const base = { employerName: "Boulangerie Dupont", title: "Vendeuse", startDate: "2026-03-02", contract: "cdi", hoursPerWeek: 20, hourlyGrossWage: 12.5 };

const hire = async (personId: string, over: Record<string, unknown> = {}) => {
  const res = await specialist.post(`/api/participants/${personId}/jobs`, { ...base, ...over });
  expect(res.status).toBe(201);
  return res.body;
};

const statusOf = async (personId: string) => (await specialist.get(`/api/participants/${personId}`)).body.status as string;

describe("recording a job", () => {
  it("creates a job, moves the person to working in the same write, and asks for a benefits review", async () => {
    const person = await newPerson("job_search");
    const result = await hire(person.id);
    expect(result.statusChange).toEqual({ from: "job_search", to: "working" });
    expect(result.proposal).toBeNull();
    expect(result.benefitsReview).toEqual(["job_start"]);
    expect(result.job).toMatchObject({ title: "Vendeuse", employerName: "Boulangerie Dupont", contract: "cdi", version: 1, endDate: null });
    expect(result.job.competitiveness).toMatchObject({ competitive: true, derived: "competitive", minimumWage: 12.02 });
    expect(await statusOf(person.id)).toBe("working");
    const types = (await t.database.db.select({ type: events.type }).from(events).where(eq(events.participantId, person.id))).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["job.started", "participant.status_changed"]));
    const list = await specialist.get(`/api/participants/${person.id}/jobs`);
    expect(list.body.total).toBe(1);
    expect((await specialist.get(`/api/jobs/${result.job.id}`)).body.id).toBe(result.job.id);
  });

  it("keeps overlapping episodes, ongoing first; a second job of a working person changes nothing", async () => {
    const person = await newPerson("job_search");
    const first = await hire(person.id, { startDate: "2025-09-01", endDate: "2025-12-31", endReason: "end_of_contract", endedBy: "employer", contract: "cdd" });
    expect(first.statusChange).toBeNull();
    expect(first.benefitsReview).toEqual([]);
    const second = await hire(person.id, { startDate: "2026-02-01" });
    const third = await hire(person.id, { title: "Plonge", startDate: "2026-03-01", hoursPerWeek: 10 });
    expect(second.statusChange).toEqual({ from: "job_search", to: "working" });
    expect(third.statusChange).toBeNull();
    const list = await specialist.get(`/api/participants/${person.id}/jobs`);
    expect(list.body.items.map((j: { id: string }) => j.id)).toEqual([third.job.id, second.job.id, first.job.id]);
  });

  it("does not move the person before the job starts", async () => {
    const person = await newPerson("job_search");
    const result = await hire(person.id, { startDate: "2026-04-01" });
    expect(result.statusChange).toBeNull();
    expect(await statusOf(person.id)).toBe("job_search");
  });

  it("refuses bad input with 400 and field paths", async () => {
    const person = await newPerson();
    const bad = await specialist.post(`/api/participants/${person.id}/jobs`, { ...base, employerName: "", hoursPerWeek: 80, contract: "stage" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["contract", "hoursPerWeek"]);
    const noEmployer = await specialist.post(`/api/participants/${person.id}/jobs`, { ...base, employerName: "" });
    expect(noEmployer.status).toBe(400);
    expect(noEmployer.body.error.fields).toEqual([{ path: "employerName", message: "Champ obligatoire." }]);
    const override = await specialist.post(`/api/participants/${person.id}/jobs`, { ...base, competitiveOverride: { competitive: true, reason: "" } });
    expect(override.status).toBe(400);
    expect((await specialist.get(`/api/participants/${person.id}/jobs`)).body.total).toBe(0);
  });

  it("takes the employer from the register (its setting counts) and refuses one of another program with 422", async () => {
    const person = await newPerson("job_search");
    const ea = (await specialist.post("/api/employers", { name: "Atelier Adapté", setting: "entreprise_adaptee" })).body;
    const result = await hire(person.id, { employerId: ea.id, employerName: "" });
    expect(result.job).toMatchObject({ employerId: ea.id, employerName: "Atelier Adapté", employerSetting: "entreprise_adaptee" });
    expect(result.job.competitiveness).toMatchObject({ competitive: false, reasons: ["not_ordinary_employer", "at_least_minimum_wage"] });
    const foreign = (await other.post("/api/employers", { name: "Employeur belge" })).body;
    const refused = await specialist.post(`/api/participants/${person.id}/jobs`, { ...base, employerId: foreign.id });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([{ path: "employerId", message: "Cet employeur n'existe pas dans le dispositif." }]);
  });

  it("links the hire to the person's application, and refuses someone else's application with 422", async () => {
    const person = await newPerson("job_search");
    const stranger = await newPerson("job_search");
    const applicationId = newId();
    await t.database.db.insert(applications).values({ id: applicationId, programId: world.program1, participantId: person.id, title: "Vendeuse", status: "hired" });
    const refused = await specialist.post(`/api/participants/${stranger.id}/jobs`, { ...base, applicationId });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields[0].path).toBe("applicationId");
    const result = await hire(person.id, { applicationId });
    expect(result.job.applicationId).toBe(applicationId);
    const [row] = await t.database.db.select({ jobId: applications.jobId }).from(applications).where(eq(applications.id, applicationId));
    expect(row.jobId).toBe(result.job.id);
  });
});

describe("competitiveness through the API", () => {
  it.each([
    ["a CDI at the SMIC exactly", { hourlyGrossWage: 12.02 }, "competitive", true],
    ["a cent below the SMIC", { hourlyGrossWage: 12.01 }, "not_competitive", false],
    ["12.10 EUR in May (SMIC 12.02)", { hourlyGrossWage: 12.1, startDate: "2026-05-04" }, "competitive", true],
    ["12.10 EUR in June (SMIC 12.31)", { hourlyGrossWage: 12.1, startDate: "2026-06-01" }, "not_competitive", false],
    ["ESAT whatever the pay", { contract: "esat", hourlyGrossWage: 13 }, "not_competitive", false],
    ["interim at the SMIC", { contract: "interim", hourlyGrossWage: 12.02 }, "competitive", true],
    ["no wage recorded", { hourlyGrossWage: null }, "unknown", false],
  ] as const)("%s", async (_label, over, derived, competitive) => {
    const person = await newPerson();
    const { job } = await hire(person.id, over);
    expect(job.competitiveness).toMatchObject({ derived, competitive, overridden: false });
  });

  it("lets the team override with a reason, and withdraw the override", async () => {
    const person = await newPerson();
    const { job } = await hire(person.id, { hourlyGrossWage: 11.5, competitiveOverride: { competitive: true, reason: "Taux de la convention collective" } });
    expect(job.competitiveness).toMatchObject({ competitive: true, derived: "not_competitive", overridden: true, overrideReason: "Taux de la convention collective" });
    const cleared = await specialist.patch(`/api/jobs/${job.id}`, { version: 1, competitiveOverride: null });
    expect(cleared.body.job.competitiveness).toMatchObject({ competitive: false, overridden: false, overrideReason: null });
  });

  it("has no minimum wage for a Belgian program: an ordinary job stays unknown", async () => {
    const person = await newPerson(undefined, other, world.program2);
    const res = await other.post(`/api/participants/${person.id}/jobs`, base);
    expect(res.status).toBe(201);
    expect(res.body.job.competitiveness).toMatchObject({ derived: "unknown", competitive: false, minimumWage: null });
  });
});

describe("editing and ending a job", () => {
  it("corrects hours and pay with versions (409 when stale) and asks for a benefits review", async () => {
    const person = await newPerson("job_search");
    const { job } = await hire(person.id);
    const ok = await specialist.patch(`/api/jobs/${job.id}`, { version: 1, hoursPerWeek: 24, hourlyGrossWage: 13 });
    expect(ok.status).toBe(200);
    expect(ok.body.benefitsReview).toEqual(["hours_change", "pay_change"]);
    expect(ok.body.job.version).toBe(2);
    const stale = await lead.patch(`/api/jobs/${job.id}`, { version: 1, title: "Autre" });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2, hoursPerWeek: 24 });
    const same = await specialist.patch(`/api/jobs/${job.id}`, { version: 2, hoursPerWeek: 24, disclosure: { level: "none", details: "" } });
    expect(same.body.job.version).toBe(2);
    const bad = await specialist.patch(`/api/jobs/${job.id}`, { version: 2, startDate: "2026-12-01", plannedEndDate: "2026-06-30" });
    expect(bad.status).toBe(400);
  });

  it("ends the only job: a job search is proposed, never applied; the end is dated today", async () => {
    const person = await newPerson("job_search");
    const { job } = await hire(person.id);
    const incomplete = await specialist.patch(`/api/jobs/${job.id}`, { version: 1, endDate: "2026-03-09" });
    expect(incomplete.status).toBe(400);
    const ended = await specialist.patch(`/api/jobs/${job.id}`, { version: 1, endDate: "2026-03-09", endReason: "resigned", endedBy: "person", endNote: "Trop loin" });
    expect(ended.status).toBe(200);
    expect(ended.body.proposal).toEqual({ status: "job_search", reason: "job_ended" });
    expect(ended.body.statusChange).toBeNull();
    expect(ended.body.job).toMatchObject({ endDate: "2026-03-09", endReason: "resigned", endedBy: "person" });
    expect(await statusOf(person.id)).toBe("working");
    const [row] = await t.database.db.select({ endRecordedOn: jobs.endRecordedOn }).from(jobs).where(eq(jobs.id, job.id));
    expect(row.endRecordedOn).toBe("2026-03-10");
    const beforeStart = await specialist.patch(`/api/jobs/${job.id}`, { version: 2, endDate: "2026-03-01", endReason: "resigned", endedBy: "person" });
    expect(beforeStart.status).toBe(400);
    expect(beforeStart.body.error.fields[0]).toEqual({ path: "endDate", message: "La fin ne peut pas précéder le début." });
  });

  it("proposes nothing while another job goes on", async () => {
    const person = await newPerson("job_search");
    const { job } = await hire(person.id);
    await hire(person.id, { title: "Plonge" });
    const ended = await specialist.patch(`/api/jobs/${job.id}`, { version: 1, endDate: "2026-03-09", endReason: "dismissed", endedBy: "employer" });
    expect(ended.body.proposal).toBeNull();
  });

  it("re-opens an ending recorded by mistake: reason, author and recorded day are cleared, the person is working again", async () => {
    const person = await newPerson("job_search");
    const { job } = await hire(person.id);
    await specialist.patch(`/api/jobs/${job.id}`, { version: 1, endDate: "2026-03-09", endReason: "laid_off", endedBy: "employer" });
    const status = await specialist.get(`/api/participants/${person.id}`);
    await specialist.patch(`/api/participants/${person.id}`, { version: status.body.version, status: "job_search" });
    const reopened = await specialist.patch(`/api/jobs/${job.id}`, { version: 2, endDate: null });
    expect(reopened.status).toBe(200);
    expect(reopened.body.job).toMatchObject({ endDate: null, endReason: null, endedBy: null });
    expect(reopened.body.statusChange).toEqual({ from: "job_search", to: "working" });
    const [row] = await t.database.db.select({ endRecordedOn: jobs.endRecordedOn }).from(jobs).where(eq(jobs.id, job.id));
    expect(row.endRecordedOn).toBeNull();
    const types = (await t.database.db.select({ type: events.type }).from(events).where(eq(events.participantId, person.id))).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["job.started", "job.ended", "job.end_cancelled"]));
  });
});

describe("access", () => {
  it("lets a peer read the jobs of a person they accompany, never write; a clinician gets 403; another program 404", async () => {
    const person = await newPerson("job_search");
    const { job } = await hire(person.id);
    expect((await peer.get(`/api/participants/${person.id}/jobs`)).status).toBe(200);
    expect((await peer.get(`/api/jobs/${job.id}`)).status).toBe(200);
    expect((await peer.post(`/api/participants/${person.id}/jobs`, base)).status).toBe(403);
    expect((await peer.patch(`/api/jobs/${job.id}`, { version: 1, title: "X" })).status).toBe(403);
    expect((await clinician.get(`/api/participants/${person.id}/jobs`)).status).toBe(404);
    expect((await other.get(`/api/jobs/${job.id}`)).status).toBe(404);
    expect((await other.patch(`/api/jobs/${job.id}`, { version: 1, title: "X" })).status).toBe(404);
    expect((await other.post(`/api/participants/${person.id}/jobs`, base)).status).toBe(404);
    expect((await specialist.get(`/api/jobs/${newId()}`)).status).toBe(404);
  });
});
