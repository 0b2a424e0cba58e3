import { closureReasons } from "../participants/participant.contract";
import { jobEndReasons } from "../jobs/job.contract";
import { referralDeclineReasons } from "../referrals/referral.contract";
import { addDays, daysBetween } from "../worklist/calendar";
import type { CountFigure, OutcomeRecordKind, OutcomesFigures } from "./outcomes.contract";
import { type OutcomeIndex, overlaps, within } from "./outcome-index";
import type { OutcomeEpisode, OutcomeJob, OutcomePeriod } from "./outcome-records";
import { medianOf, rateOf } from "./people-figures";
import { addCalendarMonths } from "./quarters";
import { sortedIds } from "./stats";

const countOf = (kind: OutcomeRecordKind, ids: Iterable<string>): CountFigure => {
  const sorted = sortedIds(ids);
  return { count: sorted.length, kind, ids: sorted };
};

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

const retention = (jobs: readonly OutcomeJob[], period: OutcomePeriod, dayOf: (job: OutcomeJob) => string) => {
  const due = jobs.filter((j) => within(dayOf(j), period));
  return rateOf(
    "job",
    due.filter((j) => j.endDate === null || j.endDate >= dayOf(j)).map((j) => j.id),
    due.map((j) => j.id),
  );
};

export const jobFigures = (jobs: readonly OutcomeJob[], period: OutcomePeriod): JobFigures => {
  const ended = jobs.filter((j) => within(j.endDate, period));
  const current = jobs.filter((j) => overlaps(j.startDate, j.endDate, period));
  return {
    jobStarts: countOf("job", jobs.filter((j) => within(j.startDate, period)).map((j) => j.id)),
    jobTenureDays: medianOf("job", ended.map((j) => ({ id: j.id, value: daysBetween(j.startDate, j.endDate!) }))),
    retained90Days: retention(jobs, period, (j) => addDays(j.startDate, 90)),
    retained6Months: retention(jobs, period, (j) => addCalendarMonths(j.startDate, 6)),
    hoursPerWeek: medianOf("job", current.flatMap((j) => (j.hoursPerWeek === null ? [] : [{ id: j.id, value: j.hoursPerWeek }]))),
    hourlyWage: medianOf("job", current.flatMap((j) => (j.hourlyGrossWage === null ? [] : [{ id: j.id, value: j.hourlyGrossWage }]))),
    jobEndings: countOf("job", ended.map((j) => j.id)),
    jobEndingsByReason: byReason(jobEndReasons, ended.map((j) => ({ id: j.id, reason: j.endReason }))),
  };
};

type ReferralFigures = Pick<OutcomesFigures, "referralsReceived" | "referralsAccepted" | "referralsDeclined" | "referralsDeclinedByReason">;

export const referralFigures = (index: OutcomeIndex, period: OutcomePeriod): ReferralFigures => {
  const { specialistId } = index.records;
  const referrals = specialistId ? index.records.referrals.filter((r) => r.specialistId === specialistId) : index.records.referrals;
  const decided = referrals.filter((r) => within(r.decidedOn, period));
  const declined = decided.filter((r) => r.status === "declined");
  return {
    referralsReceived: countOf("referral", referrals.filter((r) => within(r.referredOn, period)).map((r) => r.id)),
    referralsAccepted: countOf("referral", decided.filter((r) => r.status === "accepted").map((r) => r.id)),
    referralsDeclined: countOf("referral", declined.map((r) => r.id)),
    referralsDeclinedByReason: byReason(referralDeclineReasons, declined.map((r) => ({ id: r.id, reason: r.declineReason }))),
  };
};

type EpisodeFigures = Pick<OutcomesFigures, "entries" | "closures" | "closuresByReason">;

export const episodeFigures = (index: OutcomeIndex, period: OutcomePeriod): EpisodeFigures => {
  const entered: string[] = [];
  const closed: { id: string; reason: string | null }[] = [];
  for (const person of index.people) {
    const episodes = index.episodesOf.get(person.id) ?? [];
    if (episodes.some((e) => within(e.openedOn, period))) entered.push(person.id);
    let lastClosed: OutcomeEpisode | null = null;
    for (const e of episodes) if (within(e.closedOn, period) && (!lastClosed || e.closedOn! > lastClosed.closedOn!)) lastClosed = e;
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
export const employerContactFigures = (index: OutcomeIndex, period: OutcomePeriod): ContactFigures => {
  const { specialistId } = index.records;
  const contacts = index.records.employerContacts.filter(
    (c) => c.faceToFace && within(c.date, period) && (!specialistId || c.authorId === specialistId),
  );
  const weeks = (daysBetween(period.from, period.to) + 1) / 7;
  const specialists = new Map<string, { name: string; fte: number; faceToFace: number }>();
  for (const s of index.records.specialists) {
    if (specialistId && s.id !== specialistId) continue;
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
