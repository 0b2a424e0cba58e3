import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openings } from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

// 10:00 in Paris on 10 March 2026.
const clock = fixedClock("2026-03-10T09:00:00Z");
let t: TestApp;
let world: World;
let specialist: ApiClient;
let peer: ApiClient;
let clinician: ApiClient;
let other: ApiClient;
let personId: string;
let employerId: string;
let otherEmployerId: string;
let openingId: string;
let otherOpeningId: string;

type App = { id: string; version: number; status: string; history: { status: string; date: string; reason: string | null; note: string }[] };

const insertOpening = async (programId: string, employer: string, title: string) => {
  const id = newId();
  await t.database.db.insert(openings).values({ id, programId, employerId: employer, title, searchTitle: title.toLowerCase(), source: "job_development" });
  return id;
};

const create = async (body: Record<string, unknown>): Promise<App> => {
  const res = await specialist.post(`/api/participants/${personId}/applications`, { date: "2026-03-01", ...body });
  expect(res.status).toBe(201);
  return res.body;
};

const move = (app: App, body: Record<string, unknown>, client = specialist) =>
  client.post(`/api/applications/${app.id}/status`, { version: app.version, ...body });

/** Moves an application through steps, each expected to succeed; returns the last state. */
const walk = async (app: App, steps: Record<string, unknown>[]): Promise<App> => {
  let current = app;
  for (const step of steps) {
    const res = await move(current, step);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    current = res.body;
  }
  return current;
};

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  const login = (u: { email: string }) => new ApiClient(t.baseUrl).login(u.email, PASSWORD);
  specialist = await login(world.users.specialist);
  peer = await login(world.users.peer);
  clinician = await login(world.users.clinician);
  other = await login(world.users.otherSpecialist);
  const person = await specialist.post("/api/participants", { firstName: "Camille", lastName: "Martin", referralDate: "2026-01-10", peerSupporterId: world.users.peer.id });
  personId = person.body.id;
  employerId = (await specialist.post("/api/employers", { name: "Hôtel Les Terrasses" })).body.id;
  otherEmployerId = (await other.post("/api/employers", { name: "Brasserie du Carré" })).body.id;
  openingId = await insertOpening(world.program1, employerId, "Femme / valet de chambre");
  otherOpeningId = await insertOpening(world.program2, otherEmployerId, "Plongeur");
});
afterAll(async () => t?.close());

