import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/db/schema/index";
import { insertJob } from "../src/modules/jobs/jobs.repository";
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

const person = (): Promise<string> => createSharedPerson(t, world, lead, { firstName: "Semaine" });

const jobOf = async (participantId: string): Promise<string> => {
  const id = newId();
  await insertJob(t.database.db, {
    id, programId: world.program1, participantId, employerName: "Boulangerie Dupain", title: "Vendeur·se", startDate: "2026-10-05", contract: "cdi", disclosure: { level: "none", details: "" },
  });
  return id;
};

const week = (extra: Record<string, unknown> = {}) => ({
  label: "Avant la reprise",
  validFrom: "2026-09-07",
  activities: [
    { day: 0, start: "09:00", end: "12:00", category: "job_search", label: "Recherche d'emploi à la médiathèque" },
    { day: 0, start: "12:00", end: "13:00", category: "meals" },
    { day: 2, start: "14:00", end: "15:00", category: "care", label: "Rendez-vous au CMP" },
  ],
  answers: { bedtime: "Vers 23 h, je voudrais 22 h 30.", wakingUp: "Le réveil du téléphone, et ma sœur m'appelle." },
  ...extra,
});

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await login("specialist");
  lead = await login("team_lead");
});
afterAll(async () => t?.close());

describe("POST /api/participants/:id/routines", () => {
  it("saves a version with the manual's default hours, and a timeline event of ids and counts only", async () => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/routines`, week());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      participantId: id, label: "Avant la reprise", validFrom: "2026-09-07", jobId: null, job: null, firstHour: 9, lastHour: 22,
      sharedWithCareTeam: false, createdBy: "User specialist",
    });
    expect(res.body.activities).toEqual([
      { day: 0, start: "09:00", end: "12:00", category: "job_search", label: "Recherche d'emploi à la médiathèque" },
      { day: 0, start: "12:00", end: "13:00", category: "meals", label: "" },
      { day: 2, start: "14:00", end: "15:00", category: "care", label: "Rendez-vous au CMP" },
    ]);
    expect(res.body.answers).toEqual({ bedtime: "Vers 23 h, je voudrais 22 h 30.", wakingUp: "Le réveil du téléphone, et ma sœur m'appelle." });

    const timeline = await specialist.get(`/api/participants/${id}/timeline`);
    const event = timeline.body.items.find((e: { type: string }) => e.type === "routine.saved");
    expect(event.data).toEqual({ routineId: res.body.id, change: "version", validFrom: "2026-09-07", activities: 3, answers: 2, withJob: false, sharedWithCareTeam: false });
    // None of the person's words reach the timeline.
    expect(JSON.stringify(event.data)).not.toMatch(/Avant|médiathèque|CMP|23 h/);
  });

  it("saves a version built around the person's job, with an adjusted grid, and names the job", async () => {
    const id = await person();
    const jobId = await jobOf(id);
    const res = await specialist.post(`/api/participants/${id}/routines`, week({
      label: "Avec l'emploi", validFrom: "2026-10-05", jobId, firstHour: 6, lastHour: 23,
      activities: [{ day: 1, start: "06:00", end: "13:00", category: "work", label: "Boulangerie" }],
    }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ jobId, job: { title: "Vendeur·se", employerName: "Boulangerie Dupain", startDate: "2026-10-05" }, firstHour: 6, lastHour: 23 });
  });

  it.each([
    ["an end before the start", { activities: [{ day: 0, start: "11:00", end: "10:00", category: "work" }] }, [
      { path: "activities.0.end", message: "L'heure de fin doit être après l'heure de début." },
    ]],
    ["a quarter past", { activities: [{ day: 0, start: "09:15", end: "10:00", category: "work" }] }, [
      { path: "activities.0.start", message: "Les activités commencent et finissent à l'heure pile ou à la demi-heure." },
    ]],
    ["a time outside the grid", { activities: [{ day: 6, start: "20:00", end: "23:00", category: "leisure" }] }, [
      { path: "activities.0.end", message: "Cette heure est en dehors des heures de la grille : élargissez la grille ou changez l'heure." },
    ]],
    ["two activities overlapping on a Wednesday, both named", {
      activities: [
        { day: 2, start: "09:00", end: "12:00", category: "work" },
        { day: 3, start: "09:00", end: "12:00", category: "work" },
        { day: 2, start: "11:30", end: "13:00", category: "meals" },
      ],
    }, [
      { path: "activities.0", message: "Cette activité chevauche une autre activité du même jour." },
      { path: "activities.2", message: "Cette activité chevauche une autre activité du même jour." },
    ]],
    ["hours in the wrong order", { firstHour: 20, lastHour: 8, activities: [] }, [
      { path: "lastHour", message: "La dernière heure de la grille doit être après la première." },
    ]],
    ["another person's job", { jobId: "other" }, [{ path: "jobId", message: "Cet emploi n'est pas un emploi de cette personne." }]],
  ])("refuses %s with 422 naming the fields, and saves nothing", async (_label, extra, fields) => {
    const id = await person();
    const body = "jobId" in extra ? week({ jobId: await jobOf(await person()) }) : week(extra);
    const res = await specialist.post(`/api/participants/${id}/routines`, body);
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual(fields);
    expect((await specialist.get(`/api/participants/${id}/routines`)).body.items).toEqual([]);
  });

  it.each([
    ["an empty label", { label: "   " }, "label"],
    ["an unknown category", { activities: [{ day: 0, start: "09:00", end: "10:00", category: "sport" }] }, "activities.0.category"],
    ["a day 7", { activities: [{ day: 7, start: "09:00", end: "10:00", category: "work" }] }, "activities.0.day"],
    ["a time written 9:00", { activities: [{ day: 0, start: "9:00", end: "10:00", category: "work" }] }, "activities.0.start"],
    ["a grid to 25h", { lastHour: 25 }, "lastHour"],
    ["an unknown question", { answers: { favouriteColour: "bleu" } }, "answers"],
    ["an answer too long", { answers: { bedtime: "x".repeat(2_001) } }, "answers.bedtime"],
    ["a bad date", { validFrom: "2026-02-30" }, "validFrom"],
    ["a label too long", { activities: [{ day: 0, start: "09:00", end: "10:00", category: "work", label: "x".repeat(81) }] }, "activities.0.label"],
  ])("refuses %s with 400 and the field path", async (_label, extra, path) => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/routines`, week(extra));
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it("refuses more activities than a week holds (400), and a body over 256 KB (413)", async () => {
    const id = await person();
    const many = Array.from({ length: 337 }, (_, i) => ({ day: i % 7, start: "09:00", end: "09:30", category: "rest" }));
    expect((await specialist.post(`/api/participants/${id}/routines`, week({ activities: many }))).status).toBe(400);
    const huge = await specialist.post(`/api/participants/${id}/routines`, week({ label: "x".repeat(300_000) }));
    expect(huge.status).toBe(413);
  });

  it("answers in English", async () => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/routines`, week({ activities: [{ day: 0, start: "11:00", end: "10:00", category: "work" }] }), { "accept-language": "en" });
    expect(res.body.error.fields).toEqual([{ path: "activities.0.end", message: "The end time must be after the start time." }]);
  });
});

describe("GET /api/participants/:id/routines and GET /api/routines/:id", () => {
  it("lists the versions newest first, and audits each read", async () => {
    const id = await person();
    const first = (await specialist.post(`/api/participants/${id}/routines`, week())).body;
    const second = (await specialist.post(`/api/participants/${id}/routines`, week({ label: "Avec l'emploi", validFrom: "2026-10-05" }))).body;
    const third = (await specialist.post(`/api/participants/${id}/routines`, week({ label: "Correction", validFrom: "2026-10-05" }))).body;
    const res = await specialist.get(`/api/participants/${id}/routines`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((r: { id: string }) => r.id)).toEqual([third.id, second.id, first.id]);
    const one = await specialist.get(`/api/routines/${first.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(first);
    const audits = await t.database.db.select({ action: auditLog.action, recordId: auditLog.recordId }).from(auditLog).where(and(eq(auditLog.participantId, id), eq(auditLog.recordType, "routine")));
    expect(audits.filter((a) => a.action === "create")).toHaveLength(3);
    expect(audits.filter((a) => a.action === "read").map((a) => a.recordId)).toEqual(expect.arrayContaining([id, first.id]));
  });

  it("answers 404 for an unknown version", async () => {
    expect((await specialist.get(`/api/routines/${newId()}`)).status).toBe(404);
  });
});

