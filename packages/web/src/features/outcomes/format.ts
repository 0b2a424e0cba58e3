/** The report's numbers as people read them: rounded here (the API never rounds), in the UI's language. */
const locale = (language: string): string => (language.startsWith("en") ? "en-GB" : "fr-FR");

export const formatPercent = (rate: number | null, language: string): string | null =>
  rate === null ? null : new Intl.NumberFormat(locale(language), { style: "percent", maximumFractionDigits: 0 }).format(rate);

export const formatNumber = (value: number | null, language: string, digits = 1): string | null =>
  value === null ? null : new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);

export const formatEuros = (value: number | null, language: string): string | null =>
  value === null ? null : new Intl.NumberFormat(locale(language), { style: "currency", currency: "EUR" }).format(value);

/** A rate as a whole percentage for the charts (0.41 -> 41), null kept as a gap. */
export const asPercentPoints = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);