describe("creating applications", () => {
  it("creates from an opening: the opening's employer and title fill what is missing", async () => {
    const app = await create({ openingId, status: "applied" });
    expect(app).toMatchObject({
      openingId,
      employerId,
      employerName: "Hôtel Les Terrasses",
      title: "Femme / valet de chambre",
      status: "applied",
      history: [{ status: "applied", date: "2026-03-01", reason: null, note: "" }],
      jobId: null,
      version: 1,
      programId: world.program1,
    });
    const titled = await create({ openingId, title: "Valet de chambre (matin)" });
    expect(titled).toMatchObject({ title: "Valet de chambre (matin)", status: "interested" });
  });

  it("creates for a registered employer (its name is kept) or one just named", async () => {
    expect(await create({ employerId, title: "Réceptionniste" })).toMatchObject({ employerId, employerName: "Hôtel Les Terrasses", openingId: null });
    expect(await create({ employerName: "Chez Paul", title: "Plonge" })).toMatchObject({ employerId: null, employerName: "Chez Paul" });
  });

  it("refuses an opening or an employer of another program with 422, and bad input with 400", async () => {
    const opening = await specialist.post(`/api/participants/${personId}/applications`, { openingId: otherOpeningId, date: "2026-03-01" });
    expect(opening.status).toBe(422);
    expect(opening.body.error.fields[0]).toEqual({ path: "openingId", message: "Cette offre n'existe pas dans le dispositif." });
    const employer = await specialist.post(`/api/participants/${personId}/applications`, { employerId: otherEmployerId, title: "X", date: "2026-03-01" });
    expect(employer.status).toBe(422);
    expect(employer.body.error.fields[0].path).toBe("employerId");
    const unknownOpening = await specialist.post(`/api/participants/${personId}/applications`, { openingId: newId(), date: "2026-03-01" });
    expect(unknownOpening.status).toBe(422);
    const missing = await specialist.post(`/api/participants/${personId}/applications`, { date: "2026-03-01" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["employerName", "title"]);
    expect((await specialist.post(`/api/participants/${personId}/applications`, { employerName: "X", title: "Y", date: "2026-03-01", status: "hired" })).status).toBe(400);
    const future = await specialist.post(`/api/participants/${personId}/applications`, { employerName: "X", title: "Y", date: "2026-03-11" });
    expect(future.status).toBe(422);
    expect(future.body.error.fields[0].path).toBe("date");
  });

  it("lists the person's applications newest first and puts creations on the timeline", async () => {
    const list = await peer.get(`/api/participants/${personId}/applications`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(list.body.items.length);
    expect(list.body.items.length).toBeGreaterThanOrEqual(4);
    const timeline = await specialist.get(`/api/participants/${personId}/timeline?limit=100`);
    const created = timeline.body.items.filter((e: { type: string }) => e.type === "application.created");
    expect(created.length).toBe(list.body.items.length);
    expect(created.some((e: { data: { title: string; employerName: string } }) => e.data.title === "Plonge" && e.data.employerName === "Chez Paul")).toBe(true);
  });
});

describe("moving an application forward", () => {
  it("walks interested -> applied -> interview -> interview -> offer -> hired, keeping every dated step", async () => {
    const app = await create({ employerName: "Le Bouchon", title: "Commis" });
    const hired = await walk(app, [
      { status: "applied", date: "2026-03-02" },
      { status: "interview", date: "2026-03-04", note: "Premier entretien" },
      { status: "interview", date: "2026-03-06", note: "Avec le chef" },
      { status: "offer", date: "2026-03-08" },
      { status: "hired", date: "2026-03-09" },
    ]);
    expect(hired.status).toBe("hired");
    expect(hired.version).toBe(6);
    expect(hired.history.map((h) => h.status)).toEqual(["interested", "applied", "interview", "interview", "offer", "hired"]);
    expect(hired.history[3]).toEqual({ status: "interview", date: "2026-03-06", reason: null, note: "Avec le chef" });
    const timeline = await specialist.get(`/api/participants/${personId}/timeline?limit=100`);
    const changed = timeline.body.items.find((e: { type: string; data: { to: string } }) => e.type === "application.status_changed" && e.data.to === "hired");
    expect(changed.data).toMatchObject({ applicationId: app.id, from: "offer", to: "hired", date: "2026-03-09", title: "Commis", employerName: "Le Bouchon" });
    // Hired ends the application.
    const after = await move(hired, { status: "withdrawn", date: "2026-03-10", reason: "hours" });
    expect(after.status).toBe(422);
    expect(after.body.error.code).toBe("invalid_transition");
  });

  it("allows skipping steps: applied straight to hired, applied straight to offer", async () => {
    const a = await create({ employerName: "Intérim Plus", title: "Manutention", status: "applied" });
    expect((await walk(a, [{ status: "hired", date: "2026-03-03" }])).status).toBe("hired");
    const b = await create({ employerName: "Café", title: "Serveur", status: "applied" });
    expect((await walk(b, [{ status: "offer", date: "2026-03-03" }])).status).toBe("offer");
  });

  it.each([
    ["interested", "interview"],
    ["interested", "hired"],
    ["applied", "interested"],
  ])("refuses %s -> %s with 422 invalid_transition and a translated message", async (from, to) => {
    const app = await create({ employerName: "X", title: "Y", status: from });
    const res = await move(app, { status: to, date: "2026-03-05" });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "invalid_transition", fields: [{ path: "status", message: "Cette candidature ne peut pas passer à ce statut depuis son statut actuel." }] });
  });

  it("requires a reason from the right list for not selected and withdrawn, and refuses one elsewhere", async () => {
    const app = await create({ employerName: "X", title: "Y", status: "applied" });
    const none = await move(app, { status: "not_selected", date: "2026-03-05" });
    expect(none.status).toBe(422);
    expect(none.body.error).toMatchObject({ code: "unprocessable", fields: [{ path: "reason" }] });
    const wrongList = await move(app, { status: "withdrawn", date: "2026-03-05", reason: "no_answer" });
    expect(wrongList.status).toBe(422);
    expect(wrongList.body.error.fields[0].path).toBe("reason");
    const english = await new ApiClient(t.baseUrl, { "accept-language": "en" }).login(world.users.specialist.email, PASSWORD);
    const onInterview = await move(app, { status: "interview", date: "2026-03-05", reason: "pay" }, english);
    expect(onInterview.status).toBe(422);
    expect(onInterview.body.error.fields[0]).toEqual({ path: "reason", message: 'A reason is only given for "Not selected" or "Withdrawn".' });
    const notSelected = await walk(app, [{ status: "not_selected", date: "2026-03-05", reason: "no_answer", note: "Relancé deux fois" }]);
    expect(notSelected.history[1]).toEqual({ status: "not_selected", date: "2026-03-05", reason: "no_answer", note: "Relancé deux fois" });
    const other = await create({ employerName: "X", title: "Y" });
    expect((await walk(other, [{ status: "withdrawn", date: "2026-03-05", reason: "commute" }])).history[1].reason).toBe("commute");
  });

  it("keeps dates in order: never before the previous step, never ahead except an interview", async () => {
    const app = await create({ employerName: "X", title: "Y", status: "applied", date: "2026-03-05" });
    const before = await move(app, { status: "interview", date: "2026-03-04" });
    expect(before.status).toBe(422);
    expect(before.body.error.fields[0]).toMatchObject({ path: "date", message: "La date ne peut pas précéder celle de l'étape précédente." });
    const hiredAhead = await move(app, { status: "hired", date: "2026-03-11" });
    expect(hiredAhead.status).toBe(422);
    expect(hiredAhead.body.error.fields[0]).toMatchObject({ path: "date" });
    expect(hiredAhead.body.error.fields[0].message).toMatch(/futur/);
    const scheduled = await walk(app, [{ status: "interview", date: "2026-03-20" }]);
    expect(scheduled.history[1].date).toBe("2026-03-20");
    // Once an interview is scheduled, nothing can be dated before it.
    const early = await move(scheduled, { status: "hired", date: "2026-03-10" });
    expect(early.status).toBe(422);
    expect(early.body.error.fields[0].path).toBe("date");
  });

  it("answers a stale version with 409 and the current application", async () => {
    const app = await create({ employerName: "X", title: "Y" });
    await walk(app, [{ status: "applied", date: "2026-03-02" }]);
    const stale = await move(app, { status: "withdrawn", date: "2026-03-03", reason: "changed_mind" });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: app.id, status: "applied", version: 2 });
  });

  it("refuses bad input with 400 and an unknown application with 404", async () => {
    const app = await create({ employerName: "X", title: "Y" });
    expect((await move(app, { status: "finished", date: "2026-03-02" })).status).toBe(400);
    expect((await move(app, { status: "applied", date: "02/03/2026" })).status).toBe(400);
    expect((await move(app, { status: "withdrawn", date: "2026-03-02", reason: "bored" })).status).toBe(400);
    expect((await specialist.post(`/api/applications/${newId()}/status`, { version: 1, status: "applied", date: "2026-03-02" })).status).toBe(404);
  });
});

describe("access to applications", () => {
  it("lets the peer read but not write; clinicians and another program see nothing", async () => {
    const app = await create({ employerName: "X", title: "Y" });
    expect((await peer.get(`/api/participants/${personId}/applications`)).status).toBe(200);
    expect((await peer.post(`/api/participants/${personId}/applications`, { employerName: "X", title: "Y", date: "2026-03-01" })).status).toBe(403);
    expect((await move(app, { status: "applied", date: "2026-03-02" }, peer)).status).toBe(403);
    expect((await clinician.get(`/api/participants/${personId}/applications`)).status).toBe(404);
    expect((await other.get(`/api/participants/${personId}/applications`)).status).toBe(404);
    expect((await other.post(`/api/participants/${personId}/applications`, { employerName: "X", title: "Y", date: "2026-03-01" })).status).toBe(404);
    expect((await move(app, { status: "applied", date: "2026-03-02" }, other)).status).toBe(404);
  });
});
