/**
 * Quick timing of one 12-month simulation in the domain function (target: under 2 ms). Not a unit test: timings
 * depend on the machine. Run with `npx tsx packages/domain/src/benefits/tools/measure-simulation.ts`.
 * The bench suite (bench/) is expected to take this over.
 */
import { compareScenarios } from "../scenarios";
import { simulateFrance } from "../france/simulate-france";
import { compareScenariosRequestSchema, simulateRequestSchema } from "../simulate.contract";

const months = (from: string, count: number, amount: number): Record<string, number> => {
  const out: Record<string, number> = {};
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (let i = 0; i < count; i++) {
    out[`${y}-${String(m).padStart(2, "0")}`] = amount;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
};

// A typical counselling case: 80 %, tenant with housing benefit, a past job in N-2, a 24 h job from March.
const input = {
  person: { birthDate: "1988-04-17", incapacityRate: 0.8, rsdae: false, housing: "tenant", housingBenefit: months("2025-10", 15, 260) },
  salaryNet: { ...months("2024-01", 12, 1100), ...months("2026-03", 10, 1010) },
  otherIncome: { pension: {}, unemployment: months("2025-06", 6, 400) },
  from: "2026-01",
  to: "2026-12",
  returnToWorkCumulation: true,
};

const time = (label: string, runs: number, fn: () => unknown) => {
  for (let i = 0; i < 200; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((s, v) => s + v, 0) / samples.length;
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  console.log(`${label}: mean ${mean.toFixed(3)} ms, median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${at(1).toFixed(3)} ms (${runs} runs)`);
};

const request = simulateRequestSchema.parse(input);
time("simulateFrance, 12 months", 5000, () => simulateFrance(request));
time("parse + simulateFrance, 12 months", 5000, () => simulateFrance(simulateRequestSchema.parse(input)));
const scenarios = compareScenariosRequestSchema.parse({
  situation: { ...input, salaryNet: months("2024-01", 12, 1100) },
  scenarios: [10, 20, 24, 35].map((hours) => ({ startMonth: "2026-03", hoursPerWeek: hours, hourlyGross: 12.31 })),
});
time("compareScenarios, 4 scenarios + baseline, 12 months", 1000, () => compareScenarios(scenarios));
