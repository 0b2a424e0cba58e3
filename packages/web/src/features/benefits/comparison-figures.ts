import type { CompareScenariosResponse, SimulateResponse } from "@passerelle/domain";

/** Monthly averages over the simulated period: what a person remembers ("about 1,450 EUR a month"). */
export type Averages = { salaryNet: number; aah: number; primeActivite: number; otherIncome: number; total: number };

const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length);

export const averagesOf = (result: SimulateResponse): Averages => ({
  salaryNet: mean(result.months.map((m) => m.salaryNet)),
  aah: mean(result.months.map((m) => m.aah)),
  primeActivite: mean(result.months.map((m) => m.primeActiviteNet)),
  otherIncome: mean(result.months.map((m) => m.otherIncome)),
  total: mean(result.months.map((m) => m.total)),
});

export type ScenarioFigures = {
  label: string;
  averages: Averages;
  /** Average monthly total with the job minus without it. */
  gainPerMonth: number;
  gainPerHour: number | null;
  marginalGainPerHour: number | null;
};

export const scenarioFigures = (comparison: CompareScenariosResponse, labelOf: (index: number) => string): { baseline: Averages; scenarios: ScenarioFigures[] } => {
  const baseline = averagesOf(comparison.baseline);
  return {
    baseline,
    scenarios: comparison.scenarios.map((s, i) => {
      const averages = averagesOf(s.result);
      return {
        label: s.scenario.label || labelOf(i),
        averages,
        gainPerMonth: averages.total - baseline.total,
        gainPerHour: s.gainPerHour,
        marginalGainPerHour: s.marginalGainPerHour,
      };
    }),
  };
};

/** Warnings of every scenario, once each (by code), with the scenarios that raise them: the one-page print. */
export const distinctWarnings = (comparison: CompareScenariosResponse) => {
  const byCode = new Map<string, { warning: CompareScenariosResponse["scenarios"][number]["warnings"][number]; scenarios: string[] }>();
  comparison.scenarios.forEach((s, i) => {
    for (const warning of [...s.warnings, ...s.result.warnings]) {
      const label = s.scenario.label || String(i + 1);
      const entry = byCode.get(warning.code);
      if (entry) {
        if (!entry.scenarios.includes(label)) entry.scenarios.push(label);
      } else byCode.set(warning.code, { warning, scenarios: [label] });
    }
  });
  return [...byCode.values()];
};
