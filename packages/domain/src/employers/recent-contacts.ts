import { addDays } from "../worklist/calendar";
import type { RecentEmployerContactByOther } from "./employer.contract";

export type EmployerContactFact = {
  employerId: string;
  specialistId: string | null;
  specialistName?: string | null;
  date: string;
  faceToFace: boolean;
  /** An awareness session also counts as a contact with each registered employer who attended. */
  attendees?: readonly { employerId?: string | null }[];
};

const concerns = (contact: EmployerContactFact, employerId: string): boolean =>
  contact.employerId === employerId || (contact.attendees ?? []).some((a) => a.employerId === employerId);

/**
 * "Another specialist contacted this employer in the last 30 days": shown on the contact form so the team speaks
 * to an employer with one voice. The window is `days` days back from today, both ends included (with 30 days on
 * 31 March: 1 March to 31 March). One row per colleague, the most recent first; contacts without an author
 * (imported history) are left out since no one can be asked about them.
 */
export const recentContactByOthers = (
  contacts: readonly EmployerContactFact[],
  employerId: string,
  specialistId: string,
  today: string,
  days = 30,
): RecentEmployerContactByOther[] => {
  const from = addDays(today, -days);
  const bySpecialist = new Map<string, RecentEmployerContactByOther>();
  for (const c of contacts) {
    if (!c.specialistId || c.specialistId === specialistId) continue;
    if (c.date < from || c.date > today || !concerns(c, employerId)) continue;
    const row = bySpecialist.get(c.specialistId);
    if (!row) {
      bySpecialist.set(c.specialistId, {
        specialistId: c.specialistId,
        specialistName: c.specialistName ?? null,
        lastDate: c.date,
        count: 1,
        faceToFace: c.faceToFace,
      });
      continue;
    }
    row.count += 1;
    row.faceToFace ||= c.faceToFace;
    if (c.date > row.lastDate) row.lastDate = c.date;
    row.specialistName ??= c.specialistName ?? null;
  }
  return [...bySpecialist.values()].sort((a, b) => (a.lastDate === b.lastDate ? a.specialistId.localeCompare(b.specialistId) : a.lastDate < b.lastDate ? 1 : -1));
};
