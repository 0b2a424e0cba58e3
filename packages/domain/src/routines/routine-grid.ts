import type { RoutineActivity, RoutineCategory } from "./routine.contract";

/** The grid's slot: activities start and end on the hour or the half hour. */
export const routineSlotMinutes = 30;

export type RoutineIssue = {
  path: string;
  /** A server message key (see the server's messages). */
  message: string;
  /** For an overlap: the index of the other activity, so the screen can say which one. */
  otherIndex?: number;
};

type GridActivity = Pick<RoutineActivity, "day" | "start" | "end"> & { category?: RoutineCategory };

/** "HH:MM" -> minutes since midnight ("24:00" is 1440). */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Minutes since midnight -> "HH:MM". */
export const timeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** Every slot boundary of a grid, from its first hour to its last ("09:00", "09:30", ... "22:00"). */
export const routineSlotTimes = (firstHour: number, lastHour: number): string[] => {
  const times: string[] = [];
  for (let m = firstHour * 60; m <= lastHour * 60; m += routineSlotMinutes) times.push(timeOf(m));
  return times;
};

/** Two activities of the same day share some time (touching ends do not overlap: 9:00-10:00 then 10:00-11:00). */
export const activitiesOverlap = (a: GridActivity, b: GridActivity): boolean =>
  a.day === b.day && minutesOf(a.start) < minutesOf(b.end) && minutesOf(b.start) < minutesOf(a.end);

/** The problems of one activity on its own, in a grid from `firstHour` to `lastHour`. */
const activityIssues = (a: GridActivity, i: number, firstHour: number, lastHour: number): RoutineIssue[] => {
  const issues: RoutineIssue[] = [];
  const start = minutesOf(a.start);
  const end = minutesOf(a.end);
  if (start % routineSlotMinutes !== 0) issues.push({ path: `activities.${i}.start`, message: "routine_slot_boundary" });
  if (end % routineSlotMinutes !== 0) issues.push({ path: `activities.${i}.end`, message: "routine_slot_boundary" });
  if (end <= start) issues.push({ path: `activities.${i}.end`, message: "routine_end_before_start" });
  if (start < firstHour * 60 || start >= lastHour * 60) issues.push({ path: `activities.${i}.start`, message: "routine_outside_grid" });
  if (end > lastHour * 60 || end <= firstHour * 60) issues.push({ path: `activities.${i}.end`, message: "routine_outside_grid" });
  return issues;
};

/**
 * What is wrong with a week grid: hours in the wrong order, and per activity a time off the half-hour slots, an end
 * not after the start, a time outside the grid's hours, or an overlap with another activity of the same day (both
 * activities are named, each pointing at the other). Overlaps are looked for among otherwise valid activities only,
 * so one typing mistake gives one message.
 */
export const routineIssues = (grid: { firstHour: number; lastHour: number; activities: readonly GridActivity[] }): RoutineIssue[] => {
  if (grid.lastHour <= grid.firstHour) return [{ path: "lastHour", message: "routine_hours_order" }];
  const issues: RoutineIssue[] = [];
  const valid: number[] = [];
  grid.activities.forEach((a, i) => {
    const own = activityIssues(a, i, grid.firstHour, grid.lastHour);
    issues.push(...own);
    if (own.length === 0) valid.push(i);
  });
  for (const [k, i] of valid.entries()) {
    for (const j of valid.slice(k + 1)) {
      const a = grid.activities[i];
      const b = grid.activities[j];
      if (a && b && activitiesOverlap(a, b)) {
        issues.push({ path: `activities.${i}`, message: "routine_activity_overlap", otherIndex: j });
        issues.push({ path: `activities.${j}`, message: "routine_activity_overlap", otherIndex: i });
      }
    }
  }
  return issues;
};

/** The activities of one day, earliest first (the order the grid and the print read them in). */
export const activitiesOfDay = <T extends GridActivity>(activities: readonly T[], day: number): T[] =>
  activities.filter((a) => a.day === day).sort((a, b) => minutesOf(a.start) - minutesOf(b.start));

/**
 * The free time around a moment of a day, for a click on an empty cell: from the clicked slot, one hour when free,
 * else up to the next activity (at least one slot). Null when the slot is taken.
 */
export const freeSlotAt = (
  activities: readonly GridActivity[],
  day: number,
  time: string,
  grid: { firstHour: number; lastHour: number },
): { start: string; end: string } | null => {
  const start = Math.floor(minutesOf(time) / routineSlotMinutes) * routineSlotMinutes;
  if (start < grid.firstHour * 60 || start >= grid.lastHour * 60) return null;
  const sameDay = activities.filter((a) => a.day === day);
  if (sameDay.some((a) => minutesOf(a.start) <= start && start < minutesOf(a.end))) return null;
  const nextStart = Math.min(grid.lastHour * 60, ...sameDay.map((a) => minutesOf(a.start)).filter((m) => m > start));
  return { start: timeOf(start), end: timeOf(Math.min(start + 60, nextStart)) };
};