describe("sharing with the care team (PATCH /api/routines/:id)", () => {
  it("shows a clinician the shared versions only; sharing and unsharing take effect at once and are journaled once", async () => {
    const id = await person();
    const kept = (await specialist.post(`/api/participants/${id}/routines`, week())).body;
    const shared = (await specialist.post(`/api/participants/${id}/routines`, week({ label: "Partagée", validFrom: "2026-10-01", sharedWithCareTeam: true }))).body;
    const clinician = await login("clinician");
    expect((await clinician.get(`/api/participants/${id}/routines`)).body.items.map((r: { id: string }) => r.id)).toEqual([shared.id]);
    expect((await clinician.get(`/api/routines/${shared.id}`)).status).toBe(200);
    expect((await clinician.get(`/api/routines/${kept.id}`)).status).toBe(404);

    const on = await specialist.patch(`/api/routines/${kept.id}`, { sharedWithCareTeam: true });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ id: kept.id, sharedWithCareTeam: true, activities: kept.activities });
    expect((await specialist.patch(`/api/routines/${kept.id}`, { sharedWithCareTeam: true })).status).toBe(200);
    expect((await clinician.get(`/api/participants/${id}/routines`)).body.items).toHaveLength(2);

    expect((await specialist.patch(`/api/routines/${shared.id}`, { sharedWithCareTeam: false })).body.sharedWithCareTeam).toBe(false);
    expect((await clinician.get(`/api/routines/${shared.id}`)).status).toBe(404);
    expect((await clinician.get(`/api/participants/${id}/routines`)).body.items.map((r: { id: string }) => r.id)).toEqual([kept.id]);

    // Two real changes (the repeated request wrote nothing), as the practice tools' one sharing event.
    const events = (await specialist.get(`/api/participants/${id}/timeline`)).body.items.filter((e: { type: string }) => e.type === "practice.sharing_changed");
    expect(events.map((e: { data: unknown }) => e.data)).toEqual([
      { tool: "routine", recordId: shared.id, sharedWithCareTeam: false },
      { tool: "routine", recordId: kept.id, sharedWithCareTeam: true },
    ]);
  });

  it.each([
    ["a missing flag", {}],
    ["a version number only", { version: 1 }],
    ["a string", { sharedWithCareTeam: "yes" }],
  ])("refuses %s with 400", async (_label, body) => {
    const id = await person();
    const routine = (await specialist.post(`/api/participants/${id}/routines`, week())).body;
    expect((await specialist.patch(`/api/routines/${routine.id}`, body)).status).toBe(400);
  });

  it("is refused to a clinician (403), even on a shared version", async () => {
    const id = await person();
    const routine = (await specialist.post(`/api/participants/${id}/routines`, week({ sharedWithCareTeam: true }))).body;
    const clinician = await login("clinician");
    expect((await clinician.patch(`/api/routines/${routine.id}`, { sharedWithCareTeam: false })).status).toBe(403);
    expect((await clinician.post(`/api/participants/${id}/routines`, week())).status).toBe(403);
  });
});

