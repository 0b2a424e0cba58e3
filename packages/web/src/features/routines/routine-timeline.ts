import type { TFunction } from "i18next";

/** A `routine.saved` event as a sentence: a new version (with its number of activities) or a change of sharing. */
export const routineTimelineSentence = (d: Record<string, unknown>, t: TFunction): string => {
  if (d.change === "sharing") return d.sharedWithCareTeam === true ? t("routines.timeline.shared") : t("routines.timeline.unshared");
  if (typeof d.activities === "number") return t("routines.timeline.version", { count: d.activities });
  return t("routines.timeline.short");
};
