import { worklistRules } from "@passerelle/domain";
import type { TFunction } from "i18next";
import { formatDate } from "../../shared/format/dates";

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);
const isRule = (value: unknown): value is (typeof worklistRules)[number] => typeof value === "string" && (worklistRules as readonly string[]).includes(value);

/** The worklist's events on a person's journey: an item set aside (or back), an employer step done. */
export const worklistTimelineSentence = (
  type: "worklist.snoozed" | "worklist_settings.saved" | "employer_contact.next_step_done",
  d: Record<string, unknown>,
  t: TFunction,
  language: string,
): string => {
  if (type === "worklist_settings.saved") return t("worklist.timeline.settingsSaved");
  if (type === "employer_contact.next_step_done") {
    const step = text(d.nextStep);
    const date = formatDate(text(d.doneOn), language);
    return step ? t("worklist.timeline.stepDone", { step, date }) : t("worklist.timeline.stepDoneShort", { date });
  }
  const rule = isRule(d.rule) ? t(`worklist.rules.${d.rule}`) : "";
  if (d.lifted === true) return t("worklist.timeline.lifted", { rule });
  return t("worklist.timeline.snoozed", { rule, date: formatDate(text(d.until), language), reason: text(d.reason) ?? "" });
};
