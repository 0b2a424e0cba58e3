import { contributionDataStart, employeeContributionRate, grossToNet, hoursPerMonth, isBeforeContributionData } from "./france/gross-to-net";
import { renderMessage, renderSimulation, type SimulationDraft, simulateFranceDraft } from "./france/simulate-france";
import { type MessageDraft, round2 } from "./france/warnings";
import type { BenefitsLocale, BenefitsMessageCode, BenefitsMessageParams } from "./messages";
import { monthIndex, monthKey } from "./months";
import { parameterAt } from "./parameters";
import type {
  CompareScenariosRequest,
  CompareScenariosResponse,
  JobScenario,
  ScenarioResult,
  SimulateRequest,
} from "./simulate.contract";

/**
 * Job scenarios for the counselling screen: "what if I take a job of N hours a week at this wage, from this month".
 * A scenario becomes a net salary series (gross converted with the stated contribution rate), is laid over the
 * situation, and is compared with the situation without it, month by month and per hour worked.
 */

const message = (code: BenefitsMessageCode, params: BenefitsMessageParams = {}): MessageDraft => ({ code, params });

/** The gross hourly SMIC in force in a month (for a "paid at the minimum wage" default in the UI). */
export const smicHourlyGross = (month: string): number => parameterAt("smic_b_horaire", monthIndex(month));

/** Net salary of one month from a monthly gross, with the non-executive employee contribution rate of that month. */
export const netFromGross = (monthlyGross: number, month: string): number => grossToNet(monthlyGross, monthIndex(month));

export type ScenarioSeries = {
  /** Net salary by month, from the start month to the end of the job or of the simulation. */
  salaryNet: Record<string, number>;
  hoursPerWeek: Record<string, number>;
  /** Monthly gross salary when the wage was given as hourly gross, else null. */
  monthlyGross: number | null;
  /** Codes and parameters: the sentences are written once the comparison is complete, in the reader's language. */
  warnings: MessageDraft[];
  assumptions: MessageDraft[];
};

/**
 * The salary series of a scenario up to `until` (the last simulated month). The first month counts as a full month
 * (stated): a counsellor plans in months, and a partial first pay only shifts the first month.
 */
export const scenarioSeries = (scenario: JobScenario, until: string): ScenarioSeries => {
  const start = monthIndex(scenario.startMonth);
  const end = Math.min(monthIndex(until), scenario.endMonth ? monthIndex(scenario.endMonth) : Number.POSITIVE_INFINITY);
  const monthlyGross = scenario.hourlyGross !== undefined ? scenario.hourlyGross * hoursPerMonth(scenario.hoursPerWeek) : null;
  const salaryNet: Record<string, number> = {};
  const hoursPerWeek: Record<string, number> = {};
  let early = false;
  for (let m = start; m <= end; m++) {
    const key = monthKey(m);
    if (monthlyGross !== null) {
      salaryNet[key] = round2(grossToNet(monthlyGross, m));
      early ||= isBeforeContributionData(m);
    } else {
      salaryNet[key] = scenario.monthlyNet ?? 0;
    }
    hoursPerWeek[key] = scenario.hoursPerWeek;
  }
  const assumptions = [message("assumption_hours")];
  const warnings: MessageDraft[] = [];
  if (monthlyGross !== null && scenario.hourlyGross !== undefined) {
    assumptions.unshift(message("assumption_gross_to_net", { rate: employeeContributionRate(Math.max(start, contributionDataStart())) }));
    if (early) assumptions.push(message("assumption_gross_to_net_early", { first: monthKey(contributionDataStart()) }));
    const smic = parameterAt("smic_b_horaire", start);
    if (scenario.hourlyGross < smic) {
      warnings.push(message("scenario_wage_below_smic", { hourly: scenario.hourlyGross, smic, month: scenario.startMonth }));
    }
  }
  return { salaryNet, hoursPerWeek, monthlyGross: monthlyGross === null ? null : round2(monthlyGross), warnings, assumptions };
};

