import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertConsent } from "../src/modules/consents/consents.repository";
import { insertParticipant, searchNameOf } from "../src/modules/participants/participants.repository";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

let t: TestApp;
let world: World;
let specialist: ApiClient;
let participantId: string;

beforeAll(async () => {
  t = await startTestApp();
  world = await seedWorld(t.database);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
  participantId = newId();
  await insertParticipant(t.database.db, {
    id: participantId, programId: world.program1, firstName: "Nadia", lastName: "Benali", searchName: searchNameOf("Nadia", "Benali"), referralDate: "2026-01-05", referringServiceId: world.service1,
  });
  // Shared with the care team: the clinician sees the person, so what keeps the plans from them is the permission.
  await insertConsent(t.database.db, { id: newId(), participantId, scope: "care_team", details: "", givenOn: "2026-01-06" });
});
afterAll(async () => t?.close());

const months = (from: string, to: string, amount: number): Record<string, number> => {
  const out: Record<string, number> = {};
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)); `${y}-${String(m).padStart(2, "0")}` <= to; m === 12 ? ((m = 1), y++) : m++) {
    out[`${y}-${String(m).padStart(2, "0")}`] = amount;
  }
  return out;
};

/**
 * OpenFisca-France reference case `lex-aah-01` (tests/leximpact/2024/ZZZ_aah.yml, copied in
 * packages/domain/test-fixtures/benefits): 80 %, tenant with housing benefit, a part-time job paid 699.38 net a
 * month throughout 2023 and 2024. Expected within 1 EUR, without the six-month cumulation (OpenFisca has none).
 */
const referenceCase = {
  person: { birthDate: "1973-08-30", incapacityRate: 0.8, rsdae: true, housing: "tenant", housingBenefit: { ...months("2023-10", "2024-09", 207.33), ...months("2024-10", "2024-12", 217) } },
  salaryNet: months("2023-01", "2024-12", 699.38),
  otherIncome: { pension: {}, unemployment: {} },
  from: "2024-01",
  to: "2024-12",
  returnToWorkCumulation: false,
};
const expectedAah = [763.78, 763.78, 763.78, 808.46, 808.46, 808.46, 808.46, 808.46, 808.46, 808.46, 812.64, 812.64];
const expectedPpa = [127.33, 127.02, 126.72, 126.41, 131.29, 136.17, 141.05, 141.05, 141.05, 141.05, 141.05, 140.5];

/** A person back to work: 80 %, tenant, no salary for years, a job from March. */
const situation = {
  person: { age: 34, incapacityRate: 0.8, housing: "tenant", housingBenefit: months("2025-09", "2026-12", 240) },
  from: "2026-01",
  to: "2026-12",
};
const scenarios = [10, 20, 24].map((hoursPerWeek) => ({ label: `${hoursPerWeek} h`, startMonth: "2026-03", hoursPerWeek, hourlyGross: 12.02 }));

