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
type CompetitivenessInput = { contract: JobContract; hourlyGrossWage?: number | null; competitiveOverride?: CompetitiveOverride | null };
type CompetitivenessContext = { hourlyMinimumWage: number | null; employerSetting?: EmployerSetting | null };

const isSheltered = (job: CompetitivenessInput, context: CompetitivenessContext): boolean =>
  job.contract === "esat" ||
  job.contract === "entreprise_adaptee" ||
  context.employerSetting === "esat" ||
  context.employerSetting === "entreprise_adaptee";

/** Below the minimum, compared in cents; null when the wage or the minimum is not known. */
const isBelowMinimum = (wage: number | null, minimum: number | null): boolean | null =>
  wage === null || minimum === null ? null : Math.round(wage * 100) < Math.round(minimum * 100);

const derivedOf = (sheltered: boolean, belowMinimum: boolean | null): Competitiveness["derived"] =>
  sheltered || belowMinimum === true ? "not_competitive" : belowMinimum === null ? "unknown" : "competitive";

export const isCompetitive = (job: CompetitivenessInput, context: CompetitivenessContext): Competitiveness => {
  const sheltered = isSheltered(job, context);
  const minimum = context.hourlyMinimumWage;
  const belowMinimum = isBelowMinimum(job.hourlyGrossWage ?? null, minimum);
  const reasons: Competitiveness["reasons"] = [
    sheltered ? "not_ordinary_employer" : "ordinary_employer",
    belowMinimum === null ? "wage_unknown" : belowMinimum ? "below_minimum_wage" : "at_least_minimum_wage",
  ];
  const derived = derivedOf(sheltered, belowMinimum);
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

/**
 * What the outcome figures count (the same rules as `isCompetitive`, without the explanation a job's page shows):
 * the team's override when there is one, else the derived verdict, null when it cannot be known. A whole
 * network's report judges 40,000 jobs: no reasons list nor result object per job.
 */
export const competitiveVerdict = (job: CompetitivenessInput, context: CompetitivenessContext): boolean | null => {
  const override = job.competitiveOverride ?? null;
  if (override) return override.competitive;
  const derived = derivedOf(isSheltered(job, context), isBelowMinimum(job.hourlyGrossWage ?? null, context.hourlyMinimumWage));
  return derived === "unknown" ? null : derived === "competitive";
};
