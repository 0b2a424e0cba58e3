import { z } from "zod";
import { isoDate, shortText } from "../shared/primitives";
import { type BenefitsMessageCode, benefitsMessageCodes } from "./messages";
import { isMonthKey, monthIndex, monthKeyPattern } from "./months";
import { franceCoverage } from "./parameters";

/**
 * POST /api/benefits/simulate (France: AAH and prime d'activité). Field names are the public API's. Every field
 * error carries a message key (see `benefitsFieldMessages`) and the zod path, which the server turns into the
 * field path of a 400. No transforms: the schemas also document the API (OpenAPI).
 */

export const benefitMonthSchema = z.string().regex(monthKeyPattern, { message: "invalid_month" });

/** A monthly amount in euros: never negative; the upper bound only stops absurd input, it is no rule. */
export const benefitAmountSchema = z
  .number({ message: "invalid_type" })
  .min(0, { message: "negative_amount" })
  .max(1_000_000, { message: "amount_too_large" });

/** Twenty years of months: enough for N-2 and any history, small enough that no request can flood the server. */
export const maxBenefitSeriesMonths = 240;

/** `{ "YYYY-MM": amount }`. A month absent from a series counts as 0. */
export const benefitsMonthlySeriesSchema = z
  .record(benefitMonthSchema, benefitAmountSchema, { error: (issue) => (issue.code === "invalid_key" ? "invalid_month" : undefined) })
  .refine((series) => Object.keys(series).length <= maxBenefitSeriesMonths, { message: "too_many_months" });
export type BenefitsMonthlySeries = z.infer<typeof benefitsMonthlySeriesSchema>;

export const benefitsHousingStatuses = ["tenant", "owner", "free"] as const;
export type BenefitsHousingStatus = (typeof benefitsHousingStatuses)[number];

export const benefitsPersonSchema = z
  .object({
    /** Either the birth date or the age in the first simulated month (exactly one). */
    birthDate: isoDate.optional(),
    age: z.number().int({ message: "invalid_type" }).min(0, { message: "too_small" }).max(120, { message: "too_big" }).optional(),
    /** 0.8 for 80 %. Optional so that a quick answer about the prime d'activité alone needs no disability data. */
    incapacityRate: z.number({ message: "invalid_type" }).min(0, { message: "rate_out_of_range" }).max(1, { message: "rate_out_of_range" }).default(0),
    /** Restriction substantielle et durable pour l'accès à l'emploi, recognised by the CDAPH (needed at 50-79 %). */
    rsdae: z.boolean().default(false),
    /** `owner` means without mortgage repayments; an owner repaying a loan is entered as `tenant`. */
    housing: z.enum(benefitsHousingStatuses).default("tenant"),
    /** Housing benefit (APL, ALS, ALF) received, by month: it sets the forfait logement of a tenant. */
    housingBenefit: benefitsMonthlySeriesSchema.default({}),
  })
  .refine((p) => (p.birthDate === undefined) !== (p.age === undefined), { message: "birth_date_or_age", path: ["birthDate"] });
export type BenefitsPerson = z.infer<typeof benefitsPersonSchema>;

export const benefitsOtherIncomeSchema = z.object({
  /** Invalidity or retirement pension, net, by month. */
  pension: benefitsMonthlySeriesSchema.default({}),
  /** Unemployment benefit (ARE), net, by month. */
  unemployment: benefitsMonthlySeriesSchema.default({}),
});

const hoursSeriesSchema = z
  .record(benefitMonthSchema, z.number({ message: "invalid_type" }).min(0, { message: "too_small" }).max(80, { message: "too_big" }), {
    error: (issue) => (issue.code === "invalid_key" ? "invalid_month" : undefined),
  })
  .refine((series) => Object.keys(series).length <= maxBenefitSeriesMonths, { message: "too_many_months" });

