/** Dates are shown day first, as in France, and times in Europe/Paris whatever the device's zone. */
export const APP_TIME_ZONE = "Europe/Paris";

const intlLocale = (language: string): string => (language === "en" ? "en-GB" : "fr-FR");

const isoDayFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: APP_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today in Paris as YYYY-MM-DD (a calendar date, what date inputs and the API expect). */
export const todayIso = (now: Date = new Date()): string => isoDayFormatter.format(now);

const parseIsoDay = (isoDate: string): Date => new Date(`${isoDate}T12:00:00Z`);

/** A calendar date (YYYY-MM-DD) as 23/11/2025. */
export const formatDate = (isoDate: string | null | undefined, language: string): string => {
  if (!isoDate) return "";
  const date = parseIsoDay(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: "UTC", dateStyle: "short" }).format(date);
};

/** A calendar date written out: 23 novembre 2025. */
export const formatLongDate = (isoDate: string | null | undefined, language: string): string => {
  if (!isoDate) return "";
  const date = parseIsoDay(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: "UTC", dateStyle: "long" }).format(date);
};

/** A timestamp (UTC from the API) as 23/11/2025 14:05 in Paris time. */
export const formatDateTime = (timestamp: string | null | undefined, language: string): string => {
  if (!timestamp) return "";
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: APP_TIME_ZONE,
    dateStyle: "short",
    timeStyle: "short",
  }).format(date);
};

/** Whole days from one calendar date to another (both YYYY-MM-DD). */
export const daysBetween = (fromIso: string, toIso: string): number =>
  Math.round((parseIsoDay(toIso).getTime() - parseIsoDay(fromIso).getTime()) / 86_400_000);

/** The calendar date `days` days before `isoDate`. */
export const isoDaysBefore = (isoDate: string, days: number): string =>
  new Date(parseIsoDay(isoDate).getTime() - days * 86_400_000).toISOString().slice(0, 10);

export const CONTACT_WARNING_DAYS = 30;

/** A person not seen for more than 30 days (or never) needs attention: IPS asks for regular contact. */
export const isContactOverdue = (lastContactDate: string | null, today: string = todayIso()): boolean =>
  lastContactDate === null || daysBetween(lastContactDate, today) > CONTACT_WARNING_DAYS;
