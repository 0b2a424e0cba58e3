import type { SstContent, SstStatus } from "./sst-plan.contract";

export type SstIssue = { path: string; message: string };

/** The earliest date a plan or a measure may carry: older dates are typing mistakes. */
export const earliestSstDate = "2000-01-01";

const dateIssue = (path: string, date: string, today: string): SstIssue[] =>
  date > today ? [{ path, message: "sst_date_in_future" }] : date < earliestSstDate ? [{ path, message: "sst_date_too_old" }] : [];

/**
 * What makes a plan inconsistent (422, messages are the server's keys). Step 6 of the manual: one variable changed at a
 * time, each change dated: an adjustment comes after the intervention's start, and two adjustments never share a day
 * (their measures could not be told apart). A status past the baseline needs the start date and at least one
 * technique (step 4); a plan still at its baseline has no start date. Dates record what happened: none in the future.
 */
export const sstPlanIssues = (plan: { status: SstStatus; content: SstContent }, today: string): SstIssue[] => {
  const { content, status } = plan;
  const start = content.interventionStartedOn;
  const issues: SstIssue[] = [];
  if (start) issues.push(...dateIssue("content.interventionStartedOn", start, today));
  if (status !== "baseline" && !start) issues.push({ path: "content.interventionStartedOn", message: "sst_status_needs_start" });
  if (status === "baseline" && start) issues.push({ path: "status", message: "sst_status_baseline_after_start" });
  if (status !== "baseline" && content.techniques.length === 0) issues.push({ path: "content.techniques", message: "sst_techniques_required" });
  if (new Set(content.techniques).size !== content.techniques.length) issues.push({ path: "content.techniques", message: "sst_technique_repeated" });
  const seenDays = new Set<string>();
  const seenIds = new Set<string>();
  content.adjustments.forEach((adjustment, i) => {
    const path = `content.adjustments.${i}.on`;
    if (seenIds.has(adjustment.id)) issues.push({ path: `content.adjustments.${i}.id`, message: "sst_adjustment_repeated" });
    seenIds.add(adjustment.id);
    if (!start) issues.push({ path, message: "sst_adjustment_without_start" });
    else if (adjustment.on <= start) issues.push({ path, message: "sst_adjustment_not_after_start" });
    else issues.push(...dateIssue(path, adjustment.on, today));
    if (seenDays.has(adjustment.on)) issues.push({ path, message: "sst_adjustment_same_day" });
    seenDays.add(adjustment.on);
  });
  return issues;
};

/** What is wrong with a measure's date: in the future, or before 2000. */
export const sstMeasureIssues = (measure: { measuredOn: string }, today: string): SstIssue[] => dateIssue("measuredOn", measure.measuredOn, today);
