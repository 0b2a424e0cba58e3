import { closureReasons } from "../participants/participant.contract";
import { jobEndReasons } from "../jobs/job.contract";
import { referralDeclineReasons } from "../referrals/referral.contract";
import type { OutcomesFigures } from "./outcomes.contract";
import { type DayPeriod, type IndexedEpisode, type IndexedJob, type OutcomeIndex, overlapsDays, withinDays } from "./outcome-index";
import { countOf, medianOf, rateOf } from "./people-figures";
import { sortedIds } from "./stats";

/** Rows by reason in the contract's order, "unknown" (missing or not a known reason) last; empty reasons left out. */
const byReason = <R extends string>(known: readonly R[], rows: readonly { id: string; reason: string | null }[]) => {
  const groups = new Map<R | "unknown", string[]>();
  for (const row of rows) {
    const reason = row.reason !== null && (known as readonly string[]).includes(row.reason) ? (row.reason as R) : "unknown";
    const list = groups.get(reason);
    if (list) list.push(row.id);
    else groups.set(reason, [row.id]);
  }
  return [...known, "unknown" as const]
    .filter((reason) => groups.has(reason))
    .map((reason) => {
      const ids = sortedIds(groups.get(reason)!);
      return { reason, count: ids.length, ids };
    });
};

type JobFigures = Pick<OutcomesFigures, "jobStarts" | "jobTenureDays" | "retained90Days" | "retained6Months" | "hoursPerWeek" | "hourlyWage" | "jobEndings" | "jobEndingsByReason">;

/** A job is retained when it still runs on its 90th day (or 6th month): that day falls in the period. */
const retention = (jobs: readonly IndexedJob[], period: DayPeriod, dayOf: (job: IndexedJob) => number) => {
  const due = jobs.filter((j) => withinDays(dayOf(j), period));
  return rateOf(
    "job",
    due.filter((j) => j.end >= dayOf(j)).map((j) => j.job.id),
    due.map((j) => j.job.id),
  );
};

export const jobFigures = (jobs: readonly IndexedJob[], period: DayPeriod): JobFigures => {
  const ended = jobs.filter((j) => withinDays(j.end, period));
  const current = jobs.filter((j) => overlapsDays(j.start, j.end, period));
  return {
    jobStarts: countOf("job", jobs.filter((j) => withinDays(j.start, period)).map((j) => j.job.id)),
    jobTenureDays: medianOf("job", ended.map((j) => ({ id: j.job.id, value: j.end - j.start }))),
    retained90Days: retention(jobs, period, (j) => j.day90),
    retained6Months: retention(jobs, period, (j) => j.month6),
    hoursPerWeek: medianOf("job", current.flatMap((j) => (j.job.hoursPerWeek === null ? [] : [{ id: j.job.id, value: j.job.hoursPerWeek }]))),
    hourlyWage: medianOf("job", current.flatMap((j) => (j.job.hourlyGrossWage === null ? [] : [{ id: j.job.id, value: j.job.hourlyGrossWage }]))),
    jobEndings: countOf("job", ended.map((j) => j.job.id)),
    jobEndingsByReason: byReason(jobEndReasons, ended.map((j) => ({ id: j.job.id, reason: j.job.endReason }))),
  };
};

type ReferralFigures = Pick<OutcomesFigures, "referralsReceived" | "referralsAccepted" | "referralsDeclined" | "referralsDeclinedByReason">;

export const referralFigures = (index: OutcomeIndex, period: DayPeriod): ReferralFigures => {
  const decided = index.referrals.filter((r) => withinDays(r.decided, period)).map((r) => r.referral);
  const declined = decided.filter((r) => r.status === "declined");
  return {
    referralsReceived: countOf("referral", index.referrals.filter((r) => withinDays(r.referred, period)).map((r) => r.referral.id)),
    referralsAccepted: countOf("referral", decided.filter((r) => r.status === "accepted").map((r) => r.id)),
    referralsDeclined: countOf("referral", declined.map((r) => r.id)),
    referralsDeclinedByReason: byReason(referralDeclineReasons, declined.map((r) => ({ id: r.id, reason: r.declineReason }))),
  };
};

type EpisodeFigures = Pick<OutcomesFigures, "entries" | "closures" | "closuresByReason">;

export const episodeFigures = (index: OutcomeIndex, period: DayPeriod): EpisodeFigures => {
  const entered: string[] = [];
  const closed: { id: string; reason: string | null }[] = [];
  for (const person of index.people) {
    if (person.episodes.some((e) => withinDays(e.opened, period))) entered.push(person.id);
    let lastClosed: IndexedEpisode | null = null;
    for (const e of person.episodes) if (withinDays(e.closed, period) && (!lastClosed || e.closed > lastClosed.closed)) lastClosed = e;
    if (lastClosed) closed.push({ id: person.id, reason: lastClosed.closureReason });
  }
  return {
    entries: countOf("participant", entered),
    closures: countOf("participant", closed.map((c) => c.id)),
    closuresByReason: byReason(closureReasons, closed),
  };
};

type ContactFigures = Pick<OutcomesFigures, "employerContactsFaceToFace" | "employerContactsPerSpecialistPerWeek" | "employerContactsBySpecialist">;

/** Face-to-face employer contacts of the period, per specialist per week of full-time work (IPS-25 Sv6). */
export const employerContactFigures = (index: OutcomeIndex, period: DayPeriod): ContactFigures => {
  const contacts = index.employerContacts.filter((c) => withinDays(c.day, period)).map((c) => c.contact);
  const weeks = (period.to - period.from + 1) / 7;
  const specialists = new Map<string, { name: string; fte: number; faceToFace: number }>();
  for (const s of index.specialists) {
    const known = specialists.get(s.id);
    if (known) known.fte += s.fte;
    else specialists.set(s.id, { name: s.name, fte: s.fte, faceToFace: 0 });
  }
  for (const c of contacts) {
    const author = c.authorId ? specialists.get(c.authorId) : undefined;
    if (author) author.faceToFace += 1;
  }
  const totalFte = [...specialists.values()].reduce((sum, s) => sum + s.fte, 0);
  return {
    employerContactsFaceToFace: countOf("employer_contact", contacts.map((c) => c.id)),
    employerContactsPerSpecialistPerWeek: totalFte > 0 ? contacts.length / weeks / totalFte : null,
    employerContactsBySpecialist: [...specialists.entries()]
      .map(([id, s]) => ({ specialistId: id, name: s.name, faceToFace: s.faceToFace, perWeek: s.fte > 0 ? s.faceToFace / weeks / s.fte : 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, "fr") || (a.specialistId < b.specialistId ? -1 : 1)),
  };
};