describe("POST /api/benefits/simulate", () => {
  it("gives the OpenFisca reference amounts through HTTP, month by month", async () => {
    const res = await specialist.post("/api/benefits/simulate", referenceCase);
    expect(res.status).toBe(200);
    expect(res.body.months.map((m: { month: string }) => m.month)).toEqual(Object.keys(months("2024-01", "2024-12", 0)));
    res.body.months.forEach((m: { aah: number; primeActivite: number; primeActiviteNet: number; salaryNet: number; total: number }, i: number) => {
      expect(Math.abs(m.aah - expectedAah[i])).toBeLessThanOrEqual(1);
      expect(Math.abs(m.primeActivite - expectedPpa[i])).toBeLessThanOrEqual(1);
      expect(m.salaryNet).toBe(699.38);
      expect(m.total).toBeCloseTo(m.salaryNet + m.aah + m.primeActiviteNet, 2);
    });
    expect(res.body.assumptions.length).toBeGreaterThan(0);
    expect(res.body.warnings.every((w: { code: string; message: string }) => w.code && w.message)).toBe(true);
  });

  it("counts absent months as 0 and applies the six-month cumulation by default", async () => {
    const res = await specialist.post("/api/benefits/simulate", { ...situation, salaryNet: months("2026-03", "2026-12", 700) });
    expect(res.status).toBe(200);
    const march = res.body.months.find((m: { month: string }) => m.month === "2026-03");
    expect(march.aahCumulation).toBe(true);
    expect(res.body.warnings.map((w: { code: string }) => w.code)).toContain("aah_cumulation");
    const without = await specialist.post("/api/benefits/simulate", { ...situation, salaryNet: months("2026-03", "2026-12", 700), returnToWorkCumulation: false });
    expect(without.body.warnings.map((w: { code: string }) => w.code)).not.toContain("aah_cumulation");
  });

  it.each([
    ["a month that is not a month", { ...referenceCase, salaryNet: { "2024-13": 100 } }, "salaryNet.2024-13", "Mois invalide (format AAAA-MM)."],
    ["a negative salary", { ...referenceCase, salaryNet: { "2024-02": -10 } }, "salaryNet.2024-02", "Le montant ne peut pas être négatif."],
    ["an incapacity rate over 1", { ...referenceCase, person: { ...referenceCase.person, incapacityRate: 80 } }, "person.incapacityRate", "Le taux doit être compris entre 0 et 1 (0,8 pour 80 %)."],
    ["a bad first month", { ...referenceCase, from: "2024-1" }, "from", "Mois invalide (format AAAA-MM)."],
  ])("refuses %s with 400 and the field path", async (_label, body, path, message) => {
    const res = await specialist.post("/api/benefits/simulate", body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation");
    expect(res.body.error.fields).toContainEqual({ path, message });
  });

  it("answers in English with Accept-Language: en (warnings, assumptions, calendar, field errors)", async () => {
    const body = { ...situation, salaryNet: months("2026-03", "2026-12", 700) };
    const fr = await specialist.post("/api/benefits/simulate", body);
    const en = await specialist.post("/api/benefits/simulate", body, { "accept-language": "en-GB,en;q=0.9" });
    expect(en.status).toBe(200);
    expect(en.body.warnings.map((w: { code: string }) => w.code)).toEqual(fr.body.warnings.map((w: { code: string }) => w.code));
    const cumulation = en.body.warnings.find((w: { code: string }) => w.code === "aah_cumulation");
    expect(cumulation.message).toMatch(/^Full cumulation on return to work/);
    expect(fr.body.warnings.find((w: { code: string }) => w.code === "aah_cumulation").message).toMatch(/^Cumul intégral/);
    expect(en.body.assumptions[0].message).toMatch(/^AAH and the prime d'activité/);
    expect(en.body.calendar[0].message).not.toBe(fr.body.calendar[0].message);
    const bad = await specialist.post("/api/benefits/simulate", { ...body, salaryNet: { "2026-02": -1 } }, { "accept-language": "en" });
    expect(bad.body.error.fields).toContainEqual({ path: "salaryNet.2026-02", message: "The amount cannot be negative." });
  });

  it("needs a session and the permission", async () => {
    expect((await new ApiClient(t.baseUrl).post("/api/benefits/simulate", referenceCase)).status).toBe(401);
    const clinician = await new ApiClient(t.baseUrl).login(world.users.clinician.email, PASSWORD);
    expect((await clinician.post("/api/benefits/simulate", referenceCase)).status).toBe(403);
  });
});

describe("POST /api/benefits/compare", () => {
  it("gives the baseline and, per scenario, the months and the gain per extra hour", async () => {
    const res = await specialist.post("/api/benefits/compare", { situation, scenarios });
    expect(res.status).toBe(200);
    expect(res.body.baseline.months).toHaveLength(12);
    expect(res.body.scenarios).toHaveLength(3);
    for (const s of res.body.scenarios) {
      expect(s.result.months).toHaveLength(12);
      expect(s.totalGain).toBeGreaterThan(0);
      expect(typeof s.marginalGainPerHour).toBe("number");
      // Assumptions shared with the baseline are sent once, in the baseline.
      const shared = new Set(res.body.baseline.assumptions.map((a: { message: string }) => a.message));
      expect(s.result.assumptions.filter((a: { message: string }) => shared.has(a.message))).toEqual([]);
    }
    expect(res.body.baseline.assumptions.length).toBeGreaterThan(0);
    // More hours, more income over the year.
    const gains = res.body.scenarios.map((s: { totalGain: number }) => s.totalGain);
    expect([...gains].sort((a, b) => a - b)).toEqual(gains);
  });

  it("refuses more than six scenarios and a job outside the period, with the field paths", async () => {
    const seven = Array.from({ length: 7 }, (_, i) => ({ startMonth: "2026-03", hoursPerWeek: 5 + i, hourlyGross: 12.02 }));
    const res = await specialist.post("/api/benefits/compare", { situation, scenarios: seven });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain("scenarios");
    const outside = await specialist.post("/api/benefits/compare", { situation, scenarios: [{ startMonth: "2027-05", hoursPerWeek: 20, monthlyNet: 800 }] });
    expect(outside.body.error.fields).toContainEqual({ path: "scenarios.0.startMonth", message: "Le début de l'emploi doit tomber dans la période simulée (ou au plus 12 mois avant)." });
  });
});

describe("benefits plans", () => {
  const plan = { planDate: "2026-02-10", situation, scenarios, decision: "Nadia choisit 20 h par semaine pour commencer." };

  it("saves a plan with results computed by the server, lists it newest first, reads it back, and journals it", async () => {
    const first = await specialist.post(`/api/participants/${participantId}/benefit-plans`, { ...plan, planDate: "2026-01-20", decision: "" });
    expect(first.status).toBe(201);
    const saved = await specialist.post(`/api/participants/${participantId}/benefit-plans`, { ...plan, results: { forged: true } });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ participantId, planDate: "2026-02-10", country: "FR", returnToWorkCumulation: true, decision: plan.decision, createdBy: "User specialist", version: 1 });
    expect(saved.body.scenarios.map((s: { label: string }) => s.label)).toEqual(["10 h", "20 h", "24 h"]);
    const direct = await specialist.post("/api/benefits/compare", { situation, scenarios });
    expect(saved.body.results).toEqual(direct.body);

    const list = await specialist.get(`/api/participants/${participantId}/benefit-plans`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([saved.body.id, first.body.id]);
    expect(list.body.items[0]).toMatchObject({ from: "2026-01", to: "2026-12", decision: plan.decision });
    expect(list.body.items[0].results).toBeUndefined();

    const read = await specialist.get(`/api/participants/${participantId}/benefit-plans/${saved.body.id}`, { "accept-language": "en" });
    expect(read.status).toBe(200);
    expect(read.body.results.baseline.assumptions[0].message).toMatch(/^AAH and the prime d'activité/);

    const timeline = await specialist.get(`/api/participants/${participantId}/timeline`);
    const event = timeline.body.items.find((e: { type: string }) => e.type === "benefits_plan.saved");
    expect(event.data).toEqual({ planId: saved.body.id, planDate: "2026-02-10", scenarioCount: 3 });
    const lead = await new ApiClient(t.baseUrl).login(world.users.team_lead.email, PASSWORD);
    const audit = await lead.get(`/api/audit?participantId=${participantId}`);
    const actions = audit.body.items.filter((a: { recordType: string }) => a.recordType === "benefit_plan").map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["create", "read"]));
  });

  it("refuses bad input with field paths", async () => {
    const res = await specialist.post(`/api/participants/${participantId}/benefit-plans`, {
      ...plan,
      situation: { ...situation, person: { ...situation.person, incapacityRate: 1.5 } },
      scenarios: [{ startMonth: "2026-3", hoursPerWeek: 20, hourlyGross: 12 }],
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["situation.person.incapacityRate", "scenarios.0.startMonth"]));
  });

  it("hides plans from another program (404), and from clinicians and peers (403)", async () => {
    const saved = await specialist.post(`/api/participants/${participantId}/benefit-plans`, plan);
    const other = await new ApiClient(t.baseUrl).login(world.users.otherSpecialist.email, PASSWORD);
    expect((await other.get(`/api/participants/${participantId}/benefit-plans`)).status).toBe(404);
    expect((await other.get(`/api/participants/${participantId}/benefit-plans/${saved.body.id}`)).status).toBe(404);
    expect((await other.post(`/api/participants/${participantId}/benefit-plans`, plan)).status).toBe(404);
    const clinician = await new ApiClient(t.baseUrl).login(world.users.clinician.email, PASSWORD);
    expect((await clinician.get(`/api/participants/${participantId}/benefit-plans`)).status).toBe(403);
    expect((await clinician.get(`/api/participants/${participantId}/benefit-plans/${saved.body.id}`)).status).toBe(403);
    expect((await clinician.post(`/api/participants/${participantId}/benefit-plans`, plan)).status).toBe(403);
    // A person not shared with the care team does not exist for the clinician.
    const hidden = newId();
    await insertParticipant(t.database.db, { id: hidden, programId: world.program1, firstName: "Hidden", lastName: "Person", searchName: "hidden person", referralDate: "2026-01-05" });
    expect((await clinician.get(`/api/participants/${hidden}/benefit-plans`)).status).toBe(404);
  });

  it("records the topics covered and the job the plan prepared; a job of someone else is refused with 422", async () => {
    const job = await specialist.post(`/api/participants/${participantId}/jobs`, { employerName: "Café", title: "Serveuse", startDate: "2026-03-02", contract: "cdd" });
    expect(job.status).toBe(201);
    const saved = await specialist.post(`/api/participants/${participantId}/benefit-plans`, { ...plan, jobId: job.body.job.id, topics: ["aah", "prime_activite", "aah"] });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ jobId: job.body.job.id, topics: ["aah", "prime_activite"] });
    const list = await specialist.get(`/api/participants/${participantId}/benefit-plans`);
    expect(list.body.items.find((p: { id: string }) => p.id === saved.body.id)).toMatchObject({ jobId: job.body.job.id, topics: ["aah", "prime_activite"] });
    const someoneElse = newId();
    await insertParticipant(t.database.db, { id: someoneElse, programId: world.program1, firstName: "Autre", lastName: "Personne", searchName: "autre personne", referralDate: "2026-01-05" });
    const refused = await specialist.post(`/api/participants/${someoneElse}/benefit-plans`, { ...plan, jobId: job.body.job.id });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([{ path: "jobId", message: "Cet emploi n'est pas celui de cette personne." }]);
    expect((await specialist.get(`/api/participants/${someoneElse}/benefit-plans`)).body.items).toEqual([]);
    expect((await specialist.post(`/api/participants/${participantId}/benefit-plans`, { ...plan, topics: ["lottery"] })).status).toBe(400);
  });

  it("answers 404 for a plan of someone else", async () => {
    const saved = await specialist.post(`/api/participants/${participantId}/benefit-plans`, plan);
    const someoneElse = newId();
    await insertParticipant(t.database.db, { id: someoneElse, programId: world.program1, firstName: "Other", lastName: "Person", searchName: "other person", referralDate: "2026-01-05" });
    expect((await specialist.get(`/api/participants/${someoneElse}/benefit-plans/${saved.body.id}`)).status).toBe(404);
    expect((await specialist.get(`/api/participants/${participantId}/benefit-plans/${newId()}`)).status).toBe(404);
  });
});
