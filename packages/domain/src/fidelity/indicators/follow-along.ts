import { addDays } from "../../worklist/calendar";
import type { FidelityIndicator } from "../indicator.contract";
import type { FidelityThresholds } from "../indicator-thresholds";
import type { FidelityContact, FidelityPeriod, FidelityRecords } from "../fidelity-records";
import { computed, evidence, groupBy, partial, rate, within } from "./common";
import { jobsHeld } from "./jobs";

/** Sv11 individualised follow-along (partly): jobs held with a support plan, its variety and employer support. */
export const individualisedFollowAlong = (records: FidelityRecords, period: FidelityPeriod): FidelityIndicator => {
  const held = jobsHeld(records, period);
  const planOf = new Map(records.supportPlans.map((p) => [p.jobId, p]));
  const withPlan = held.filter((j) => planOf.has(j.id));
  const varied = withPlan.filter((j) => new Set(planOf.get(j.id)!.kinds).size >= 3);
  const employerSupport = withPlan.filter((j) => {
    const plan = planOf.get(j.id)!;
    return plan.providers.some((p) => p === "employer" || p === "supervisor" || p === "coworker") || plan.kinds.includes("supervisor_meetings");
  });
  const kinds = new Set(withPlan.flatMap((j) => planOf.get(j.id)!.kinds));
  return partial("Sv11", rate(withPlan.length, held.length), "share", "Sv11.jobs_with_plan_share", { variedKinds: 3 }, [
    evidence("Sv11.jobs_held", held.length, "job", held.map((j) => j.id)),
    evidence("Sv11.with_plan", withPlan.length, "job", withPlan.map((j) => j.id)),
    evidence("Sv11.three_or_more_kinds", varied.length, "job", varied.map((j) => j.id)),
    evidence("Sv11.employer_support", employerSupport.length, "job", employerSupport.map((j) => j.id)),
    evidence("Sv11.distinct_kinds", kinds.size, null),
  ]);
};

/** A follow-along month: 30 days. */
const MONTH_DAYS = 30;

const inPersonBetween = (contacts: readonly FidelityContact[] | undefined, first: string, last: string): boolean =>
  (contacts ?? []).some((c) => c.mode === "in_person" && c.date >= first && c.date <= last);

/**
 * Sv12 time-unlimited follow-along: the share of follow-along checks due in the period that were met. Checks:
 * - a job start with `start + startContactDays` within the period: an in-person contact in [start, start + days];
 * - a job end with `end + endContactDays` within the period: an in-person contact in [end, end + days];
 * - each follow-along month k = 1 .. followAlongMonths - 1 of a job (days [start + 30k, start + 30k + 29]) lying
 *   wholly in the period, the job still running on its last day: at least one in-person contact in it.
 * A check whose window runs past the period's end is not due yet (it is counted in the next period).
 */
