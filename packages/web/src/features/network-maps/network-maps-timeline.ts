import type { TFunction } from "i18next";
import { formatDate } from "../../shared/format/dates";

/**
 * A snapshot of "Mon réseau de soutien" saved, or its sharing changed. The event carries counts and dates only:
 * the names of the people on the map never reach the timeline.
 */
export const networkMapTimelineSentence = (d: Record<string, unknown>, t: TFunction, language: string): string => {
  const date = typeof d.drawnOn === "string" ? formatDate(d.drawnOn, language) : null;
  if (!date) return t("networkMaps.timeline.savedShort");
  if (d.sharingChanged === true) return t(d.sharedWithCareTeam === true ? "networkMaps.timeline.shared" : "networkMaps.timeline.unshared", { date });
  if (typeof d.members !== "number") return t("networkMaps.timeline.savedShort");
  return t("networkMaps.timeline.saved", { date, count: d.members });
};
