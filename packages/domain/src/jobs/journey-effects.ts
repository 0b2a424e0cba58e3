import type { ParticipantStatus } from "../participants/participant.contract";

/**
 * What a job start or ending does to the person's journey status. Pure: the use case applies the change (with
 * `checkStatusChange` and its event) in the same transaction as the job.
 */
export type JourneyEffect =
  | { kind: "set_status"; from: ParticipantStatus; to: "working" }
  | { kind: "propose_status"; from: ParticipantStatus; to: "job_search"; reason: "job_ended" }
  | { kind: "none"; reason: "closed" | "starts_later" | "already_working" | "ends_later" | "still_working" | "not_working" };

type JobDates = { id: string; startDate: string; endDate?: string | null };

/** A job covers a day from its start to its end, both included. */
export const isOngoing = (job: JobDates, date: string): boolean => job.startDate <= date && (!job.endDate || job.endDate >= date);

export const ongoingJobs = <T extends JobDates>(jobs: readonly T[], date: string): T[] => jobs.filter((j) => isOngoing(j, date));

/**
 * Starting a job moves the person to "working", from any active status (also from follow-along: a second job
 * is a new start). A job recorded ahead of its start changes nothing yet; a closed record is re-opened first.
 */
export const onJobStarted = (participant: { status: ParticipantStatus }, job: { startDate: string }, today: string): JourneyEffect => {
  if (participant.status === "closed") return { kind: "none", reason: "closed" };
  if (job.startDate > today) return { kind: "none", reason: "starts_later" };
  if (participant.status === "working") return { kind: "none", reason: "already_working" };
  return { kind: "set_status", from: participant.status, to: "working" };
};

/**
 * Ending a job proposes a new job search (IPS: a job ending is part of the journey; support is time-unlimited).
 * Never a closure, and not even an automatic change: the person may want a pause, or to stay in follow-along.
 * Nothing is proposed while another job is ongoing, or when the person was not in a working status.
 */
export const onJobEnded = (
  participant: { status: ParticipantStatus },
  ended: JobDates,
  allJobs: readonly JobDates[],
  today: string,
): JourneyEffect => {
  if (participant.status === "closed") return { kind: "none", reason: "closed" };
  if (!ended.endDate || ended.endDate > today) return { kind: "none", reason: "ends_later" };
  if (allJobs.some((j) => j.id !== ended.id && isOngoing(j, today))) return { kind: "none", reason: "still_working" };
  if (participant.status !== "working" && participant.status !== "follow_along") return { kind: "none", reason: "not_working" };
  return { kind: "propose_status", from: participant.status, to: "job_search", reason: "job_ended" };
};

/**
 * Benefits counselling is due before a start and whenever hours or pay change (IPS principle 4). The answer
 * for a job write: the web offers to plan (the benefits simulator), the worklist checks a plan exists.
 */
export const benefitsReviewTriggers = (
  before: { hoursPerWeek?: number | null; hourlyGrossWage?: number | null } | null,
  after: { hoursPerWeek?: number | null; hourlyGrossWage?: number | null },
): ("job_start" | "hours_change" | "pay_change")[] => {
  if (!before) return ["job_start"];
  const triggers: ("hours_change" | "pay_change")[] = [];
  if ((before.hoursPerWeek ?? null) !== (after.hoursPerWeek ?? null)) triggers.push("hours_change");
  if ((before.hourlyGrossWage ?? null) !== (after.hourlyGrossWage ?? null)) triggers.push("pay_change");
  return triggers;
};