export const timeUnlimitedFollowAlong = (records: FidelityRecords, period: FidelityPeriod, thresholds: FidelityThresholds): FidelityIndicator => {
  const item = thresholds.Sv12;
  const startDays = item.params.startContactDays!.value;
  const endDays = item.params.endContactDays!.value;
  const months = item.params.followAlongMonths!.value;
  const contactsOf = groupBy(records.contacts, (c) => c.participantId);
  const starts = { due: [] as string[], met: [] as string[] };
  const ends = { due: [] as string[], met: [] as string[] };
  const monthly = { due: 0, met: 0, dueJobs: [] as string[], missedJobs: [] as string[] };
  for (const job of records.jobs) {
    const contacts = contactsOf.get(job.participantId);
    const startWindowEnd = addDays(job.startDate, startDays);
    if (job.startDate >= period.from && startWindowEnd <= period.to) {
      starts.due.push(job.id);
      if (inPersonBetween(contacts, job.startDate, startWindowEnd)) starts.met.push(job.id);
    }
    if (job.endDate !== null) {
      const endWindowEnd = addDays(job.endDate, endDays);
      if (job.endDate >= period.from && endWindowEnd <= period.to) {
        ends.due.push(job.id);
        if (inPersonBetween(contacts, job.endDate, endWindowEnd)) ends.met.push(job.id);
      }
    }
    let missed = false;
    let due = false;
    for (let k = 1; k < months; k += 1) {
      const first = addDays(job.startDate, MONTH_DAYS * k);
      const last = addDays(first, MONTH_DAYS - 1);
      if (first < period.from || last > period.to) continue;
      if (job.endDate !== null && job.endDate < last) break;
      due = true;
      monthly.due += 1;
      if (inPersonBetween(contacts, first, last)) monthly.met += 1;
      else missed = true;
    }
    if (due) monthly.dueJobs.push(job.id);
    if (missed) monthly.missedJobs.push(job.id);
  }
  const dueChecks = starts.due.length + ends.due.length + monthly.due;
  const metChecks = starts.met.length + ends.met.length + monthly.met;
  return computed("Sv12", rate(metChecks, dueChecks), item, "Sv12.follow_along_checks_met", [
    evidence("Sv12.starts_due", starts.due.length, "job", starts.due),
    evidence("Sv12.starts_met", starts.met.length, "job", starts.met),
    evidence("Sv12.ends_due", ends.due.length, "job", ends.due),
    evidence("Sv12.ends_met", ends.met.length, "job", ends.met),
    evidence("Sv12.months_due", monthly.due, "job", monthly.dueJobs),
    evidence("Sv12.months_met", monthly.met, null),
    evidence("Sv12.jobs_with_month_missed", monthly.missedJobs.length, "job", monthly.missedJobs),
  ]);
};

/**
 * Sv13 community-based services: of the minutes specialists logged in the period, the share spent in person in
 * the community (phone, video and messages count as time away from it).
 */
export const communityBasedServices = (records: FidelityRecords, period: FidelityPeriod, thresholds: FidelityThresholds): FidelityIndicator => {
  const logged = records.contacts.filter((c) => c.authorRole === "specialist" && within(c.date, period));
  const community = logged.filter((c) => c.mode === "in_person" && c.place === "community");
  const minutes = (list: readonly FidelityContact[]) => list.reduce((sum, c) => sum + c.durationMinutes, 0);
  return computed("Sv13", rate(minutes(community), minutes(logged)), thresholds.Sv13, "Sv13.community_time_share", [
    evidence("Sv13.minutes_logged", minutes(logged), "contact", logged.map((c) => c.id)),
    evidence("Sv13.minutes_in_community", minutes(community), "contact", community.map((c) => c.id)),
  ]);
};

/** Documented outreach before an "unreachable" closure: contacts logged in the days before it (as for referrals). */
export const OUTREACH_DAYS = 60;
export const OUTREACH_MIN_CONTACTS = 2;

/**
 * Sv14 assertive engagement (partly): closures in the period by reason, and the "unreachable after outreach"
 * ones with documented outreach (at least 2 contacts logged in the 60 days up to the closure). Value: the
 * "unreachable" closures without it.
 */
export const assertiveEngagement = (records: FidelityRecords, period: FidelityPeriod): FidelityIndicator => {
  const closed = records.episodes.filter((e) => within(e.closedOn, period));
  const contactsOf = groupBy(records.contacts, (c) => c.participantId);
  const unreachable = closed.filter((e) => e.closureReason === "unreachable_after_outreach");
  const documented = unreachable.filter(
    (e) => (contactsOf.get(e.participantId) ?? []).filter((c) => c.date <= e.closedOn! && c.date >= addDays(e.closedOn!, -OUTREACH_DAYS)).length >= OUTREACH_MIN_CONTACTS,
  );
  const byReason = [...groupBy(closed, (e) => e.closureReason ?? "unknown").entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return partial("Sv14", unreachable.length - documented.length, "count", "Sv14.unreachable_without_outreach", { days: OUTREACH_DAYS, minContacts: OUTREACH_MIN_CONTACTS }, [
    evidence("Sv14.closures", closed.length, "participant", closed.map((e) => e.participantId)),
    ...byReason.map(([reason, list]) => evidence(`Sv14.closed.${reason}`, list.length, "participant", list.map((e) => e.participantId))),
    evidence("Sv14.unreachable_with_outreach", documented.length, "participant", documented.map((e) => e.participantId)),
  ]);
};
