import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { events, participants } from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

// 10:00 in Paris on 20 March 2026.
const clock = fixedClock("2026-03-20T09:00:00Z");
let t: TestApp;
let world: World;
let specialist: ApiClient;
let lead: ApiClient;
let peer: ApiClient;
let other: ApiClient;

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
  lead = await new ApiClient(t.baseUrl).login(world.users.team_lead.email, PASSWORD);
  peer = await new ApiClient(t.baseUrl).login(world.users.peer.email, PASSWORD);
  other = await new ApiClient(t.baseUrl).login(world.users.otherSpecialist.email, PASSWORD);
});
afterAll(async () => t?.close());

const coaching = newId();
const supervisor = newId();
const reminders = newId();
const planData = {
  chosenWithPersonOn: "2026-03-02",
  nextReviewDate: "2026-06-02",
  notes: "Choisi avec Camille",
  supports: [
    { id: coaching, kind: "on_site_coaching", provider: "specialist", frequency: "weekly", description: "Sur place le lundi" },
    { id: supervisor, kind: "supervisor_meetings", provider: "specialist", frequency: "monthly" },
    { id: reminders, kind: "reminders", provider: "coworker", providerName: "Léa", frequency: "daily" },
  ],
};

const newJob = async () => {
  const person = await specialist.post("/api/participants", { programId: world.program1, firstName: "Camille", lastName: "Suivi", referralDate: "2026-01-05", peerSupporterId: world.users.peer.id });
  const job = await specialist.post(`/api/participants/${person.body.id}/jobs`, { employerName: "Café", title: "Serveuse", startDate: "2026-03-02", contract: "cdd", hourlyGrossWage: 12.02 });
  expect(job.status).toBe(201);
  return { personId: person.body.id as string, jobId: job.body.job.id as string };
};

const contact = { date: "2026-03-09", durationMinutes: 45, mode: "in_person", place: "community", withWhom: ["participant", "employer"], phase: "follow_along", notes: "Point avec la responsable" };

describe("support plan", () => {
  it("starts empty at version 0, saves versions, and answers 409 to a stale save", async () => {
    const { jobId } = await newJob();
    const empty = await specialist.get(`/api/jobs/${jobId}/support-plan`);
    expect(empty.body).toMatchObject({ jobId, version: 0, data: { supports: [] }, savedAt: null });
    const saved = await specialist.put(`/api/jobs/${jobId}/support-plan`, { version: 0, data: planData });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, savedBy: "User specialist" });
    expect(saved.body.data.supports).toHaveLength(3);
    const stale = await lead.put(`/api/jobs/${jobId}/support-plan`, { version: 0, data: { supports: [] } });
    expect(stale.status).toBe(409);
    expect(stale.body.current.version).toBe(1);
    const next = await lead.put(`/api/jobs/${jobId}/support-plan`, { version: 1, data: { ...planData, notes: "Revu" } });
    expect(next.body.version).toBe(2);
    expect((await peer.get(`/api/jobs/${jobId}/support-plan`)).body.data.notes).toBe("Revu");
  });

  it("refuses bad supports with 400 (end before start, duplicate ids) and peers' and other programs' writes", async () => {
    const { jobId } = await newJob();
    const bad = await specialist.put(`/api/jobs/${jobId}/support-plan`, {
      version: 0,
      data: { supports: [{ id: coaching, kind: "reminders", provider: "family", frequency: "daily", startDate: "2026-03-10", endDate: "2026-03-01" }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe("data.supports.0.endDate");
    const twice = await specialist.put(`/api/jobs/${jobId}/support-plan`, { version: 0, data: { supports: [planData.supports[0], planData.supports[0]] } });
    expect(twice.status).toBe(400);
    expect((await peer.put(`/api/jobs/${jobId}/support-plan`, { version: 0, data: planData })).status).toBe(403);
    expect((await other.put(`/api/jobs/${jobId}/support-plan`, { version: 0, data: planData })).status).toBe(404);
    expect((await other.get(`/api/jobs/${jobId}/support-plan`)).status).toBe(404);
  });
});

describe("support contacts", () => {
  it("logs a participant contact and its link in one write; the log gives each support's last date and rhythm", async () => {
    const { personId, jobId } = await newJob();
    await specialist.put(`/api/jobs/${jobId}/support-plan`, { version: 0, data: planData });
    const logged = await specialist.post(`/api/jobs/${jobId}/support-contacts`, { contact: { ...contact, phase: "job_search" }, supportIds: [coaching, supervisor] });
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({ jobId, date: "2026-03-09", supportIds: [coaching, supervisor] });
    expect(logged.body.contact).toMatchObject({ phase: "follow_along", mode: "in_person", durationMinutes: 45, authorName: "User specialist" });
    const contacts = await specialist.get(`/api/participants/${personId}/contacts`);
    expect(contacts.body.items.map((c: { id: string }) => c.id)).toEqual([logged.body.contactId]);
    const [person] = await t.database.db.select({ last: participants.lastContactDate }).from(participants).where(eq(participants.id, personId));
    expect(person.last).toBe("2026-03-09");
    const types = (await t.database.db.select({ type: events.type }).from(events).where(eq(events.participantId, personId))).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["contact.logged", "support_contact.logged", "support_plan.saved"]));

    const log = await peer.get(`/api/jobs/${jobId}/support-contacts`);
    expect(log.status).toBe(200);
    expect(log.body.total).toBe(1);
    const activity = Object.fromEntries(log.body.supportActivity.map((a: { supportId: string }) => [a.supportId, a]));
    // Weekly coaching last given on 9 March is due by the 16th: overdue on the 20th. Monthly meetings are due by 9 April.
    expect(activity[coaching]).toMatchObject({ lastDate: "2026-03-09", count: 1, dueBy: "2026-03-16", overdue: true });
    expect(activity[supervisor]).toMatchObject({ lastDate: "2026-03-09", dueBy: "2026-04-09", overdue: false });
    expect(activity[reminders]).toMatchObject({ lastDate: null, count: 0, dueBy: null, overdue: false });
  });

  it("refuses a support that is not in the job's current plan with 422, and saves nothing", async () => {
    const { personId, jobId } = await newJob();
    const noPlan = await specialist.post(`/api/jobs/${jobId}/support-contacts`, { contact, supportIds: [coaching] });
    expect(noPlan.status).toBe(422);
    await specialist.put(`/api/jobs/${jobId}/support-plan`, { version: 0, data: planData });
    const unknown = await specialist.post(`/api/jobs/${jobId}/support-contacts`, { contact, supportIds: [coaching, newId()] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields).toEqual([{ path: "supportIds.1", message: "Ce soutien ne fait pas partie du plan de soutien de cet emploi." }]);
    expect((await specialist.get(`/api/participants/${personId}/contacts`)).body.total).toBe(0);
    expect((await specialist.post(`/api/jobs/${jobId}/support-contacts`, { contact, supportIds: [] })).status).toBe(400);
    expect((await peer.post(`/api/jobs/${jobId}/support-contacts`, { contact, supportIds: [coaching] })).status).toBe(403);
    expect((await other.get(`/api/jobs/${jobId}/support-contacts`)).status).toBe(404);
  });
});
