import { addDays } from "./calendar";
import type { WeeklyEmployerContacts } from "./worklist.contract";
import { defaultWorklistSettings } from "./worklist-settings.contract";

/**
 * The week's face-to-face employer contacts per specialist against the target (IPS-25 Sv6: 6 or more per
 * specialist per week). The week runs from `weekStart` (a Monday: `mondayOf(today)`) for 7 days. Each logged
 * contact counts once, an awareness session too (however many employers attended). Contacts without an author
 * count for nobody. `specialists` lists the team, so that a specialist with no contact shows as 0.
 */
export const weeklyEmployerContacts = (
  employerContacts: readonly { specialistId: string | null; date: string; faceToFace: boolean }[],
  weekStart: string,
  options: { target?: number; specialists?: readonly { id: string; name?: string }[] } = {},
): WeeklyEmployerContacts => {
  const target = options.target ?? defaultWorklistSettings.employerContactsWeeklyTarget;
  const weekEnd = addDays(weekStart, 6);
  const counts = new Map<string, { faceToFace: number; total: number }>();
  for (const s of options.specialists ?? []) counts.set(s.id, { faceToFace: 0, total: 0 });
  for (const c of employerContacts) {
    if (!c.specialistId || c.date < weekStart || c.date > weekEnd) continue;
    let row = counts.get(c.specialistId);
    if (!row) counts.set(c.specialistId, (row = { faceToFace: 0, total: 0 }));
    row.total += 1;
    if (c.faceToFace) row.faceToFace += 1;
  }
  const names = new Map((options.specialists ?? []).map((s) => [s.id, s.name]));
  const rows = [...counts.entries()].map(([specialistId, row]) => {
    const name = names.get(specialistId);
    return {
      specialistId,
      ...(name === undefined ? {} : { specialistName: name }),
      faceToFace: row.faceToFace,
      total: row.total,
      target,
      met: row.faceToFace >= target,
      missing: Math.max(0, target - row.faceToFace),
    };
  });
  return { weekStart, weekEnd, target, rows };
};
