import type { QuestionnaireDue } from "./questionnaire.contract";

/** Months between two time points: proposed at entry, then every 6 months. */
export const questionnaireIntervalMonths = 6;
/** An answer given up to a month before a time point counts for it (the person was seen a little early). */
export const questionnaireEarlyMonths = 1;

/** Adds calendar months to a YYYY-MM-DD date, keeping the day or the month's last day (31 Jan + 1 month = 28/29 Feb). */
export const addCalendarMonths = (date: string, months: number): string => {
  const [y, m, d] = date.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
};

/**
 * Whether a questionnaire is to be proposed today. The time points are fixed from the entry (the referral date of the
 * file's current episode): entry, entry + 6 months, + 12 months... so people's answers are comparable at the same
 * stages of the support. The current time point is the latest one reached; it is due until an answer is given from a
 * month before it (never before the entry: a former episode's answers do not count). When it is answered, or before
 * the entry, the next time point is given as `dueDate`. A closed file (`entryDate` null) has nothing due.
 */
export const questionnaireDue = (entryDate: string | null, answeredDates: readonly string[], today: string): QuestionnaireDue => {
  const lastAnsweredOn = answeredDates.length > 0 ? answeredDates.reduce((a, b) => (a > b ? a : b)) : null;
  if (entryDate === null) return { due: false, dueDate: null, lastAnsweredOn };
  if (today < entryDate) return { due: false, dueDate: entryDate, lastAnsweredOn };
  let k = 0;
  while (addCalendarMonths(entryDate, (k + 1) * questionnaireIntervalMonths) <= today) k++;
  const point = addCalendarMonths(entryDate, k * questionnaireIntervalMonths);
  const early = addCalendarMonths(point, -questionnaireEarlyMonths);
  const windowStart = early > entryDate ? early : entryDate;
  const answered = answeredDates.some((d) => d >= windowStart && d <= today);
  if (!answered) return { due: true, dueDate: point, lastAnsweredOn };
  return { due: false, dueDate: addCalendarMonths(entryDate, (k + 1) * questionnaireIntervalMonths), lastAnsweredOn };
};