export const simulateRequestSchema = z
  .object({
    person: benefitsPersonSchema,
    /** Net monthly salary by month, past and planned: past months feed the quarterly and N-2 rules. */
    salaryNet: benefitsMonthlySeriesSchema.default({}),
    otherIncome: benefitsOtherIncomeSchema.default({ pension: {}, unemployment: {} }),
    /**
     * Optional extension: weekly hours by month, when known (job scenarios fill it). Only used to warn about the
     * RSDAE review at half-time; without it the warning is estimated from the salary.
     */
    hoursPerWeek: hoursSeriesSchema.optional(),
    from: benefitMonthSchema,
    to: benefitMonthSchema,
    /** The six-month full cumulation of AAH with a new salary (applied by default where the person qualifies). */
    returnToWorkCumulation: z.boolean().default(true),
  })
  .superRefine((request, ctx) => {
    // zod runs refinements even when a field failed (a non-aborting issue): never read a bad month.
    if (!isMonthKey(request.from) || !isMonthKey(request.to)) return;
    const from = monthIndex(request.from);
    const to = monthIndex(request.to);
    const first = monthIndex(franceCoverage.firstMonth);
    const last = monthIndex(franceCoverage.lastMonth);
    if (from < first) ctx.addIssue({ code: "custom", path: ["from"], message: "month_before_coverage" });
    if (from > last) ctx.addIssue({ code: "custom", path: ["from"], message: "month_after_coverage" });
    if (to > last) ctx.addIssue({ code: "custom", path: ["to"], message: "month_after_coverage" });
    if (to < from) ctx.addIssue({ code: "custom", path: ["to"], message: "month_range_reversed" });
    else if (to - from + 1 > franceCoverage.maxRangeMonths) ctx.addIssue({ code: "custom", path: ["to"], message: "month_range_too_long" });
  });

/** What the API receives (defaults not yet applied). */
export type SimulateRequestInput = z.input<typeof simulateRequestSchema>;
/** What the rules receive: validated, defaults applied. */
export type SimulateRequest = z.output<typeof simulateRequestSchema>;

export const benefitsMessageParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]));

/** A sentence for people: a stable code (to translate with the catalog), its parameters, and the French text. */
export const simulationMessageSchema = z.object({
  code: z.enum(benefitsMessageCodes as [BenefitsMessageCode, ...BenefitsMessageCode[]]),
  message: z.string(),
  params: benefitsMessageParamsSchema,
});
export type SimulationMessage = z.infer<typeof simulationMessageSchema>;

export const benefitsCalendarEntrySchema = simulationMessageSchema.extend({ month: benefitMonthSchema });
export type BenefitsCalendarEntry = z.infer<typeof benefitsCalendarEntrySchema>;

export const simulationMonthSchema = z.object({
  month: benefitMonthSchema,
  salaryNet: z.number(),
  /** Pension and unemployment benefit entered for the month. */
  otherIncome: z.number(),
  /** AAH due for the month, as OpenFisca-France's `aah` (plus the return-to-work cumulation when applied). */
  aah: z.number(),
  /** Prime d'activité due for the month, as OpenFisca-France's `ppa`, before CRDS. */
  primeActivite: z.number(),
  /** The same after CRDS: what is paid. */
  primeActiviteNet: z.number(),
  /** salaryNet + otherIncome + aah + primeActiviteNet. */
  total: z.number(),
  /** The salary of this month is not counted for AAH (return-to-work cumulation). */
  aahCumulation: z.boolean(),
  /** The AAH of this month counts as earned income for the prime d'activité (salary above 29 x SMIC horaire). */
  aahCountsAsEarnedIncome: z.boolean(),
  /** The month is after the last dated parameter: the last known amounts are carried forward. */
  projected: z.boolean(),
});
export type SimulationMonth = z.infer<typeof simulationMonthSchema>;

export const simulateResponseSchema = z.object({
  months: z.array(simulationMonthSchema),
  warnings: z.array(simulationMessageSchema),
  assumptions: z.array(simulationMessageSchema),
  /** When and why the amounts change, month by month, in plain words. */
  calendar: z.array(benefitsCalendarEntrySchema),
});
export type SimulateResponse = z.infer<typeof simulateResponseSchema>;

