import { type BenefitsLocale, benefitsMessageCatalog, renderBenefitsMessage } from "./messages";
import type { CompareScenariosResponse, SimulateResponse, SimulationMessage } from "./simulate.contract";

/**
 * The simulation writes its sentences in French; an API answer follows the reader's language. Each message keeps
 * its code and parameters, so it is rendered again in the other language. A code no longer in the catalog (a saved
 * plan from an older version) keeps the text it was saved with.
 */
const localizeMessage = <T extends SimulationMessage>(message: T, locale: BenefitsLocale): T =>
  Object.hasOwn(benefitsMessageCatalog, message.code) ? { ...message, message: renderBenefitsMessage(message.code, message.params, locale) } : message;

export const localizeSimulation = (response: SimulateResponse, locale: BenefitsLocale): SimulateResponse =>
  locale === "fr"
    ? response
    : {
        ...response,
        warnings: response.warnings.map((m) => localizeMessage(m, locale)),
        assumptions: response.assumptions.map((m) => localizeMessage(m, locale)),
        calendar: response.calendar.map((m) => localizeMessage(m, locale)),
      };

export const localizeComparison = (response: CompareScenariosResponse, locale: BenefitsLocale): CompareScenariosResponse =>
  locale === "fr"
    ? response
    : {
        baseline: localizeSimulation(response.baseline, locale),
        scenarios: response.scenarios.map((s) => ({
          ...s,
          result: localizeSimulation(s.result, locale),
          warnings: s.warnings.map((m) => localizeMessage(m, locale)),
          assumptions: s.assumptions.map((m) => localizeMessage(m, locale)),
        })),
      };
