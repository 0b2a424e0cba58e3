import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { fidelityItemIds } from "@passerelle/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  caseloadEpisodes,
  employerContactPeople,
  employerContacts,
  employers,
  fidelityReviews,
  jobs,
  memberships,
  participants,
  referrals,
} from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

/**
 * A program seeded row by row (direct inserts) whose outcomes for the first quarter of 2026 were computed by hand
 * from OUTCOMES.md, person by person (see the comments of `seed`). The clock is mid-April 2026.
 */
const clock = fixedClock("2026-04-15T09:00:00Z");
const Q1 = "from=2026-01-01&to=2026-03-31";
let t: TestApp;
let world: World;
const as = new Map<string, ApiClient>();
const client = (who: keyof World["users"]) => as.get(who)!;

const ids = {
  p: Array.from({ length: 10 }, () => newId()),
  j: Object.fromEntries(["J1", "J2", "J3", "J4", "J5", "J6", "J8", "J9"].map((k) => [k, newId()])) as Record<string, string>,
  c: Object.fromEntries(["C1", "C2", "C3", "C4", "C5", "C6"].map((k) => [k, newId()])) as Record<string, string>,
  r: Object.fromEntries(["R1", "R2", "R3"].map((k) => [k, newId()])) as Record<string, string>,
  employer: newId(),
};
const P = (n: number) => ids.p[n]!;
const names = (n: number) => ({ firstName: `Prénom${n}`, lastName: `Nom${n}` });

/**
 * Program 1 (France), Q1 2026 = 2026-01-01..2026-03-31 (90 days). S = specialist, B = specialistB (fte 0.5).
 * - P1 (S): on the caseload since 2025-09-01; J1 cdi from 2025-12-01, 20 h, 15 EUR (competitive).
 * - P2 (S): enters 2026-01-10; first face-to-face employer contact C1 on 2026-01-20 (10 days); J2 cdd 2026-02-09,
 *   10 h, 14 EUR: first job, supported into work, 30 days to first job.
 * - P3 (S): since 2025-06-01, closed 2026-02-15 (moved_away); J3 2025-07-01..2026-01-31 (resigned), 25 h, 13 EUR.
 * - P4 (B): since 2025-10-01, employed at entry: J4 esat from 2025-05-01, 30 h, 9 EUR (not competitive).
 * - P5 (B): file closed 2025-03-01 then re-opened 2026-03-01; old J5 2024-06-01..2024-12-01; J6 2026-03-20,
 *   2 h (under 4: not "supported into work"), 15 EUR (competitive); C5 by the team lead on 2026-03-05 (4 days).
 * - P6 (B): since 2025-11-01, no job; face-to-face contacts C2 2025-12-15 (first, before Q1) and C3 2026-01-05.
 * - P7 (S): enters 2026-04-02: not active in Q1.
 * - P8 (S): 2025-01-01..2025-12-20 (not active); J8 2025-10-15..2026-01-20 (dismissed), hours and wage unknown.
 * - P9: program 2 (Belgium), other specialist, since 2025-12-01, J9 from 2026-01-05 (no Belgian minimum: unknown).
 * - C4 2026-02-10 by S, phone (not face to face); C6 2026-02-12 by S, face to face, for nobody.
 * - Referrals: R1 received 2026-01-05 accepted 2026-01-08 (S); R2 received 2025-12-20, declined 2026-01-03
 *   (not_wanting_support_now); R3 received 2026-03-30, pending.
 *
 * Program 1, Q1: active P1-P6 = 6. US rate: competitive job in Q1: P1, P2, P3, P5 = 4/6. UK: P4 employed at entry,
 * so 5 out of work at entry, of whom P1, P2, P3, P5 started a job since entry = 4/5. Supported into work: P2 = 1.
 * Job starts: J2, J6 = 2. Days to first employer contact: P2 10, P5 4: median 7. Days to first job: P2 30, P5 19:
 * median 24.5. Tenure of jobs ended in Q1: J3 214 days, J8 97: median 155.5. 90-day retention: J1 (day 90 =
 * 2026-03-01) and J8 (2026-01-13) both running that day: 2/2. 6 months: J3 (2026-01-01) 1/1. Hours: 20, 10, 25,
 * 30, 2 (J8 unknown): median 20. Wages: 15, 14, 13, 9, 15: median 14. Endings: J3 resigned, J8 dismissed.
 * Referrals: received R1, R3; accepted R1; declined R2. Entries P2, P5; closures P3 (moved_away). Face-to-face
 * employer contacts in Q1: C1, C3, C5, C6 = 4; per specialist per week: 4 / (90 / 7) / 1.5 = 0.2074;
 * S: C1, C6 = 2 -> 2 / (90/7) / 1 = 0.1556; B: C3 = 1 -> 1 / (90/7) / 0.5 = 0.1556.
 * Specialist S alone: active P1, P2, P3 = 3; US 3/3; UK 3/3; contacts C1, C6; referrals R1.
 */