/**
 * The situation with the job: from the start month, the scenario's salary replaces any salary entered for those
 * months (a scenario describes the person's work from then on); earlier months keep their history.
 */
export const withScenario = (situation: SimulateRequest, scenario: JobScenario): { request: SimulateRequest; series: ScenarioSeries } => {
  const series = scenarioSeries(scenario, situation.to);
  const start = scenario.startMonth;
  const salaryNet: Record<string, number> = {};
  for (const [month, amount] of Object.entries(situation.salaryNet)) if (month < start) salaryNet[month] = amount;
  Object.assign(salaryNet, series.salaryNet);
  const hoursPerWeek: Record<string, number> = {};
  for (const [month, hours] of Object.entries(situation.hoursPerWeek ?? {})) if (month < start) hoursPerWeek[month] = hours;
  Object.assign(hoursPerWeek, series.hoursPerWeek);
  return { request: { ...situation, salaryNet, hoursPerWeek }, series };
};

const sumTotals = (response: SimulationDraft): number => response.months.reduce((sum, m) => sum + m.total, 0);

/**
 * Each scenario against the situation without it: the gain over the simulated months, per hour worked, and per
 * extra hour compared with the scenario with the next fewer weekly hours (10 h -> 20 h -> 24 h -> 35 h).
 * The assumptions every scenario shares with the baseline are kept once, in `baseline.assumptions` (they made up a
 * third of a four-scenario answer); each scenario keeps only its own. Sentences are in `locale` (French by default).
 */
export const compareScenarios = (input: CompareScenariosRequest, locale: BenefitsLocale = "fr"): CompareScenariosResponse => {
  const baseline = simulateFranceDraft(input.situation);
  const baselineTotal = sumTotals(baseline);
  const shared = new Set(baseline.assumptions.map((a) => a.code));
  const from = monthIndex(input.situation.from);
  const to = monthIndex(input.situation.to);

  const computed = input.scenarios.map((scenario) => {
    const { request, series } = withScenario(input.situation, scenario);
    const result = simulateFranceDraft(request);
    const totalGain = sumTotals(result) - baselineTotal;
    let hoursWorked = 0;
    for (const [month, hours] of Object.entries(series.hoursPerWeek)) {
      const m = monthIndex(month);
      if (m >= from && m <= to) hoursWorked += hoursPerMonth(hours);
    }
    return { scenario, series, result, totalGain, hoursWorked };
  });

  // Marginal gain: order by hours worked over the period, compare each with the one before (the first with no job).
  const order = computed.map((_, i) => i).sort((a, b) => computed[a].hoursWorked - computed[b].hoursWorked);
  const marginal = new Map<number, number | null>();
  order.forEach((index, rank) => {
    const current = computed[index];
    const previous = rank === 0 ? { totalGain: 0, hoursWorked: 0 } : computed[order[rank - 1]];
    const extraHours = current.hoursWorked - previous.hoursWorked;
    marginal.set(index, extraHours > 0 ? round2((current.totalGain - previous.totalGain) / extraHours) : null);
  });

  const scenarios: ScenarioResult[] = computed.map((c, index) => ({
    scenario: c.scenario,
    salaryNet: c.series.salaryNet,
    monthlyGross: c.series.monthlyGross,
    result: renderSimulation({ ...c.result, assumptions: c.result.assumptions.filter((a) => !shared.has(a.code)) }, locale),
    totalGain: round2(c.totalGain),
    hoursWorked: round2(c.hoursWorked),
    gainPerHour: c.hoursWorked > 0 ? round2(c.totalGain / c.hoursWorked) : null,
    marginalGainPerHour: marginal.get(index) ?? null,
    warnings: c.series.warnings.map((m) => renderMessage(m, locale)),
    assumptions: c.series.assumptions.map((m) => renderMessage(m, locale)),
  }));
  return { baseline: renderSimulation(baseline, locale), scenarios };
};
