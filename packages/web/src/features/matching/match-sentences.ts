import type { MatchReason, scheduleOptions, WorkEnvironmentTag } from "@passerelle/domain";
import type { TFunction } from "i18next";

const list = (items: readonly string[], locale: string): string =>
  new Intl.ListFormat(locale.startsWith("fr") ? "fr" : "en", { style: "long", type: "conjunction" }).format(items);

const number = (value: number, locale: string): string => new Intl.NumberFormat(locale.startsWith("fr") ? "fr-FR" : "en-GB").format(value);

const hoursRange = (min: number | null, max: number | null, t: TFunction, locale: string): string =>
  min !== null && max !== null
    ? t("matching.hoursRange.between", { min: number(min, locale), max: number(max, locale) })
    : min !== null
      ? t("matching.hoursRange.atLeast", { min: number(min, locale) })
      : t("matching.hoursRange.atMost", { max: number(max ?? 0, locale) });

const tags = (values: readonly WorkEnvironmentTag[], t: TFunction, locale: string): string => list(values.map((v) => t(`matching.environmentTags.${v}`)), locale);
/** Slot labels start with a capital in the profile's checkboxes; inside a sentence they do not. */
const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase() + text.slice(1);
const slots = (values: readonly (typeof scheduleOptions)[number][], t: TFunction, locale: string): string =>
  list(values.map((v) => lowerFirst(t(`schedule.${v}`))), locale);

/**
 * One criterion in a plain sentence: what agrees, what differs, and what is not known yet (and on which side).
 * Shared by a person's job leads and an opening's people, so both read the same way.
 */
export const reasonSentence = (reason: MatchReason, t: TFunction, locale: string): string => {
  if (reason.verdict === "unknown" && reason.missing) return t(`matching.missing.${reason.criterion}.${reason.missing}`);
  switch (reason.criterion) {
    case "job_type": {
      const d = reason.detail;
      return reason.verdict === "agrees"
        ? t("matching.jobType.agrees", { matched: list(d.matched, locale) })
        : t("matching.jobType.differs", { preferred: list(d.preferred, locale) });
    }
    case "place": {
      const d = reason.detail;
      const params = {
        place: d.nearestPlace ?? "",
        km: d.travelKm === null ? "" : number(d.travelKm, locale),
        max: d.maxKm === null ? "" : number(d.maxKm, locale),
      };
      return t(`matching.place.${d.level ?? "other_town"}`, params);
    }
    case "hours": {
      const d = reason.detail;
      const params = { offered: number(d.offered ?? 0, locale), range: hoursRange(d.preferredMin, d.preferredMax, t, locale) };
      return t(reason.verdict === "agrees" ? "matching.hours.agrees" : "matching.hours.differs", params);
    }
    case "schedule": {
      const d = reason.detail;
      return reason.verdict === "agrees"
        ? t("matching.schedule.agrees", { offered: slots(d.offered, t, locale), preferred: slots(d.preferred, t, locale) })
        : t("matching.schedule.differs", { outside: slots(d.outside, t, locale), preferred: slots(d.preferred, t, locale) });
    }
    case "environment": {
      const d = reason.detail;
      if (reason.verdict === "agrees") return t("matching.environment.agrees", { tags: tags(d.agreeing, t, locale) });
      if (reason.verdict === "differs") return t("matching.environment.differs", { tags: tags(d.conflicting, t, locale) });
      return t("matching.environment.unsaid", { tags: tags(d.offered, t, locale) });
    }
  }
};
