import { type WorklistItem, worklistRuleInfo } from "@passerelle/domain";
import type { TFunction } from "i18next";

const intlLocale = (language: string): string => (language === "en" ? "en-GB" : "fr-FR");

/** "3 nov." / "3 Nov": the day and month are enough within a week's list (the year is there on the record). */
export const formatDayMonth = (isoDate: string | null | undefined, language: string): string => {
  if (!isoDate) return "";
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: "UTC", day: "numeric", month: "short" }).format(date);
};

/** One plain sentence: why the item is listed, from the facts the rule used (RULES.md). */
export const worklistSentence = (item: WorklistItem, t: TFunction, language: string): string => {
  const e = item.explanation;
  const values = {
    anchor: formatDayMonth(e.anchorDate, language),
    due: formatDayMonth(item.due, language),
    last: formatDayMonth(e.lastContactDate, language),
    days: e.thresholdDays,
    step: e.nextStep ?? "",
  };
  switch (item.rule) {
    case "no_contact":
      return e.anchor === "last_contact" ? t("worklist.sentences.no_contact_last_contact", values) : t("worklist.sentences.no_contact_referral", values);
    case "employer_next_step":
      return e.nextStep ? t("worklist.sentences.employer_next_step", values) : t("worklist.sentences.employer_next_step_plain", values);
    default:
      return t(`worklist.sentences.${item.rule}`, values);
  }
};

/** "En retard de 3 jours", "À faire aujourd'hui", "Dans 2 jours". */
export const worklistStateLabel = (item: WorklistItem, t: TFunction): string =>
  item.state === "overdue"
    ? t("worklist.state.overdue", { count: item.overdueDays })
    : item.state === "due_today"
      ? t("worklist.state.due_today")
      : t("worklist.state.upcoming", { count: -item.overdueDays });

/** The IPS principle and fidelity item behind the rule, for the curious (and for the fidelity review). */
export const worklistSource = (item: WorklistItem, t: TFunction): string => {
  const info = worklistRuleInfo[item.rule];
  return info.fidelityItem
    ? t("worklist.sourceWithItem", { principle: info.principle, item: info.fidelityItem })
    : t("worklist.source", { principle: info.principle });
};

/** Who or what the item is about, for buttons' accessible names. */
export const worklistSubject = (item: WorklistItem, t: TFunction): string =>
  `${t(`worklist.rules.${item.rule}`)} — ${item.participantName ?? item.employerName ?? ""}`;
