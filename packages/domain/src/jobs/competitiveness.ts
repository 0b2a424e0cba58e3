import type { EmployerSetting } from "../employers/employer.contract";
import type { CompetitiveOverride, Competitiveness, JobContract } from "./job.contract";

/**
 * IPS principle 3: a competitive job is an ordinary job open to anyone, paid at least the minimum wage. Derived
 * from the record (employer setting, contract, wage), editable by the team with a reason.
 *
 * - Not ordinary: ESAT (sheltered work) and entreprise adaptée, whether the contract field or the registered
 *   employer says so. Interim, apprenticeship, subsidised contracts (contrat aidé) and self-employment are
 *   ordinary settings: they count when the pay is at least the minimum.
 * - The minimum is the SMIC horaire brut in force at the job's start (the caller reads it for that date, e.g.
 *   the benefits parameters' `smicHourlyGross(month)`); equal to it is enough. Compared in cents, so a wage typed
 *   11.88 against a minimum of 11.88 is not lost to floating point.
 * - No wage recorded on an ordinary job: `unknown`, which does not count as competitive until the wage is
 *   entered or the team decides (the outcome must not claim what the record does not show).
 */
export const isCompetitive = (
  job: { contract: JobContract; hourlyGrossWage?: number | null; competitiveOverride?: CompetitiveOverride | null },
  context: { hourlyMinimumWage: number | null; employerSetting?: EmployerSetting | null },
): Competitiveness => {
  const reasons: Competitiveness["reasons"] = [];
  const sheltered =
    job.contract === "esat" ||
    job.contract === "entreprise_adaptee" ||
    context.employerSetting === "esat" ||
    context.employerSetting === "entreprise_adaptee";
  reasons.push(sheltered ? "not_ordinary_employer" : "ordinary_employer");

  const wage = job.hourlyGrossWage ?? null;
  const minimum = context.hourlyMinimumWage;
  let belowMinimum = false;
  if (wage === null || minimum === null) {
    reasons.push("wage_unknown");
  } else {
    belowMinimum = Math.round(wage * 100) < Math.round(minimum * 100);
    reasons.push(belowMinimum ? "below_minimum_wage" : "at_least_minimum_wage");
  }

  const derived = sheltered || belowMinimum ? "not_competitive" : reasons.includes("wage_unknown") ? "unknown" : "competitive";
  const override = job.competitiveOverride ?? null;
  return {
    competitive: override ? override.competitive : derived === "competitive",
    derived,
    reasons,
    overridden: override !== null,
    overrideReason: override?.reason ?? null,
    minimumWage: minimum,
  };
};