const seed = async () => {
  const db = t.database.db;
  const S = world.users.specialist.id;
  const B = world.users.specialistB.id;
  await db.update(memberships).set({ fte: 0.5 }).where(and(eq(memberships.userId, B), eq(memberships.programId, world.program1)));
  const person = (n: number, specialistId: string, referralDate: string, programId = world.program1) => ({
    id: P(n), programId, ...names(n), searchName: `prénom${n} nom${n}`, referralDate, specialistId, status: "engaged",
  });
  await db.insert(participants).values([
    person(1, S, "2025-09-01"), person(2, S, "2026-01-10"), { ...person(3, S, "2025-06-01"), status: "closed", closureReason: "moved_away" },
    person(4, B, "2025-10-01"), person(5, B, "2024-01-01"), person(6, B, "2025-11-01"), person(7, S, "2026-04-02"),
    { ...person(8, S, "2025-01-01"), status: "closed" }, person(9, world.users.otherSpecialist.id, "2025-12-01", world.program2),
  ]);
  const episode = (n: number, openedOn: string, closedOn: string | null = null, closureReason: string | null = null, programId = world.program1) =>
    ({ id: newId(), participantId: P(n), programId, openedOn, closedOn, closureReason });
  // insertParticipant is bypassed: the episodes are written here, as the participants module keeps them.
  await db.insert(caseloadEpisodes).values([
    episode(1, "2025-09-01"), episode(2, "2026-01-10"), episode(3, "2025-06-01", "2026-02-15", "moved_away"), episode(4, "2025-10-01"),
    episode(5, "2024-01-01", "2025-03-01", "chose_to_stop"), episode(5, "2026-03-01"), episode(6, "2025-11-01"), episode(7, "2026-04-02"),
    episode(8, "2025-01-01", "2025-12-20", null), episode(9, "2025-12-01", null, null, world.program2),
  ]);
  await db.insert(employers).values({ id: ids.employer, programId: world.program1, name: "Boulangerie Test", searchName: "boulangerie test" });
  const job = (key: string, n: number, startDate: string, rest: Partial<typeof jobs.$inferInsert>) => ({
    id: ids.j[key]!, programId: n === 9 ? world.program2 : world.program1, participantId: P(n), title: `Poste ${key}`, employerName: "Boulangerie Test",
    startDate, contract: "cdi", disclosure: { level: "none" }, ...rest,
  });
  await db.insert(jobs).values([
    job("J1", 1, "2025-12-01", { hoursPerWeek: 20, hourlyGrossWage: 15 }),
    job("J2", 2, "2026-02-09", { contract: "cdd", hoursPerWeek: 10, hourlyGrossWage: 14 }),
    job("J3", 3, "2025-07-01", { endDate: "2026-01-31", endReason: "resigned", hoursPerWeek: 25, hourlyGrossWage: 13 }),
    job("J4", 4, "2025-05-01", { contract: "esat", hoursPerWeek: 30, hourlyGrossWage: 9 }),
    job("J5", 5, "2024-06-01", { endDate: "2024-12-01", endReason: "end_of_contract", hoursPerWeek: 20, hourlyGrossWage: 15 }),
    job("J6", 5, "2026-03-20", { hoursPerWeek: 2, hourlyGrossWage: 15 }),
    job("J8", 8, "2025-10-15", { endDate: "2026-01-20", endReason: "dismissed" }),
    job("J9", 9, "2026-01-05", { hoursPerWeek: 20, hourlyGrossWage: 16 }),
  ]);
  const contact = (key: string, date: string, authorId: string, faceToFace: boolean, people: number[]) => ({
    id: ids.c[key]!, programId: world.program1, employerId: ids.employer, authorId, date, faceToFace, kind: people.length ? "for_participant" : "generic",
    participantIds: people.map(P),
  });
  const contactRows = [
    contact("C1", "2026-01-20", S, true, [2]), contact("C2", "2025-12-15", B, true, [6]), contact("C3", "2026-01-05", B, true, [6]),
    contact("C4", "2026-02-10", S, false, [1]), contact("C5", "2026-03-05", world.users.team_lead.id, true, [5]), contact("C6", "2026-02-12", S, true, []),
  ];
  await db.insert(employerContacts).values(contactRows);
  await db.insert(employerContactPeople).values(
    contactRows.flatMap((c) => c.participantIds.map((participantId) => ({ employerContactId: c.id, participantId, programId: world.program1, date: c.date, faceToFace: c.faceToFace, kind: c.kind }))),
  );
  const referral = (key: string, referredOn: string, status: string, rest: Partial<typeof referrals.$inferInsert> = {}) => ({
    id: ids.r[key]!, programId: world.program1, firstName: "Orienté", lastName: key, referredOn, status, ...rest,
  });
  await db.insert(referrals).values([
    referral("R1", "2026-01-05", "accepted", { decidedOn: "2026-01-08", specialistId: S }),
    referral("R2", "2025-12-20", "declined", { decidedOn: "2026-01-03", declineReason: "not_wanting_support_now" }),
    referral("R3", "2026-03-30", "pending"),
  ]);
  // A final fidelity review of program 1: every item scored 4, total 100, band "good".
  await db.insert(fidelityReviews).values({
    id: newId(), programId: world.program1, scaleVersion: "ips-25/2012-fr-1", periodFrom: "2025-10-01", periodTo: "2026-03-31", reviewedOn: "2026-04-10",
    reviewers: ["A", "B"], status: "final", items: Object.fromEntries(fidelityItemIds.map((id) => [id, { score: 4, evidence: "", suggestedScore: null }])),
  });
};

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  await seed();
  for (const who of Object.keys(world.users) as (keyof World["users"])[]) {
    as.set(who, await new ApiClient(t.baseUrl, { "accept-language": "fr" }).login(world.users[who].email, PASSWORD));
  }
});
afterAll(async () => t?.close());

