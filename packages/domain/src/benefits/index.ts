/**
 * Benefits counselling: "what will I earn if I take this job?" (France: AAH and prime d'activité). Contracts,
 * the pure calculation, job scenarios, the message catalog and the dated parameters. See README.md.
 */
export * from "./simulate.contract";
export * from "./messages";
export * from "./rules";
export * from "./scenarios";
export { simulateFrance } from "./france/simulate-france";
export { computeFrance, type FranceComputation, type FranceMonthDetail } from "./france/engine";
export { grossToNet as benefitsGrossToNet, hoursPerMonth as benefitsHoursPerMonth } from "./france/gross-to-net";
export {
  franceCoverage,
  franceParameter,
  franceParameterNames,
  franceParametersProvenance,
  type BenefitsCoverage,
  type FranceParameterName,
  type ParameterSeries as BenefitsParameterSeries,
} from "./parameters";
export * from "./benefits-plan.contract";
export { localizeComparison, localizeSimulation } from "./localize";
