import { addDays } from "../worklist/calendar";
import { type Support, type SupportPlanData, supportFrequencyDays } from "./support-plan.contract";

export type SupportActivity = {
  supportId: string;
  lastDate: string | null;
  count: number;
  /** When the next contact is due by the support's frequency; null when the team does not provide it or no rhythm is set. */
  dueBy: string | null;
  overdue: boolean;
};

/** Supports the team delivers itself, so its contact log can say whether the rhythm is kept. */
const teamProvided = (support: Support): boolean => support.provider === "specialist" || support.provider === "peer_supporter";

/**
 * For the plan page: each support, when it was last delivered (contacts logged against it) and whether the
 * agreed rhythm is kept. A support not yet started or already ended is not due.
 */
export const supportActivity = (
  plan: SupportPlanData,
  links: readonly { supportIds: readonly string[]; date: string }[],
  today: string,
): SupportActivity[] => {
  const last = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const link of links) {
    if (link.date > today) continue;
    for (const id of link.supportIds) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      const previous = last.get(id);
      if (!previous || link.date > previous) last.set(id, link.date);
    }
  }
  return plan.supports.map((support) => {
    const lastDate = last.get(support.id) ?? null;
    const gap = supportFrequencyDays[support.frequency];
    const active = (!support.startDate || support.startDate <= today) && (!support.endDate || support.endDate >= today);
    const anchor = lastDate ?? support.startDate ?? plan.chosenWithPersonOn ?? null;
    const dueBy = teamProvided(support) && active && gap !== null && anchor ? addDays(anchor, gap) : null;
    return { supportId: support.id, lastDate, count: counts.get(support.id) ?? 0, dueBy, overdue: dueBy !== null && dueBy < today };
  });
};