// --- job scenarios (UI helper: "what if I take a job of N hours a week at this wage") ---

export const jobScenarioSchema = z
  .object({
    label: shortText(80).optional(),
    startMonth: benefitMonthSchema,
    /** Last month of work; by default the job lasts to the end of the simulation. */
    endMonth: benefitMonthSchema.optional(),
    /** 48 h is the legal weekly maximum. */
    hoursPerWeek: z.number({ message: "invalid_type" }).gt(0, { message: "too_small" }).max(48, { message: "too_big" }),
    /** Gross hourly wage, converted to net with the stated employee contribution rate ... */
    hourlyGross: z.number({ message: "invalid_type" }).gt(0, { message: "too_small" }).max(1000, { message: "too_big" }).optional(),
    /** ... or the monthly net salary directly (exactly one of the two). */
    monthlyNet: benefitAmountSchema.optional(),
  })
  .refine((s) => (s.hourlyGross === undefined) !== (s.monthlyNet === undefined), { message: "hourly_or_monthly_wage", path: ["hourlyGross"] })
  .refine((s) => s.endMonth === undefined || s.endMonth >= s.startMonth, { message: "scenario_end_before_start", path: ["endMonth"] });
export type JobScenario = z.infer<typeof jobScenarioSchema>;

/** How long before the simulated period a scenario may start (its salaries then feed the reference months). */
export const scenarioLeadMonths = 12;

export const compareScenariosRequestSchema = z
  .object({
    /** The situation without the new job: past salaries, other income, the period to simulate. */
    situation: simulateRequestSchema,
    /** Several jobs side by side (10 h, 20 h, 24 h, 35 h...). */
    scenarios: z.array(jobScenarioSchema).min(1, { message: "too_small" }).max(8, { message: "too_big" }),
  })
  .superRefine((request, ctx) => {
    const { from, to } = request.situation;
    if (!isMonthKey(from) || !isMonthKey(to)) return;
    request.scenarios.forEach((scenario, i) => {
      if (!isMonthKey(scenario.startMonth)) return;
      const start = monthIndex(scenario.startMonth);
      if (start < monthIndex(from) - scenarioLeadMonths || start > monthIndex(to)) {
        ctx.addIssue({ code: "custom", path: ["scenarios", i, "startMonth"], message: "scenario_outside_period" });
      }
    });
  });
export type CompareScenariosRequestInput = z.input<typeof compareScenariosRequestSchema>;
export type CompareScenariosRequest = z.output<typeof compareScenariosRequestSchema>;

export const scenarioResultSchema = z.object({
  scenario: jobScenarioSchema,
  /** Net salary series the scenario adds (gross converted to net where the wage was hourly gross). */
  salaryNet: z.record(benefitMonthSchema, z.number()),
  /** Monthly gross salary, when the wage was given as hourly gross. */
  monthlyGross: z.number().nullable(),
  result: simulateResponseSchema,
  /** Sum over the simulated months of (total with the job - total without it). */
  totalGain: z.number(),
  /** Hours worked over the simulated months. */
  hoursWorked: z.number(),
  /** totalGain / hoursWorked: what one hour of work adds to income once benefits adjust. */
  gainPerHour: z.number().nullable(),
  /** Gain per extra hour compared with the scenario with the next fewer weekly hours (or with no job). */
  marginalGainPerHour: z.number().nullable(),
  warnings: z.array(simulationMessageSchema),
  assumptions: z.array(simulationMessageSchema),
});
export type ScenarioResult = z.infer<typeof scenarioResultSchema>;

export const compareScenariosResponseSchema = z.object({
  baseline: simulateResponseSchema,
  scenarios: z.array(scenarioResultSchema),
});
export type CompareScenariosResponse = z.infer<typeof compareScenariosResponseSchema>;
