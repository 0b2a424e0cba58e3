import { minutesOf, activitiesOfDay } from "./routine-grid";
import {
  type RoutineActivity,
  type RoutineAnswers,
  type RoutineCategory,
  routineCategories,
  routineDays,
  type RoutineQuestionKey,
  routineQuestionKeys,
} from "./routine.contract";

/** Hours of one activity (30 minutes is 0.5). */
export const activityHours = (a: Pick<RoutineActivity, "start" | "end">): number => Math.max(0, minutesOf(a.end) - minutesOf(a.start)) / 60;

/** Hours per category over the week, every category present (0 when absent), in the legend's order. */
export const hoursByCategory = (activities: readonly RoutineActivity[]): Record<RoutineCategory, number> => {
  const hours = Object.fromEntries(routineCategories.map((c) => [c, 0])) as Record<RoutineCategory, number>;
  for (const a of activities) hours[a.category] += activityHours(a);
  return hours;
};

/** Two activities are the same when day, times, category and label match (labels compared without case or spaces). */
const sameActivity = (a: RoutineActivity, b: RoutineActivity): boolean =>
  a.day === b.day && a.start === b.start && a.end === b.end && a.category === b.category && a.label.trim().toLowerCase() === b.label.trim().toLowerCase();

export type RoutineDayChange = {
  day: number;
  /** In the later version only, earliest first. */
  added: RoutineActivity[];
  /** In the earlier version only, earliest first. */
  removed: RoutineActivity[];
  unchanged: number;
};

export type RoutineCategoryChange = { category: RoutineCategory; before: number; after: number; delta: number };

export type RoutineComparison = {
  /** The seven days, Monday first, each with what was added and removed (a moved activity is one of each). */
  days: RoutineDayChange[];
  /** Categories with hours in either version, in the legend's order. */
  categories: RoutineCategoryChange[];
  /** Questions whose answer differs (answered, changed or no longer answered), in the manual's order. */
  answersChanged: RoutineQuestionKey[];
};

const answerOf = (answers: RoutineAnswers, key: RoutineQuestionKey): string => (answers[key] ?? "").trim();

/** What changed from one version of the week (`before`) to another (`after`): per day, per category, per question. */
export const compareRoutines = (
  before: { activities: readonly RoutineActivity[]; answers: RoutineAnswers },
  after: { activities: readonly RoutineActivity[]; answers: RoutineAnswers },
): RoutineComparison => {
  const days = routineDays.map((day): RoutineDayChange => {
    const earlier = activitiesOfDay(before.activities, day);
    const later = activitiesOfDay(after.activities, day);
    const matched = new Set<number>();
    const removed: RoutineActivity[] = [];
    for (const a of earlier) {
      const j = later.findIndex((b, k) => !matched.has(k) && sameActivity(a, b));
      if (j === -1) removed.push(a);
      else matched.add(j);
    }
    return { day, added: later.filter((_, k) => !matched.has(k)), removed, unchanged: matched.size };
  });
  const hoursBefore = hoursByCategory(before.activities);
  const hoursAfter = hoursByCategory(after.activities);
  const categories = routineCategories
    .filter((c) => hoursBefore[c] > 0 || hoursAfter[c] > 0)
    .map((category) => ({ category, before: hoursBefore[category], after: hoursAfter[category], delta: hoursAfter[category] - hoursBefore[category] }));
  const answersChanged = routineQuestionKeys.filter((k) => answerOf(before.answers, k) !== answerOf(after.answers, k));
  return { days, categories, answersChanged };
};
