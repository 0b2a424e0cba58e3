import { sstDomains, sstObservers, sstStatuses, type TimelineEntry } from "@passerelle/domain";
import type { TFunction } from "i18next";

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (values as readonly string[]).includes(value);
const isDomain = oneOf(sstDomains);
const isStatus = oneOf(sstStatuses);
const isObserver = oneOf(sstObservers);

/** SST events carry ids and labels from lists only (domain, status, observer, phase letter): never the person's words. */
export const sstTimelineSentence = (type: "sst_plan.created" | "sst_plan.updated" | "sst_measure.recorded", d: TimelineEntry["data"], t: TFunction): string => {
  if (type === "sst_plan.created") return isDomain(d.domain) ? t("sst.timeline.created", { domain: t(`sst.domains.${d.domain}`) }) : t("sst.timeline.short");
  if (type === "sst_plan.updated") return isStatus(d.status) ? t("sst.timeline.updated", { status: t(`sst.status.${d.status}`) }) : t("sst.timeline.short");
  const phase = typeof d.phase === "string" && /^[AB]'*$/.test(d.phase) ? d.phase : "?";
  return isObserver(d.observer) ? t("sst.timeline.measure", { observer: t(`sst.observers.${d.observer}`), phase }) : t("sst.timeline.short");
};
