import { describe, expect, it } from "vitest";
import { z } from "zod";
import fixture from "../../test-fixtures/benefits/openfisca-cases.json";
import { computeFrance, type FranceMonthDetail } from "./france/engine";
import { simulateFrance } from "./france/simulate-france";
import { seriesFromRecord, situationFromRequest } from "./france/situation";
import { monthIndex } from "./months";
import { franceCoverage } from "./parameters";
import { type SimulateRequest, simulateRequestSchema } from "./simulate.contract";

/**
 * The 44 reference cases of OpenFisca-France (test-fixtures/benefits, with their provenance), run as a table.
 * Each expected monthly value must be met within the case's tolerance, except for the cases listed in
 * `notModelled` with the feature they need and why it is not modelled.
 *
 * The cases go through the same path as the API (request -> situation -> computation), with two test-only inputs
 * the API does not take: an imposed AAH resource base (three cases) and imposed AAH amounts (two prime d'activité
 * cases whose AAH is an input upstream). The return-to-work cumulation is off: OpenFisca does not model it.
 */

const monthlySeries = z.record(z.string(), z.number());
const caseSchema = z.object({
  id: z.string(),
  benefit: z.string(),
  period: z.string(),
  inputs: z.object({
    age: z.number().optional(),
    date_naissance: z.string().optional(),
    taux_incapacite: z.number().optional(),
    rsdae: z.boolean().optional(),
    activite: z.string().optional(),
    statut_occupation_logement: z.string().optional(),
    given: z.object({ aah_base_ressources: z.number() }).optional(),
    monthly: z.record(z.string(), monthlySeries).optional(),
    annual: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  }),
  expected: z.record(z.string(), monthlySeries),
  tolerance: z.object({ abs: z.number().optional(), rel: z.number().optional() }),
  features_needed: z.array(z.string()),
});
type ReferenceCase = z.infer<typeof caseSchema>;

const cases = z.object({ cases: z.array(caseSchema) }).parse(fixture).cases;

/** Cases this engine does not reproduce, each with the feature it needs and why it is left out. */
const notModelled: Record<string, string> = {
  "aah-11":
    "pension_alimentaire_versee_deducted: alimony paid by the person is deducted from the AAH resources upstream; the API has no input for alimony paid (not asked for by the issue), so the base is 200 EUR too high.",
};

/** OpenFisca inputs the mapping reads; any other monthly input would be silently ignored, so it fails the test. */
const knownMonthlyInputs = new Set(["salaire_net", "salaire_imposable", "salaire_brut", "retraite_imposable", "aide_logement", "aah", "pension_alimentaire_versee"]);

const housingOf = (status: string | undefined): SimulateRequest["person"]["housing"] =>
  status === "proprietaire" || status === "primo_accedant" ? "owner" : status === "loge_gratuitement" ? "free" : "tenant";

const outputMonths = (c: ReferenceCase): string[] =>
  Object.entries(c.expected)
    .filter(([variable]) => !["ppa_fictive", "ppa_bonification", "ppa_revenu_activite_individu", "ppa_ressources_hors_activite_individu"].includes(variable))
    .flatMap(([, byMonth]) => Object.keys(byMonth))
    .sort();

/**
 * OpenFisca inputs -> Passerelle request. Upstream defaults where the case says nothing: birth date 1970-01-01,
 * RSDAE recognised (`aah_restriction_substantielle_durable_acces_emploi` defaults to true), housing status not
 * given (no forfait logement, like a tenant without housing benefit). Where a case gives only a taxable salary,
 * OpenFisca's net salary equals it (fixture conventions).
 */
const requestOf = (c: ReferenceCase): SimulateRequest => {
  const monthly = c.inputs.monthly ?? {};
  for (const name of Object.keys(monthly)) expect(knownMonthlyInputs, `unknown input ${name} in ${c.id}`).toContain(name);
  const months = outputMonths(c);
  return {
    person: {
      ...(c.inputs.age !== undefined ? { age: c.inputs.age } : { birthDate: c.inputs.date_naissance ?? "1970-01-01" }),
      incapacityRate: c.inputs.taux_incapacite ?? 0,
      rsdae: c.inputs.rsdae ?? true,
      housing: housingOf(c.inputs.statut_occupation_logement),
      housingBenefit: monthly.aide_logement ?? {},
    },
    salaryNet: monthly.salaire_net ?? monthly.salaire_imposable ?? {},
    otherIncome: { pension: monthly.retraite_imposable ?? {}, unemployment: {} },
    from: months[0],
    to: months[months.length - 1],
    returnToWorkCumulation: false,
  };
};

