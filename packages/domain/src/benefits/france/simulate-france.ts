import { type BenefitsLocale, type BenefitsMessageCode, type BenefitsMessageParams, renderBenefitsMessage } from "../messages";
import { monthIndex, monthKey } from "../months";
import { franceCoverage, franceParameter, parameterAt } from "../parameters";
import type { SimulateRequest, SimulateResponse, SimulationMessage, SimulationMonth } from "../simulate.contract";
import { calendarOf } from "./calendar";
import { computeFrance, type FranceComputation } from "./engine";
import { employeeContributionRate } from "./gross-to-net";
import { forfaitLogement, ppaAfterCrds } from "./prime-activite";
import { amountIn, type FranceSituation, situationFromRequest } from "./situation";
import {
  cliffWarnings,
  cumulationWarnings,
  eligibilityWarnings,
  hospitalisationWarnings,
  type MessageDraft,
  minimumWarnings,
  mvaWarnings,
  round2,
  rsdaeWarnings,
} from "./warnings";

/**
 * A simulation before its sentences are written: messages are codes and parameters. Rendering is the last step,
 * once, in the reader's language, and only for the messages the answer keeps (a comparison drops the assumptions
 * each scenario shares with the baseline).
 */
export type SimulationDraft = Omit<SimulateResponse, "warnings" | "assumptions" | "calendar"> & {
  warnings: MessageDraft[];
  assumptions: MessageDraft[];
  calendar: (MessageDraft & { month: string })[];
};

/**
 * France: AAH and prime d'activité, month by month, for a validated request (see `simulateRequestSchema`). Pure:
 * the same request always gives the same answer, and nothing is read but the parameters data.
 */
export const simulateFranceDraft = (request: SimulateRequest): SimulationDraft => {
  const situation = situationFromRequest(request);
  const from = monthIndex(request.from);
  const to = monthIndex(request.to);
  const computation = computeFrance(situation, from, to);
  return {
    months: monthsOf(situation, computation),
    warnings: warningsOf(situation, computation),
    assumptions: assumptionsOf(request, situation, computation),
    calendar: calendarOf(situation, computation).map((entry) => ({ month: monthKey(entry.month), code: entry.code, params: entry.params })),
  };
};

export const renderMessage = (draft: MessageDraft, locale: BenefitsLocale): SimulationMessage => ({
  code: draft.code,
  message: renderBenefitsMessage(draft.code, draft.params, locale),
  params: draft.params,
});

export const renderSimulation = (draft: SimulationDraft, locale: BenefitsLocale): SimulateResponse => ({
  months: draft.months,
  warnings: draft.warnings.map((m) => renderMessage(m, locale)),
  assumptions: draft.assumptions.map((m) => renderMessage(m, locale)),
  calendar: draft.calendar.map((entry) => ({ month: entry.month, ...renderMessage(entry, locale) })),
});

/** The simulation with its sentences in the reader's language (French by default). */
export const simulateFrance = (request: SimulateRequest, locale: BenefitsLocale = "fr"): SimulateResponse =>
  renderSimulation(simulateFranceDraft(request), locale);

const lastDated = monthIndex(franceCoverage.lastDatedMonth);

const monthsOf = (situation: FranceSituation, computation: FranceComputation): SimulationMonth[] =>
  computation.details
    .filter((d) => d.month >= computation.from)
    .map((d) => {
      const salaryNet = round2(amountIn(situation.salaryNet, d.month));
      const otherIncome = round2(amountIn(situation.pension, d.month) + amountIn(situation.unemployment, d.month));
      const aah = round2(d.aah);
      const ppa = d.ppa?.amount ?? 0;
      const primeActivite = round2(ppa);
      const primeActiviteNet = round2(ppaAfterCrds(ppa, d.month));
      return {
        month: monthKey(d.month),
        salaryNet,
        otherIncome,
        aah,
        primeActivite,
        primeActiviteNet,
        total: round2(salaryNet + otherIncome + aah + primeActiviteNet),
        aahCumulation: d.cumulation,
        aahCountsAsEarnedIncome: d.fictive.aahCountsAsEarnedIncome && d.aah > 0,
        projected: d.month > lastDated,
      };
    });

const warningsOf = (situation: FranceSituation, computation: FranceComputation): MessageDraft[] => [
  ...eligibilityWarnings(computation),
  ...cliffWarnings(situation, computation),
  ...rsdaeWarnings(situation, computation, employeeContributionRate),
  ...cumulationWarnings(situation, computation),
  ...mvaWarnings(situation, computation),
  ...minimumWarnings(computation),
  ...hospitalisationWarnings(computation),
];

const assumptionsOf = (request: SimulateRequest, situation: FranceSituation, computation: FranceComputation): MessageDraft[] => {
  const from = computation.from;
  const list: MessageDraft[] = [
    { code: "assumption_openfisca", params: { crds: parameterAt("crds_taux", from) } },
    { code: "assumption_single_person", params: {} },
    { code: "assumption_sliding_quarter", params: {} },
  ];
  const add = (code: BenefitsMessageCode, params: BenefitsMessageParams = {}) => list.push({ code, params });
  const inRange = computation.details.filter((d) => d.month >= from);
  if (inRange.some((d) => d.aahResources.evaluation === "annual" && d.aahEligibility === "eligible")) {
    add("assumption_annual_n_minus_2", { cessation: parameterAt("aah_abattement_cessation_activite", from) });
  }
  if (situation.salaryNet.size > 0) add("assumption_net_salary");
  add("assumption_missing_months");
  if (request.person.birthDate === undefined) add("assumption_age_from_age", { month: request.from });
  if (situation.pension.size > 0) add("assumption_pension");
  if (situation.unemployment.size > 0) add("assumption_unemployment");
  add("assumption_housing", { forfait: round2(forfaitLogement("owner", 0, from)) });
  add("assumption_total");
  if (request.returnToWorkCumulation) {
    add("assumption_cumulation_on", { source: franceParameter("aah_cumul_integral_reprise_activite_mois").citation ?? "" });
  } else {
    add("assumption_cumulation_off");
  }
  if (computation.to > lastDated) add("assumption_parameters_projected", { lastDated: franceCoverage.lastDatedMonth });
  return list;
};
