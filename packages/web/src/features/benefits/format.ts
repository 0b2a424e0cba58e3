const intlLocale = (language: string): string => (language === "en" ? "en-GB" : "fr-FR");

/** 1 234,56 € (fr) or €1,234.56 (en). */
export const formatMoney = (amount: number, language: string, fractionDigits = 2): string =>
  new Intl.NumberFormat(intlLocale(language), { style: "currency", currency: "EUR", minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(amount);

/** A month key as "mars 2026" / "March 2026", or "mars 26" short. */
export const formatMonth = (key: string, language: string, short = false): string => {
  const date = new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 15));
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: "UTC", month: short ? "short" : "long", year: short ? "2-digit" : "numeric" }).format(date);
};

/** 0.8 -> "80 %". */
export const formatPercent = (value: number, language: string): string =>
  new Intl.NumberFormat(intlLocale(language), { style: "percent", maximumFractionDigits: 1 }).format(value);