const sorted = (values: string[]) => [...values].sort();

describe("GET /api/outcomes", () => {
  it("gives a team lead the program's figures as computed by hand", async () => {
    const res = await client("team_lead").get(`/api/outcomes?programId=${world.program1}&${Q1}`);
    expect(res.status).toBe(200);
    const f = res.body.figures;
    expect(res.body).toMatchObject({ from: "2026-01-01", to: "2026-03-31", programIds: [world.program1], specialistId: null });
    expect(f.activeCaseload).toEqual({ count: 6, kind: "participant", ids: sorted([P(1), P(2), P(3), P(4), P(5), P(6)]) });
    expect(f.competitiveEmploymentRate).toMatchObject({ numerator: 4, denominator: 6, numeratorIds: sorted([P(1), P(2), P(3), P(5)]) });
    expect(f.competitiveEmploymentRate.rate).toBeCloseTo(4 / 6);
    expect(f.ukEmploymentRate).toMatchObject({ rate: 0.8, numerator: 4, denominator: 5, denominatorIds: sorted([P(1), P(2), P(3), P(5), P(6)]) });
    expect(f.supportedIntoWork.ids).toEqual([P(2)]);
    expect(f.jobStarts.ids).toEqual(sorted([ids.j.J2!, ids.j.J6!]));
    expect(f.daysToFirstEmployerContact).toMatchObject({ median: 7, n: 2 });
    expect(f.daysToFirstJob).toMatchObject({ median: 24.5, n: 2 });
    expect(f.jobTenureDays).toMatchObject({ median: 155.5, n: 2 });
    expect(f.retained90Days).toMatchObject({ rate: 1, numerator: 2, denominator: 2, denominatorIds: sorted([ids.j.J1!, ids.j.J8!]) });
    expect(f.retained6Months).toMatchObject({ rate: 1, numerator: 1, denominator: 1, denominatorIds: [ids.j.J3] });
    expect(f.hoursPerWeek).toMatchObject({ median: 20, n: 5 });
    expect(f.hourlyWage).toMatchObject({ median: 14, n: 5 });
    expect(f.jobEndingsByReason).toEqual([
      { reason: "resigned", count: 1, ids: [ids.j.J3] },
      { reason: "dismissed", count: 1, ids: [ids.j.J8] },
    ]);
    expect(f.referralsReceived.ids).toEqual(sorted([ids.r.R1!, ids.r.R3!]));
    expect(f.referralsAccepted.ids).toEqual([ids.r.R1]);
    expect(f.referralsDeclinedByReason).toEqual([{ reason: "not_wanting_support_now", count: 1, ids: [ids.r.R2] }]);
    expect(f.entries.ids).toEqual(sorted([P(2), P(5)]));
    expect(f.closuresByReason).toEqual([{ reason: "moved_away", count: 1, ids: [P(3)] }]);
    expect(f.employerContactsFaceToFace.ids).toEqual(sorted([ids.c.C1!, ids.c.C3!, ids.c.C5!, ids.c.C6!]));
    expect(f.employerContactsPerSpecialistPerWeek).toBeCloseTo(4 / (90 / 7) / 1.5);
    expect(f.employerContactsBySpecialist.map((s: { specialistId: string; faceToFace: number }) => [s.specialistId, s.faceToFace])).toEqual([
      [world.users.specialist.id, 2],
      [world.users.specialistB.id, 1],
    ]);
    const [q1] = res.body.trends.slice(-1);
    expect(q1).toMatchObject({ quarter: "2026-Q1", activeCaseload: 6, ukEmploymentRate: 0.8, supportedIntoWork: 1, jobStarts: 2 });
    // Q4 2025: P1, P3, P4, P6, P8 on the caseload; J1 and J8 started.
    expect(res.body.trends.map((q: { quarter: string }) => q.quarter)[0]).toBe("2024-Q2");
    expect(res.body.trends[6]).toMatchObject({ quarter: "2025-Q4", activeCaseload: 5, competitiveEmploymentRate: 0.4, ukEmploymentRate: 0.75, supportedIntoWork: 1, jobStarts: 2 });
  });

  it("gives a specialist their own caseload, whether they ask for the program or for themselves", async () => {
    for (const query of [`programId=${world.program1}`, `programId=${world.program1}&specialistId=${world.users.specialist.id}`, ""]) {
      const res = await client("specialist").get(`/api/outcomes?${query}&${Q1}`);
      expect(res.status).toBe(200);
      expect(res.body.specialistId).toBe(world.users.specialist.id);
      expect(res.body.figures.activeCaseload.ids).toEqual(sorted([P(1), P(2), P(3)]));
      expect(res.body.figures.competitiveEmploymentRate).toMatchObject({ numerator: 3, denominator: 3 });
      expect(res.body.figures.employerContactsFaceToFace.ids).toEqual(sorted([ids.c.C1!, ids.c.C6!]));
      expect(res.body.figures.referralsReceived.ids).toEqual([ids.r.R1]);
    }
  });

  it("lets a team lead read one specialist's caseload, never someone outside the program", async () => {
    const res = await client("team_lead").get(`/api/outcomes?programId=${world.program1}&specialistId=${world.users.specialistB.id}&${Q1}`);
    expect(res.body.figures.activeCaseload.ids).toEqual(sorted([P(4), P(5), P(6)]));
    expect(res.body.figures.employerContactsPerSpecialistPerWeek).toBeCloseTo(1 / (90 / 7) / 0.5);
    const outsider = await client("team_lead").get(`/api/outcomes?programId=${world.program1}&specialistId=${world.users.otherSpecialist.id}&${Q1}`);
    expect(outsider.status).toBe(422);
    expect(outsider.body.error.fields).toEqual([{ path: "specialistId", message: "Ce conseiller n'appartient pas au dispositif." }]);
  });

  it("refuses another program (404), a colleague's caseload to a specialist (403), clinicians and peers (403)", async () => {
    expect((await client("specialist").get(`/api/outcomes?programId=${world.program2}&${Q1}`)).status).toBe(404);
    expect((await client("specialist").get(`/api/outcomes?programId=${world.program1}&specialistId=${world.users.specialistB.id}&${Q1}`)).status).toBe(403);
    expect((await client("specialist").get(`/api/outcomes?specialistId=${world.users.specialistB.id}&${Q1}`)).status).toBe(403);
    for (const who of ["clinician", "peer", "network"] as const) {
      expect((await client(who).get(`/api/outcomes?programId=${world.program1}&${Q1}`)).status).toBe(403);
      expect((await client(who).get(`/api/outcomes?${Q1}`)).status).toBe(403);
    }
  });

  it("answers bad input with a translated 400, never a 500", async () => {
    const cases = [
      `programId=${world.program1}&from=2026-03-31&to=2026-01-01`,
      `programId=${world.program1}&from=2026-02-30&to=2026-03-31`,
      `programId=${world.program1}&from=hier&to=2026-03-31`,
      `programId=not-a-uuid&${Q1}`,
      `programId=${world.program1}`,
    ];
    for (const query of cases) {
      const res = await client("team_lead").get(`/api/outcomes?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe("validation");
      expect(res.body.error.message).toBe("Certaines informations sont invalides.");
    }
    const reversed = await client("team_lead").get(`/api/outcomes?programId=${world.program1}&from=2026-03-31&to=2026-01-01`);
    expect(reversed.body.error.fields).toEqual([{ path: "to", message: "La fin de la période est avant son début." }]);
  });
});

describe("GET /api/outcomes/records", () => {
  it("lists the people behind a rate's numerator, with names, and audits the read once", async () => {
    const before = await t.database.db.select().from(auditLog).where(eq(auditLog.recordType, "outcomes_records"));
    const res = await client("team_lead").get(`/api/outcomes/records?programId=${world.program1}&${Q1}&figure=competitiveEmploymentRate&part=numerator`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ figure: "competitiveEmploymentRate", part: "numerator", kind: "participant", count: 4, jobs: [], employerContacts: [], referrals: [] });
    expect(res.body.people.map((p: { lastName: string }) => p.lastName)).toEqual(["Nom1", "Nom2", "Nom3", "Nom5"]);
    expect(res.body.people[0]).toEqual({ id: P(1), firstName: "Prénom1", lastName: "Nom1", specialistName: "User specialist", status: "engaged" });
    const after = await t.database.db.select().from(auditLog).where(eq(auditLog.recordType, "outcomes_records"));
    expect(after.length - before.length).toBe(1);
  });

  it("lists jobs, employer contacts and referrals, and one reason of a breakdown", async () => {
    const base = `/api/outcomes/records?programId=${world.program1}&${Q1}`;
    const starts = await client("team_lead").get(`${base}&figure=jobStarts`);
    expect(starts.body.jobs.map((j: { title: string; personName: string }) => [j.title, j.personName])).toEqual([
      ["Poste J2", "Prénom2 Nom2"],
      ["Poste J6", "Prénom5 Nom5"],
    ]);
    const contacts = await client("team_lead").get(`${base}&figure=employerContactsFaceToFace`);
    expect(contacts.body.employerContacts.map((c: { id: string }) => c.id)).toEqual([ids.c.C3, ids.c.C1, ids.c.C6, ids.c.C5]);
    expect(contacts.body.employerContacts[0]).toMatchObject({ date: "2026-01-05", employerName: "Boulangerie Test", authorName: "User specialistB", faceToFace: true });
    const declined = await client("team_lead").get(`${base}&figure=referralsDeclinedByReason&reason=not_wanting_support_now`);
    expect(declined.body.referrals).toEqual([{ id: ids.r.R2, referredOn: "2025-12-20", status: "declined", declineReason: "not_wanting_support_now", personName: "Orienté R2" }]);
    const ended = await client("team_lead").get(`${base}&figure=jobEndingsByReason&reason=dismissed`);
    expect(ended.body.jobs.map((j: { id: string }) => j.id)).toEqual([ids.j.J8]);
  });

  it("keeps a specialist to their own caseload", async () => {
    const res = await client("specialist").get(`/api/outcomes/records?programId=${world.program1}&${Q1}&figure=activeCaseload`);
    expect(res.body.people.map((p: { id: string }) => p.id)).toEqual([P(1), P(2), P(3)]);
    expect((await client("specialist").get(`/api/outcomes/records?programId=${world.program2}&${Q1}&figure=activeCaseload`)).status).toBe(404);
    expect((await client("clinician").get(`/api/outcomes/records?programId=${world.program1}&${Q1}&figure=activeCaseload`)).status).toBe(403);
  });

  it("refuses an unknown figure, a rate without its part and an unknown reason (400, translated)", async () => {
    const base = `/api/outcomes/records?programId=${world.program1}&${Q1}`;
    const unknown = await client("team_lead").get(`${base}&figure=happiness`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].path).toBe("figure");
    const noPart = await client("team_lead").get(`${base}&figure=ukEmploymentRate`);
    expect(noPart.status).toBe(400);
    expect(noPart.body.error.fields).toEqual([{ path: "part", message: "Précisez le numérateur ou le dénominateur de ce taux." }]);
    const badReason = await client("team_lead").get(`${base}&figure=closuresByReason&reason=bored`);
    expect(badReason.status).toBe(400);
    expect(badReason.body.error.fields[0].path).toBe("reason");
  });
});

const download = async (who: keyof World["users"], path: string, language = "fr") => {
  const res = await fetch(t.baseUrl + path, { headers: { "accept-language": language, cookie: client(who).cookie ?? "" } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
};

describe("GET /api/outcomes/export", () => {
  it("writes the figures and the trends as CSV (; and BOM), in the request's language, without names or ids", async () => {
    const file = await download("team_lead", `/api/outcomes/export?format=csv&programId=${world.program1}&${Q1}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toBe('attachment; filename="passerelle-resultats-2026-01-01-2026-03-31.csv"');
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString("utf8").slice(1);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("Indicateur;Valeur;n;Numérateur;Dénominateur;Repère");
    expect(lines).toContain("File active;6;;;;");
    expect(lines).toContain("Taux d'accès à l'emploi des personnes sans emploi à l'entrée (IPS Grow 2024, %);80;;4;5;40");
    expect(lines).toContain("Fins d'emploi : démission;1;;;;");
    // Q3 2025: P1, P3, P8 active; P3's J3 (competitive, first job of 4+ hours since entry) started: 1/3, 1/3.
    // Q4 2025: P1, P3, P4, P6, P8 active; competitive P1, P3 (J8's wage unknown); UK 3/4 (P4 employed at entry);
    // P1's J1 is their first job of 4+ hours (J8's hours are unknown); J1 and J8 started.
    expect(lines.slice(-4)).toEqual(["2025-Q3;2025-07-01;2025-09-30;3;33.3;33.3;1;1", "2025-Q4;2025-10-01;2025-12-31;5;40;75;1;2", "2026-Q1;2026-01-01;2026-03-31;6;66.7;80;1;2", ""]);
    expect(lines).toContain("Tendances");
    for (const n of [1, 2, 3, 4, 5, 6]) expect(text).not.toContain(`Nom${n}`);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(text).not.toContain("User specialist");
    const english = await download("team_lead", `/api/outcomes/export?format=csv&programId=${world.program1}&${Q1}`, "en");
    expect(english.bytes.toString("utf8")).toContain("Active caseload;6;;;;");
  });

  it("writes an XLSX workbook with a figures sheet and a trends sheet that read back", async () => {
    const file = await download("specialist", `/api/outcomes/export?format=xlsx&programId=${world.program1}&${Q1}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain("passerelle-resultats-2026-01-01-2026-03-31.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Résultats", "Tendances"]);
    const figures = workbook.worksheets[0]!;
    expect(figures.getRow(2).values).toEqual([undefined, "File active", 3]); // the specialist's own caseload
    const trends = workbook.worksheets[1]!;
    expect(trends.rowCount).toBe(9);
    expect(trends.getRow(9).getCell(1).value).toBe("2026-Q1");
  });

  it("refuses a bad format (400) and another program (404)", async () => {
    expect((await download("team_lead", `/api/outcomes/export?format=pdf&programId=${world.program1}&${Q1}`)).status).toBe(400);
    expect((await download("otherSpecialist", `/api/outcomes/export?format=csv&programId=${world.program1}&${Q1}`)).status).toBe(404);
  });
});

describe("GET /api/network/outcomes", () => {
  it("shows programs side by side, aggregated, with no name nor id of a person, cells under 5 people masked", async () => {
    const res = await client("network").get(`/api/network/outcomes?${Q1}`);
    expect(res.status).toBe(200);
    const json = JSON.stringify(res.body);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
      expect(json).not.toContain(`Nom${n}`);
      expect(json).not.toContain(`Prénom${n}`);
      expect(json).not.toContain(P(n));
    }
    for (const id of [...Object.values(ids.j), ...Object.values(ids.c), ...Object.values(ids.r)]) expect(json).not.toContain(id);
    expect(json).not.toContain("User specialist");
    const [deux, un] = res.body.programs;
    expect([deux.name, un.name]).toEqual(["Programme Deux", "Programme Un"]);
    // Program 1: 6 active people are shown; the rates (numerators 4) and the medians (2 people) are masked.
    expect(un.cells.activeCaseload).toEqual({ value: 6, masked: false });
    expect(un.cells.competitiveEmploymentRate).toEqual({ value: null, masked: true });
    expect(un.cells.ukEmploymentRate).toEqual({ value: null, masked: true });
    expect(un.cells.daysToFirstJob).toEqual({ value: null, masked: true });
    expect(un.cells.supportedIntoWork).toEqual({ value: null, masked: true });
    expect(un.fidelity).toEqual({ total: 100, band: "good", reviewedOn: "2026-04-10" });
    // Program 2: one person, everything masked.
    expect(Object.values(deux.cells).every((c) => (c as { masked: boolean }).masked)).toBe(true);
    expect(deux.fidelity).toBeNull();
    expect(res.body.total).toMatchObject({ programCount: 2, cells: { activeCaseload: { value: 7, masked: false }, jobStarts: { value: null, masked: true } } });
  });

  it("gives a program administrator their own program only, and refuses team leads and specialists", async () => {
    const res = await client("programAdmin").get(`/api/network/outcomes?${Q1}`);
    expect(res.status).toBe(200);
    expect(res.body.programs.map((p: { name: string }) => p.name)).toEqual(["Programme Un"]);
    expect((await client("admin").get(`/api/network/outcomes?${Q1}`)).body.programs).toHaveLength(2);
    for (const who of ["team_lead", "specialist", "clinician", "peer"] as const) {
      expect((await client(who).get(`/api/network/outcomes?${Q1}`)).status).toBe(403);
    }
  });

  it("answers a reversed period with a translated 400", async () => {
    const res = await client("network").get("/api/network/outcomes?from=2026-03-31&to=2026-01-01");
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ path: "to", message: "La fin de la période est avant son début." }]);
  });
});

// Last: it changes the seed (and puts it back). The figures judge each job as the job's page does: the registered
// employer's setting and the team's override count (outcome-statements.ts sends them as one "terms" text).
describe("GET /api/outcomes, a job's competitiveness terms", () => {
  it("counts the registered employer's setting and the team's override, both ways", async () => {
    const db = t.database.db;
    const setJob = (key: string, values: Partial<typeof jobs.$inferInsert>) => db.update(jobs).set(values).where(eq(jobs.id, ids.j[key]!));
    await db.update(employers).set({ setting: "entreprise_adaptee" }).where(eq(employers.id, ids.employer));
    await setJob("J1", { employerId: ids.employer });
    await setJob("J2", { competitiveOverride: { competitive: false, reason: "poste réservé" } });
    await setJob("J4", { competitiveOverride: { competitive: true, reason: "décision d'équipe" } });
    try {
      const res = await client("team_lead").get(`/api/outcomes?programId=${world.program1}&${Q1}`);
      expect(res.status).toBe(200);
      // P1 (J1 now at an entreprise adaptée) and P2 (J2 overridden to not competitive) leave; P4 (J4, ESAT, overridden) comes in.
      expect(res.body.figures.competitiveEmploymentRate).toMatchObject({ numerator: 3, denominator: 6, numeratorIds: sorted([P(3), P(4), P(5)]) });
    } finally {
      await setJob("J1", { employerId: null });
      await setJob("J2", { competitiveOverride: null });
      await setJob("J4", { competitiveOverride: null });
      await db.update(employers).set({ setting: "ordinary" }).where(eq(employers.id, ids.employer));
    }
    const back = await client("team_lead").get(`/api/outcomes?programId=${world.program1}&${Q1}`);
    expect(back.body.figures.competitiveEmploymentRate).toMatchObject({ numerator: 4, numeratorIds: sorted([P(1), P(2), P(3), P(5)]) });
  });
});
