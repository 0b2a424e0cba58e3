import type { TFunction } from "i18next";

const count = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/** A conversation recorded: how many scaling questions, never what was said. */
export const conversationTimelineSentence = (d: Record<string, unknown>, t: TFunction): string => {
  const scales = count(d.scales);
  return scales > 0 ? t("conversations.timeline.recordedWithScales", { count: scales }) : t("conversations.timeline.recorded");
};
