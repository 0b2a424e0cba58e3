import { type FidelityIndicator, defaultFidelityThresholds, thresholdItemIds, type ThresholdItemId } from "@passerelle/domain";

type Unit = NonNullable<FidelityIndicator["unit"]>;

const intlLocale = (language: string): string => (language === "en" ? "en-GB" : "fr-FR");

/** A figure as the screen shows it: shares as whole percentages, the rest with at most one decimal (two under 1). */
export const formatIndicatorNumber = (value: number, unit: Unit | null, language: string): string => {
  if (unit === "share") return new Intl.NumberFormat(intlLocale(language), { style: "percent", maximumFractionDigits: 0 }).format(value);
  const digits = Math.abs(value) < 1 && value !== 0 ? 2 : 1;
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(value);
};

const isThresholdItem = (itemId: string): itemId is ThresholdItemId => (thresholdItemIds as readonly string[]).includes(itemId);

/** Whether a lower value is better (caseload size, days to the first employer contact). */
export const lowerIsBetter = (itemId: string): boolean => isThresholdItem(itemId) && defaultFidelityThresholds[itemId].direction === "at_most";

/** Parameters that are shares (O1's coverage) besides the cut-offs of a share item. */
const shareParams = new Set(["minCoverage"]);

/** The rule's parameters formatted for its sentence: cut-offs in the item's unit, shares as percentages. */
export const formatRuleParams = (indicator: FidelityIndicator, language: string): Record<string, string> => {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(indicator.rule?.params ?? {})) {
    if (typeof value !== "number") params[name] = value;
    else if (name.startsWith("score")) params[name] = formatIndicatorNumber(value, indicator.unit, language);
    else params[name] = formatIndicatorNumber(value, shareParams.has(name) ? "share" : null, language);
  }
  return params;
};
