import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/db/schema/index";
import { insertConsent } from "../src/modules/consents/consents.repository";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

let t: TestApp;
let world: World;
let specialist: ApiClient;
let lead: ApiClient;
const clock = fixedClock("2026-10-15T10:00:00Z");

const login = (who: keyof World["users"]) => new ApiClient(t.baseUrl).login(world.users[who].email, PASSWORD);

/** A person of program 1 created through the API (so their caseload episode opens on the referral date). */
const person = async (referralDate: string, extra: Record<string, unknown> = {}): Promise<string> => {
  const res = await lead.post("/api/participants", { programId: world.program1, firstName: "Prénom", lastName: `Nom${newId().slice(-6)}`, referralDate, specialistId: world.users.specialist.id, ...extra });
  expect(res.status).toBe(201);
  return res.body.id as string;
};

const who5 = (answers: number[], answeredOn = "2026-10-14", extra: Record<string, unknown> = {}) => ({ kind: "who5", answeredOn, answers, mode: "with_specialist", ...extra });

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await login("specialist");
  lead = await login("team_lead");
});
afterAll(async () => t?.close());

describe("POST /api/participants/:id/questionnaires", () => {
  it("records a WHO-5 with the score computed by the server, and a timeline event that names only the kind", async () => {
    const id = await person("2026-10-01");
    const res = await specialist.post(`/api/participants/${id}/questionnaires`, who5([3, 2, 4, 1, 3], "2026-10-14", { mode: "self", score: 100 }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ participantId: id, kind: "who5", answeredOn: "2026-10-14", answers: [3, 2, 4, 1, 3], score: 52, mode: "self", comment: "", recordedBy: "User specialist" });

    const timeline = await specialist.get(`/api/participants/${id}/timeline`);
    const event = timeline.body.items.find((e: { type: string }) => e.type === "questionnaire.recorded");
    expect(event.data).toEqual({ kind: "who5" });
  });

  it("records a satisfaction questionnaire with its comment; the score is (mean - 1) x 25", async () => {
    const id = await person("2026-10-01");
    const res = await specialist.post(`/api/participants/${id}/questionnaires`, {
      kind: "satisfaction", answeredOn: "2026-10-15", answers: [4, 5, 4, 4, 5], mode: "with_specialist", comment: "  Merci pour l'écoute.  ",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ score: 85, comment: "Merci pour l'écoute." });
  });

  it.each([
    ["four WHO-5 answers", who5([1, 2, 3, 4]), "answers", "Le WHO-5 compte 5 questions : il faut une réponse à chacune."],
    ["a WHO-5 answer of 6", who5([1, 2, 6, 4, 0]), "answers.2", "Chaque réponse au WHO-5 va de 0 (jamais) à 5 (tout le temps)."],
    ["a satisfaction answer of 0", { ...who5([0, 2, 3, 4, 5]), kind: "satisfaction" }, "answers.0", "Chaque réponse va de 1 (pas du tout d'accord) à 5 (tout à fait d'accord)."],
    ["six satisfaction answers", { ...who5([1, 2, 3, 4, 5, 5]), kind: "satisfaction" }, "answers", "Le questionnaire de satisfaction compte 5 questions : il faut une réponse à chacune."],
    ["tomorrow's date", who5([1, 1, 1, 1, 1], "2026-10-16"), "answeredOn", "Cette date est dans le futur."],
    ["a date before 2000", who5([1, 1, 1, 1, 1], "1999-05-01"), "answeredOn", "Cette date est antérieure à 2000 : vérifiez-la."],
  ])("refuses %s with 422 naming the field, and saves nothing", async (_label, body, path, message) => {
    const id = await person("2026-10-01");
    const res = await specialist.post(`/api/participants/${id}/questionnaires`, body);
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toContainEqual({ path, message });
    expect((await specialist.get(`/api/participants/${id}/questionnaires`)).body.items).toEqual([]);
  });

  it.each([
    ["an unknown kind", { ...who5([1, 1, 1, 1, 1]), kind: "phq9" }, "kind"],
    ["a decimal answer", who5([1, 1.5, 1, 1, 1]), "answers.1"],
    ["an unknown mode", who5([1, 1, 1, 1, 1], "2026-10-01", { mode: "phone" }), "mode"],
    ["a bad date", who5([1, 1, 1, 1, 1], "2026-02-30"), "answeredOn"],
  ])("refuses %s with 400 and the field path", async (_label, body, path) => {
    const id = await person("2026-10-01");
    const res = await specialist.post(`/api/participants/${id}/questionnaires`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it("answers in English", async () => {
    const id = await person("2026-10-01");
    const res = await specialist.post(`/api/participants/${id}/questionnaires`, who5([1, 2, 3, 4]), { "accept-language": "en" });
    expect(res.body.error.fields).toContainEqual({ path: "answers", message: "The WHO-5 has 5 questions: each needs an answer." });
  });
});

describe("GET /api/participants/:id/questionnaires", () => {
  it("lists newest first, says what is due per kind, and audits the read", async () => {
    const id = await person("2026-04-10");
    // Never answered: the time point reached today (6 months after the entry) is the one proposed.
    expect((await specialist.get(`/api/participants/${id}/questionnaires`)).body.due).toEqual({
      who5: { due: true, dueDate: "2026-10-10", lastAnsweredOn: null },
      satisfaction: { due: true, dueDate: "2026-10-10", lastAnsweredOn: null },
    });
    await specialist.post(`/api/participants/${id}/questionnaires`, who5([2, 2, 2, 2, 2], "2026-04-20"));
    await specialist.post(`/api/participants/${id}/questionnaires`, who5([3, 3, 3, 3, 3], "2026-09-20"));
    await specialist.post(`/api/participants/${id}/questionnaires`, { kind: "satisfaction", answeredOn: "2026-05-02", answers: [3, 3, 3, 3, 3], mode: "self" });
    const res = await specialist.get(`/api/participants/${id}/questionnaires`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((q: { answeredOn: string; score: number }) => [q.answeredOn, q.score])).toEqual([
      ["2026-09-20", 60],
      ["2026-05-02", 50],
      ["2026-04-20", 40],
    ]);
    // The 6-month point (2026-10-10) was answered a little early (20 September) for the WHO-5, not for satisfaction.
    expect(res.body.due).toEqual({
      who5: { due: false, dueDate: "2027-04-10", lastAnsweredOn: "2026-09-20" },
      satisfaction: { due: true, dueDate: "2026-10-10", lastAnsweredOn: "2026-05-02" },
    });
    const audits = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.participantId, id), eq(auditLog.recordType, "questionnaire")));
    expect(audits.filter((a) => a.action === "read").length).toBe(2);
    expect(audits.filter((a) => a.action === "create").length).toBe(3);
  });

  it("proposes nothing once the file is closed", async () => {
    const id = await person("2026-06-01");
    const current = await lead.get(`/api/participants/${id}`);
    const closed = await lead.patch(`/api/participants/${id}`, { version: current.body.version, status: "closed", closureReason: "moved_away" });
    expect(closed.status).toBe(200);
    expect((await specialist.get(`/api/participants/${id}/questionnaires`)).body.due.who5).toEqual({ due: false, dueDate: null, lastAnsweredOn: null });
  });

  it("is refused to a clinician (no permission, 403) even with consent; a peer only for people they accompany", async () => {
    const accompanied = await person("2026-10-01", { peerSupporterId: world.users.peer.id, referringServiceId: world.service1 });
    await insertConsent(t.database.db, { id: newId(), participantId: accompanied, scope: "care_team", details: "", givenOn: "2026-10-01" });
    const other = await person("2026-10-01");
    const clinician = await login("clinician");
    expect((await clinician.get(`/api/participants/${accompanied}/questionnaires`)).status).toBe(403);
    expect((await clinician.post(`/api/participants/${accompanied}/questionnaires`, who5([1, 1, 1, 1, 1]))).status).toBe(403);
    const peer = await login("peer");
    expect((await peer.post(`/api/participants/${accompanied}/questionnaires`, who5([4, 4, 4, 4, 4], "2026-10-15", { mode: "self" }))).status).toBe(201);
    expect((await peer.get(`/api/participants/${accompanied}/questionnaires`)).body.items).toHaveLength(1);
    expect((await peer.get(`/api/participants/${other}/questionnaires`)).status).toBe(404);
    expect((await (await login("otherSpecialist")).get(`/api/participants/${accompanied}/questionnaires`)).status).toBe(404);
    expect((await (await login("network")).get(`/api/participants/${accompanied}/questionnaires`)).status).toBe(404);
  });
});

