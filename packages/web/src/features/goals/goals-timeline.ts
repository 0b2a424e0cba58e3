import type { TFunction } from "i18next";

const count = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);
const changesOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/**
 * A goal's events on the timeline, from ids, counts, the status and the kinds of change only (the goal's words are
 * never in the event). The most telling change names the sentence: a status, a review, the steps, the sharing.
 */
export const goalTimelineSentence = (type: "goal.created" | "goal.updated", d: Record<string, unknown>, t: TFunction): string => {
  if (type === "goal.created") {
    return typeof d.revisesGoalId === "string" ? t("goals.timeline.createdRevising") : t("goals.timeline.created", { count: count(d.stepsTotal) });
  }
  const changes = changesOf(d.changes);
  if (changes.includes("status")) {
    if (d.status === "achieved") return t("goals.timeline.achieved");
    if (d.status === "stopped") return t("goals.timeline.stopped");
    if (d.status === "revised") return t("goals.timeline.revised");
    if (d.status === "active") return t("goals.timeline.resumed");
  }
  if (changes.includes("review")) return t("goals.timeline.review");
  if (changes.includes("steps")) return t("goals.timeline.steps", { done: count(d.stepsDone), total: count(d.stepsTotal) });
  if (changes.length === 1 && changes[0] === "sharing") return d.sharedWithCareTeam === true ? t("goals.timeline.shared") : t("goals.timeline.unshared");
  return t("goals.timeline.updated");
};
