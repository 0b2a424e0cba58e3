import { z } from "zod";
import { isoDate, longText } from "../shared/primitives";
import { isMonthKey, monthIndex } from "./months";
import { benefitCountryCodes } from "./rules";
import {
  benefitMonthSchema,
  benefitsMonthlySeriesSchema,
  benefitsOtherIncomeSchema,
  benefitsPersonSchema,
  compareScenariosResponseSchema,
  jobScenarioSchema,
  scenarioLeadMonths,
  simulateRequestSchema,
} from "./simulate.contract";

/**
 * Benefits plans: a simulation saved to a participant's record (IPS principle 4, "personalised benefits counselling
 * before every job start"), with what the person decided. The server recomputes the results from the inputs; a
 * plan keeps the results as they were shown that day (a snapshot: later parameter changes do not rewrite it).
 * Saved plans are the evidence for the fidelity item "work incentives planning".
 */

/** The counselling screen shows up to four scenarios side by side; the API compares up to six in one call. */
export const maxComparedScenarios = 6;

type WithPeriodAndScenarios = { situation: { from: string; to: string }; scenarios: { startMonth: string }[] };

/** Each job must start within the simulated period (or at most 12 months before): as the engine's contract. */
const scenariosWithinPeriod = (input: WithPeriodAndScenarios, ctx: z.RefinementCtx): void => {
  const { from, to } = input.situation;
  if (!isMonthKey(from) || !isMonthKey(to)) return;
  input.scenarios.forEach((scenario, i) => {
    if (!isMonthKey(scenario.startMonth)) return;
    const start = monthIndex(scenario.startMonth);
    if (start < monthIndex(from) - scenarioLeadMonths || start > monthIndex(to)) {
      ctx.addIssue({ code: "custom", path: ["scenarios", i, "startMonth"], message: "scenario_outside_period" });
    }
  });
};

const scenarioList = z.array(jobScenarioSchema).min(1, { message: "too_small" }).max(maxComparedScenarios, { message: "too_big" });

/**
 * POST /api/benefits/compare: the situation without the new job (a simulate request: person, income, period,
 * cumulation switch) and 1 to 6 job scenarios. Answers `compareScenariosResponseSchema`: the no-job baseline and,
 * per scenario, the months, the gain, the gain per hour and per extra hour.
 */
export const benefitsComparisonInputSchema = z
  .object({ situation: simulateRequestSchema, scenarios: scenarioList })
  .superRefine(scenariosWithinPeriod);
export type BenefitsComparisonInput = z.input<typeof benefitsComparisonInputSchema>;
export type BenefitsComparison = z.output<typeof benefitsComparisonInputSchema>;

/**
 * What a benefits planning session covered (the benefits planning record). Short codes, labelled by the web:
 * earnings and benefits cumulation, AAH, RSA, prime d'activité, housing aid (APL), health cover (C2S), the
 * declarations to make (CAF, MSA, France Travail), the return-to-work rules, other.
 */
export const benefitsPlanTopics = [
  "earnings_cumulation",
  "aah",
  "rsa",
  "prime_activite",
  "housing_aid",
  "health_cover",
  "declarations",
  "return_to_work_rules",
  "other",
] as const;
export const benefitsPlanTopicSchema = z.enum(benefitsPlanTopics);
export type BenefitsPlanTopic = z.infer<typeof benefitsPlanTopicSchema>;

/** POST /api/participants/:id/benefit-plans. No results: the server computes them from these inputs. */
export const saveBenefitsPlanInput = z
  .object({
    /** The day of the counselling session. */
    planDate: isoDate,
    situation: simulateRequestSchema,
    scenarios: scenarioList,
    /** What the person decided (their words, as they want it written). */
    decision: longText(4000).default(""),
    /** The job the session prepared (before a start, a change of hours or pay): a job of the same person. */
    jobId: z.uuid().nullish(),
    topics: z.array(benefitsPlanTopicSchema).max(benefitsPlanTopics.length).default([]),
  })
  .superRefine(scenariosWithinPeriod);
export type SaveBenefitsPlanInput = z.input<typeof saveBenefitsPlanInput>;
export type SaveBenefitsPlan = z.output<typeof saveBenefitsPlanInput>;

/**
 * A saved situation as read back: the simulate request validated on the day it was saved. No coverage check here:
 * the months the rules answer for move on with new parameters, and an old plan must stay readable.
 */
export const benefitsPlanSituationSchema = z.object({
  person: benefitsPersonSchema,
  salaryNet: benefitsMonthlySeriesSchema,
  otherIncome: benefitsOtherIncomeSchema,
  hoursPerWeek: z.record(benefitMonthSchema, z.number()).optional(),
  from: benefitMonthSchema,
  to: benefitMonthSchema,
  returnToWorkCumulation: z.boolean(),
});
export type BenefitsPlanSituation = z.infer<typeof benefitsPlanSituationSchema>;

export const benefitsPlanSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  /** Whose rules computed the plan (France today; Belgium next behind the same interface). */
  country: z.enum(benefitCountryCodes),
  planDate: isoDate,
  /** The person and their income without the new job, the simulated period, and the cumulation switch. */
  situation: benefitsPlanSituationSchema,
  /** The jobs compared, each with its label. */
  scenarios: z.array(jobScenarioSchema),
  /** The results as computed by the server when the plan was saved. */
  results: compareScenariosResponseSchema,
  /** The six-month full cumulation on return to work was applied (the switch shown with the results). */
  returnToWorkCumulation: z.boolean(),
  decision: z.string(),
  jobId: z.uuid().nullable(),
  topics: z.array(benefitsPlanTopicSchema),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type BenefitsPlan = z.infer<typeof benefitsPlanSchema>;

/** A plan in the participant's list: what was compared and decided, without the situation and results. */
export const benefitsPlanSummarySchema = benefitsPlanSchema
  .omit({ situation: true, results: true })
  .extend({ from: benefitMonthSchema, to: benefitMonthSchema });
export type BenefitsPlanSummary = z.infer<typeof benefitsPlanSummarySchema>;

export const benefitsPlanListSchema = z.object({ items: z.array(benefitsPlanSummarySchema) });