describe("GET /api/questionnaires/summary", () => {
  const period = { from: "2026-07-01", to: "2026-09-30" };
  let summaryProgram: string;

  /**
   * A program of its own: five people of the specialist, one of specialistB. WHO-5 at entry then in the quarter
   * (scores by hand): s1 32 -> 56, s2 60 -> 52, s3 20 -> 28, s4 40 -> 72, s5 48 -> 48; b1 80 in the quarter only.
   * Satisfaction in the quarter for s1-s5: 90, 75, 60, 100, 50.
   */
  beforeAll(async () => {
    const admin = await login("admin");
    summaryProgram = (await admin.post("/api/programs", { name: "Programme Résumé", country: "FR" })).body.id;
    for (const who of ["team_lead", "specialist", "specialistB"] as const) {
      const role = who === "team_lead" ? "team_lead" : "specialist";
      const current = [{ programId: world.program1, role }, { programId: summaryProgram, role }];
      expect((await admin.put(`/api/users/${world.users[who].id}/memberships`, { memberships: current })).status).toBe(200);
    }
    lead = await login("team_lead");
    specialist = await login("specialist");
    const make = async (specialistId: string) =>
      (await lead.post("/api/participants", { programId: summaryProgram, firstName: "Résumé", lastName: `P${newId().slice(-6)}`, referralDate: "2026-01-05", specialistId })).body.id as string;
    const raw = (score: number) => [0, 0, 0, 0, 0].map((_, i) => Math.min(5, Math.max(0, score / 4 - i * 5)));
    const table: [number, number, number[]][] = [
      [32, 56, [5, 5, 4, 4, 5]],
      [60, 52, [4, 4, 4, 4, 4]],
      [20, 28, [3, 5, 2, 3, 4]],
      [40, 72, [5, 5, 5, 5, 5]],
      [48, 48, [2, 4, 3, 3, 3]],
    ];
    for (const [entry, latest, satisfaction] of table) {
      const id = await make(world.users.specialist.id);
      expect((await specialist.post(`/api/participants/${id}/questionnaires`, who5(raw(entry), "2026-01-20"))).body.score).toBe(entry);
      expect((await specialist.post(`/api/participants/${id}/questionnaires`, who5(raw(latest), "2026-08-10"))).body.score).toBe(latest);
      await specialist.post(`/api/participants/${id}/questionnaires`, { kind: "satisfaction", answeredOn: "2026-08-10", answers: satisfaction, mode: "self" });
    }
    const b1 = await make(world.users.specialistB.id);
    await lead.post(`/api/participants/${b1}/questionnaires`, who5(raw(80), "2026-09-01"));
  });

  const query = (extra = "") => `/api/questionnaires/summary?programId=${summaryProgram}&from=${period.from}&to=${period.to}${extra}`;

  it("gives the team lead the program's figures, computed by hand", async () => {
    const res = await lead.get(query());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      programId: summaryProgram,
      specialistId: null,
      from: period.from,
      to: period.to,
      minimumCell: 5,
      peopleAnswering: 6,
      // latest: 56 52 28 72 48 80 -> median 54; under 50: 28 and 48; changes +24 -8 +8 +32 0 -> 11.2, improved: 2 of 5
      who5: { respondents: 6, medianLatest: 54, shareBelow50: 0.3333, withEarlier: 5, meanChange: 11.2, shareImproved: 0.4 },
      // satisfaction scores (mean - 1) x 25: 90, 75, 60, 100, 50 -> 75
      satisfaction: { respondents: 5, meanScore: 75, itemMeans: [3.8, 4.6, 3.6, 3.8, 4.2] },
    });
  });

  it("gives a specialist their own caseload only, and masks what counts fewer than 5 people", async () => {
    const own = await specialist.get(query());
    expect(own.body.specialistId).toBe(world.users.specialist.id);
    expect(own.body.who5.respondents).toBe(5);
    expect(own.body.who5.medianLatest).toBe(52);
    const other = await lead.get(query(`&specialistId=${world.users.specialistB.id}`));
    expect(other.body).toMatchObject({ specialistId: world.users.specialistB.id, peopleAnswering: null, who5: { respondents: null, medianLatest: null } });
    const refused = await specialist.get(query(`&specialistId=${world.users.specialistB.id}`));
    expect(refused.status).toBe(403);
    expect(refused.body.error.fields).toContainEqual({ path: "specialistId", message: "Un·e conseiller·ère ne voit que les résultats de son propre accompagnement." });
  });

  it("refuses roles without outcomes.read (403), another program (404) and a period ending before it starts (400)", async () => {
    expect((await (await login("clinician")).get(`/api/questionnaires/summary?programId=${world.program1}&from=${period.from}&to=${period.to}`)).status).toBe(403);
    expect((await (await login("peer")).get(`/api/questionnaires/summary?programId=${world.program1}&from=${period.from}&to=${period.to}`)).status).toBe(403);
    expect((await (await login("otherSpecialist")).get(query())).status).toBe(404);
    const reversed = await lead.get(`/api/questionnaires/summary?programId=${summaryProgram}&from=2026-09-30&to=2026-07-01`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.fields.map((f: { path: string }) => f.path)).toContain("to");
  });
});
