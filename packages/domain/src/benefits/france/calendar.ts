import { type MonthIndex, monthKey, yearOf } from "../months";
import { parameterAt, parameterChangedIn } from "../parameters";
import type { FranceComputation } from "./engine";
import { amountIn, type FranceSituation } from "./situation";
import { type MessageDraft, round2 } from "./warnings";

/**
 * The months when something changes, and why, in the order a person lives them: the job starts, AAH is uprated or
 * recalculated on the quarter, the full cumulation ends, the prime d'activité starts or moves with the reference
 * quarter. A change of less than a cent is no change.
 */

export type CalendarDraft = MessageDraft & { month: MonthIndex };

const changed = (before: number, after: number): boolean => Math.abs(round2(after) - round2(before)) >= 0.01;

export const calendarOf = (situation: FranceSituation, computation: FranceComputation): CalendarDraft[] => {
  const entries: CalendarDraft[] = [];
  for (let month = computation.from; month <= computation.to; month++) {
    const now = computation.detailOf(month);
    const before = computation.detailOf(month - 1);
    const salary = amountIn(situation.salaryNet, month);
    const previousSalary = amountIn(situation.salaryNet, month - 1);
    const key = monthKey(month);

    if (salary > 0 && previousSalary <= 0) entries.push({ month, code: "calendar_job_start", params: { month: key } });
    if (salary <= 0 && previousSalary > 0) entries.push({ month, code: "calendar_job_end", params: { month: key } });
    if (before.cumulation && !now.cumulation && salary > 0) entries.push({ month, code: "calendar_cumulation_ends", params: { month: key } });

    if (changed(before.aah, now.aah)) {
      const amounts = { before: round2(before.aah), after: round2(now.aah) };
      if (parameterChangedIn("aah_montant", month)) {
        entries.push({ month, code: "calendar_aah_revalued", params: { month: key, maximum: parameterAt("aah_montant", month), ...amounts } });
      } else if (now.aahResources.evaluation === "quarterly") {
        entries.push({ month, code: "calendar_aah_recalculated", params: { month: key, ...amounts, refStart: monthKey(month - 3), refEnd: monthKey(month - 1) } });
      } else {
        entries.push({ month, code: "calendar_aah_annual", params: { month: key, ...amounts, year: String(yearOf(month) - 2) } });
      }
    }

    const ppaBefore = before.ppa?.amount ?? 0;
    const ppaNow = now.ppa?.amount ?? 0;
    if (changed(ppaBefore, ppaNow)) {
      const reference = { refStart: monthKey(month - 3), refEnd: monthKey(month - 1) };
      if (round2(ppaBefore) === 0) entries.push({ month, code: "calendar_ppa_starts", params: { month: key, after: round2(ppaNow), ...reference } });
      else if (round2(ppaNow) === 0) entries.push({ month, code: "calendar_ppa_stops", params: { month: key, ...reference } });
      else entries.push({ month, code: "calendar_ppa_changes", params: { month: key, before: round2(ppaBefore), after: round2(ppaNow), ...reference } });
    }
  }
  return entries;
};