describe("scope", () => {
  it("lets the accompanying peer work on the week; hides it from another program, another service and an unaccompanied person", async () => {
    const id = await person();
    const routine = (await specialist.post(`/api/participants/${id}/routines`, week({ sharedWithCareTeam: true }))).body;
    const peer = await login("peer");
    expect((await peer.post(`/api/participants/${id}/routines`, week({ label: "Avec le pair-aidant" }))).status).toBe(201);
    expect((await peer.get(`/api/participants/${id}/routines`)).body.items).toHaveLength(2);
    expect((await peer.patch(`/api/routines/${routine.id}`, { sharedWithCareTeam: false })).status).toBe(200);

    const other = await login("otherSpecialist");
    expect((await other.get(`/api/participants/${id}/routines`)).status).toBe(404);
    expect((await other.get(`/api/routines/${routine.id}`)).status).toBe(404);
    expect((await other.patch(`/api/routines/${routine.id}`, { sharedWithCareTeam: true })).status).toBe(404);

    await specialist.patch(`/api/routines/${routine.id}`, { sharedWithCareTeam: true });
    const clinicianOther = await login("clinicianOther");
    expect((await clinicianOther.get(`/api/participants/${id}/routines`)).status).toBe(404);
    expect((await clinicianOther.get(`/api/routines/${routine.id}`)).status).toBe(404);

    const notAccompanied = (await lead.post("/api/participants", { programId: world.program1, firstName: "Autre", lastName: `P${newId().slice(-6)}`, referralDate: "2026-09-01" })).body.id;
    const hidden = (await specialist.post(`/api/participants/${notAccompanied}/routines`, week())).body;
    expect((await peer.get(`/api/routines/${hidden.id}`)).status).toBe(404);
    expect((await (await login("network")).get(`/api/routines/${routine.id}`)).status).toBe(404);
  });
});
