import type { z } from "zod";
import { simulateFrance } from "./france/simulate-france";
import type { BenefitsLocale } from "./messages";
import { type BenefitsCoverage, franceCoverage } from "./parameters";
import { type SimulateRequest, type SimulateRequestInput, type SimulateResponse, simulateRequestSchema, simulateResponseSchema } from "./simulate.contract";

/**
 * One country's benefit rules behind a common interface, so that the API and the UI pick the rules by country
 * and a second country (Belgium next) is a new implementation, not a change to the callers. Each country brings
 * its own request and response contracts (the benefits, incapacity notions and reference periods differ), its own
 * dated parameters and its own coverage.
 */
export interface BenefitRules<TInput, TRequest, TResponse> {
  readonly country: BenefitCountryCode;
  /** Validates the API body (defaults applied); its issues carry the field paths of a 400. */
  readonly requestSchema: z.ZodType<TRequest, TInput>;
  readonly responseSchema: z.ZodType<TResponse>;
  /** First and last months the rules answer for. */
  readonly coverage: BenefitsCoverage;
  /** Pure: month by month amounts, warnings and assumptions for a validated request, written in `locale`. */
  simulate(request: TRequest, locale?: BenefitsLocale): TResponse;
}

export const benefitCountryCodes = ["FR", "BE"] as const;
export type BenefitCountryCode = (typeof benefitCountryCodes)[number];

export const franceBenefitRules: BenefitRules<SimulateRequestInput, SimulateRequest, SimulateResponse> = {
  country: "FR",
  requestSchema: simulateRequestSchema,
  responseSchema: simulateResponseSchema,
  coverage: franceCoverage,
  simulate: simulateFrance,
};

/** The rules available by country. Belgium is not there yet. */
export const benefitRulesByCountry = { FR: franceBenefitRules } as const satisfies Partial<Record<BenefitCountryCode, BenefitRules<unknown, unknown, unknown>>>;
