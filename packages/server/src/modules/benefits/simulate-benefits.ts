import {
  type BenefitsComparison,
  type CompareScenariosResponse,
  compareScenarios,
  franceBenefitRules,
  type Locale,
  type SimulateRequest,
  type SimulateResponse,
} from "@passerelle/domain";
import { authorizeGlobal } from "../../platform/access";
import type { Actor } from "../../platform/journal";

/**
 * A quick answer, with or without a participant: any user who may run simulations in at least one of their
 * programs. Nothing is read or stored (the request holds the whole situation), so nothing is audited. The French
 * rules answer (Belgium has none yet); warnings, assumptions and calendar follow the reader's language.
 */
export const simulateBenefits = (actor: Actor, request: SimulateRequest, locale: Locale): SimulateResponse => {
  authorizeGlobal(actor, "benefits.simulate");
  return franceBenefitRules.simulate(request, locale);
};

/** The situation without the job and each job scenario, with the gain per hour and per extra hour. */
export const compareBenefits = (actor: Actor, request: BenefitsComparison, locale: Locale): CompareScenariosResponse => {
  authorizeGlobal(actor, "benefits.simulate");
  return compareScenarios(request, locale);
};
