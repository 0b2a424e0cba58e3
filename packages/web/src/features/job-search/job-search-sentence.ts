import { applicationReasonCodes, applicationStatuses } from "@passerelle/domain";
import type { TFunction } from "i18next";
import { formatDate } from "../../shared/format/dates";

type JobSearchEventType = "job_search_plan.saved" | "application.created" | "application.status_changed";

const isStatus = (v: unknown): v is (typeof applicationStatuses)[number] => typeof v === "string" && (applicationStatuses as readonly string[]).includes(v);
const isReason = (v: unknown): v is (typeof applicationReasonCodes)[number] => typeof v === "string" && (applicationReasonCodes as readonly string[]).includes(v);
const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

/** The timeline sentence of a job search event, from its data; unknown data gives the short sentence. */
export const jobSearchSentence = (type: JobSearchEventType, d: Record<string, unknown>, t: TFunction, language: string): string => {
  if (type === "job_search_plan.saved") {
    return typeof d.version === "number" ? t("jobSearch.timeline.planSaved", { version: d.version }) : t("jobSearch.timeline.planSavedShort");
  }
  const title = text(d.title);
  const employer = text(d.employerName) ?? "—";
  if (type === "application.created") {
    return title && isStatus(d.status)
      ? t("jobSearch.timeline.applicationCreated", { title, employer, status: t(`jobSearch.statuses.${d.status}`) })
      : t("jobSearch.timeline.applicationCreatedShort");
  }
  if (!title || !isStatus(d.to) || !text(d.date)) return t("jobSearch.timeline.statusChangedShort");
  const values = { title, employer, status: t(`jobSearch.statuses.${d.to}`), date: formatDate(text(d.date), language) };
  return isReason(d.reason)
    ? t("jobSearch.timeline.statusChangedWithReason", { ...values, reason: t(`jobSearch.reasons.${d.reason}`) })
    : t("jobSearch.timeline.statusChanged", values);
};