const computed: Record<string, (d: FranceMonthDetail) => number | undefined> = {
  aah: (d) => d.aah,
  aah_base_ressources: (d) => d.aahBase,
  ppa: (d) => d.ppa?.amount,
  ppa_fictive: (d) => d.fictive.fictive,
  ppa_bonification: (d) => d.fictive.bonification,
  ppa_forfait_logement: (d) => d.fictive.forfaitLogement,
  ppa_base_ressources: (d) => d.fictive.resources,
  ppa_revenu_activite_individu: (d) => d.fictive.earnedIncome,
  ppa_ressources_hors_activite_individu: (d) => d.fictive.otherIncome,
};

const withinTolerance = (actual: number, expected: number, tolerance: ReferenceCase["tolerance"]): boolean =>
  tolerance.abs !== undefined ? Math.abs(actual - expected) <= tolerance.abs : Math.abs(actual - expected) <= (tolerance.rel ?? 0) * Math.abs(expected) + 1e-9;

type Check = { variable: string; month: string; expected: number; actual: number | undefined; ok: boolean };

const runCase = (c: ReferenceCase): Check[] => {
  const request = requestOf(c);
  const situation = situationFromRequest(request);
  const monthly = c.inputs.monthly ?? {};
  if (monthly.aah) situation.aahGiven = seriesFromRecord(monthly.aah);
  if (c.inputs.given) situation.aahBaseGiven = new Map([[monthIndex(request.from), c.inputs.given.aah_base_ressources]]);
  const computation = computeFrance(situation, monthIndex(request.from), monthIndex(request.to));
  return Object.entries(c.expected).flatMap(([variable, byMonth]) =>
    Object.entries(byMonth).map(([month, expected]) => {
      const read = computed[variable];
      const actual = read ? read(computation.detailOf(monthIndex(month))) : undefined;
      return { variable, month, expected, actual, ok: actual !== undefined && withinTolerance(actual, expected, c.tolerance) };
    }),
  );
};

describe("OpenFisca-France reference cases", () => {
  it("has the 44 cases of the fixture, each id once", () => {
    expect(cases).toHaveLength(44);
    expect(new Set(cases.map((c) => c.id)).size).toBe(44);
    for (const id of Object.keys(notModelled)) expect(cases.map((c) => c.id)).toContain(id);
  });

  it.each(cases.filter((c) => !(c.id in notModelled)).map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const failures = runCase(c).filter((check) => !check.ok);
    expect(failures).toEqual([]);
  });

  it.each(Object.entries(notModelled))("%s is not modelled: %s", (id) => {
    // Stays listed only while it really fails: a case that starts passing must leave the list.
    const c = cases.find((x) => x.id === id);
    expect(c).toBeDefined();
    if (c) expect(runCase(c).some((check) => !check.ok)).toBe(true);
  });

  it("passes at least 40 of the 44 cases", () => {
    const passing = cases.filter((c) => runCase(c).every((check) => check.ok));
    expect(passing.length).toBeGreaterThanOrEqual(40);
    expect(passing.length).toBe(44 - Object.keys(notModelled).length);
  });

  it("gives the same amounts through the public entry point, for the cases the API can express", () => {
    const expressible = cases.filter(
      (c) => !(c.id in notModelled) && !c.inputs.given && !c.inputs.monthly?.aah && monthIndex(outputMonths(c)[0]) >= monthIndex(franceCoverage.firstMonth),
    );
    expect(expressible.length).toBeGreaterThan(25);
    for (const c of expressible) {
      const response = simulateFrance(simulateRequestSchema.parse(requestOf(c)));
      for (const [variable, byMonth] of Object.entries(c.expected)) {
        const field = variable === "aah" ? "aah" : variable === "ppa" ? "primeActivite" : null;
        if (!field) continue;
        for (const [month, expected] of Object.entries(byMonth)) {
          const row = response.months.find((m) => m.month === month);
          expect(row, `${c.id} ${month}`).toBeDefined();
          if (row) expect(withinTolerance(row[field], expected, c.tolerance), `${c.id} ${variable} ${month}: ${row[field]} vs ${expected}`).toBe(true);
        }
      }
    }
  });
});
