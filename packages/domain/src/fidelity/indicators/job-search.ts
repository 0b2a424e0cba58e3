import { addDays, daysBetween } from "../../worklist/calendar";
import type { FidelityIndicator, IndicatorEvidence } from "../indicator.contract";
import type { FidelityThresholds } from "../indicator-thresholds";
import type { FidelityEpisode, FidelityPeriod, FidelityRecords } from "../fidelity-records";
import { computed, evidence, groupBy, overlaps, partial, rate, weeksIn, within } from "./common";

/**
 * Sv1 work incentives planning: the job starts of the period, and those with a benefits plan before them: a plan
 * of the person dated within `planValidDays` before the start (the start day included), or a plan made for this
 * job dated on or before the start (the worklist's rule; a plan made after the start is late and does not count).
 */
export const workIncentivesPlanning = (records: FidelityRecords, period: FidelityPeriod, thresholds: FidelityThresholds): FidelityIndicator => {
  const item = thresholds.Sv1;
  const validDays = item.params.planValidDays!.value;
  const starts = records.jobs.filter((j) => within(j.startDate, period));
  const plansOf = groupBy(records.benefitsPlans, (b) => b.participantId);
  const planned = starts.filter((j) =>
    (plansOf.get(j.participantId) ?? []).some((b) => b.date <= j.startDate && (b.jobId === j.id || b.date >= addDays(j.startDate, -validDays))),
  );
  const met = new Set(planned.map((j) => j.id));
  return computed("Sv1", rate(planned.length, starts.length), item, "Sv1.starts_with_plan_share", [
    evidence("Sv1.job_starts", starts.length, "job", starts.map((j) => j.id)),
    evidence("Sv1.with_plan", planned.length, "job", planned.map((j) => j.id)),
    evidence("Sv1.without_plan", starts.length - planned.length, "job", starts.filter((j) => !met.has(j.id)).map((j) => j.id)),
  ]);
};

/** Sv2 disclosure (partly): the jobs started in the period whose disclosure choice is written down (details or date). */
export const disclosure = (records: FidelityRecords, period: FidelityPeriod): FidelityIndicator => {
  const starts = records.jobs.filter((j) => within(j.startDate, period));
  const documented = starts.filter((j) => j.disclosureDocumented);
  return partial("Sv2", rate(documented.length, starts.length), "share", "Sv2.documented_share", {}, [
    evidence("Sv2.job_starts", starts.length, "job", starts.map((j) => j.id)),
    evidence("Sv2.documented", documented.length, "job", documented.map((j) => j.id)),
  ]);
};

/** How long after a job starts or ends a career profile update counts as learning from it (Passerelle's choice). */
export const PROFILE_UPDATE_DAYS = 30;

/**
 * Sv3 ongoing work-based assessment (partly): job starts and ends in the period, and those followed by a save of
 * the person's career profile within 30 days (the day itself included).
 */
export const workBasedAssessment = (records: FidelityRecords, period: FidelityPeriod): FidelityIndicator => {
  const savesOf = groupBy(records.profileSaves, (s) => s.participantId);
  const events = records.jobs.flatMap((j) => [
    ...(within(j.startDate, period) ? [{ job: j, date: j.startDate }] : []),
    ...(within(j.endDate, period) ? [{ job: j, date: j.endDate! }] : []),
  ]);
  const updated = events.filter((e) => (savesOf.get(e.job.participantId) ?? []).some((s) => s.date >= e.date && s.date <= addDays(e.date, PROFILE_UPDATE_DAYS)));
  return partial("Sv3", rate(updated.length, events.length), "share", "Sv3.profile_updated_share", { days: PROFILE_UPDATE_DAYS }, [
    evidence("Sv3.job_starts_and_ends", events.length, "job", events.map((e) => e.job.id)),
    evidence("Sv3.profile_updated", updated.length, "job", updated.map((e) => e.job.id)),
  ]);
};

/** The person's latest episode overlapping the period (OUTCOMES.md's "their episode"): entry = its opening day. */
const latestEpisodes = (episodes: readonly FidelityEpisode[], period: FidelityPeriod): Map<string, FidelityEpisode> => {
  const latest = new Map<string, FidelityEpisode>();
  for (const e of episodes) {
    if (!overlaps(e.openedOn, e.closedOn, period)) continue;
    const current = latest.get(e.participantId);
    if (!current || e.openedOn > current.openedOn || (e.openedOn === current.openedOn && e.id > current.id)) latest.set(e.participantId, e);
  }
  return latest;
};

/**
 * Sv4 rapid job search: for the people whose first face-to-face employer contact made for them since entry fell in
 * the period, the mean of (contact - entry) in days. Also: the people open at the end of the period with no such
 * contact yet and more than `score5` days (30) since entry.
 */
export const rapidJobSearch = (records: FidelityRecords, period: FidelityPeriod, thresholds: FidelityThresholds): FidelityIndicator => {
  const item = thresholds.Sv4;
  const target = item.cutoffs.score5.value;
  const datesOf = new Map<string, string[]>();
  for (const c of records.employerContacts) {
    if (!c.faceToFace) continue;
    for (const id of c.participantIds) {
      const dates = datesOf.get(id);
      if (dates) dates.push(c.date);
      else datesOf.set(id, [c.date]);
    }
  }
  const measured: { id: string; days: number }[] = [];
  const waiting: string[] = [];
  for (const [participantId, episode] of latestEpisodes(records.episodes, period)) {
    const first = (datesOf.get(participantId) ?? []).filter((d) => d >= episode.openedOn).sort()[0] ?? null;
    if (first !== null && within(first, period)) measured.push({ id: participantId, days: daysBetween(episode.openedOn, first) });
    const openAtEnd = episode.closedOn === null || episode.closedOn > period.to;
    if (openAtEnd && (first === null || first > period.to) && daysBetween(episode.openedOn, period.to) > target) waiting.push(participantId);
  }
  const mean = measured.length === 0 ? null : measured.reduce((sum, m) => sum + m.days, 0) / measured.length;
  return computed("Sv4", mean, item, "Sv4.mean_days_to_first_employer_contact", [
    evidence("Sv4.people_measured", measured.length, "participant", measured.map((m) => m.id)),
    evidence("Sv4.within_target", measured.filter((m) => m.days <= target).length, "participant", measured.filter((m) => m.days <= target).map((m) => m.id)),
    evidence("Sv4.still_waiting", waiting.length, "participant", waiting),
  ]);
};

/** Sv5 individualised job search (partly): the period's employer contacts made for a named person, among all. */
export const individualisedJobSearch = (records: FidelityRecords, period: FidelityPeriod): FidelityIndicator => {
  const all = records.employerContacts.filter((c) => within(c.date, period));
  const forPerson = all.filter((c) => c.participantIds.length > 0);
  return partial("Sv5", rate(forPerson.length, all.length), "share", "Sv5.for_a_person_share", {}, [
    evidence("Sv5.employer_contacts", all.length, "employer_contact", all.map((c) => c.id)),
    evidence("Sv5.for_a_person", forPerson.length, "employer_contact", forPerson.map((c) => c.id)),
  ]);
};

/**
 * Sv6 frequent employer contact: the period's face-to-face employer contacts logged in the program (by anyone,
 * as the outcomes count them) per week per full-time specialist; one line per specialist with their own.
 */
export const employerContactRate = (records: FidelityRecords, period: FidelityPeriod, thresholds: FidelityThresholds): FidelityIndicator => {
  const weeks = weeksIn(period);
  const faceToFace = records.employerContacts.filter((c) => c.faceToFace && within(c.date, period));
  const specialists = records.staff.filter((s) => s.role === "specialist");
  const totalFte = specialists.reduce((sum, s) => sum + s.fte, 0);
  const lines: IndicatorEvidence[] = [evidence("Sv6.face_to_face_contacts", faceToFace.length, "employer_contact", faceToFace.map((c) => c.id))];
  for (const s of specialists) {
    const theirs = faceToFace.filter((c) => c.authorId === s.id);
    lines.push(evidence("Sv6.specialist", s.fte > 0 ? theirs.length / weeks / s.fte : null, "employer_contact", theirs.map((c) => c.id), s.id));
  }
  return computed("Sv6", totalFte > 0 ? faceToFace.length / weeks / totalFte : null, thresholds.Sv6, "Sv6.per_specialist_per_week", lines);
};

/**
 * Sv7 quality of employer contact (proxy): the employers met face to face in the period, and those met at least
 * twice (repeated visits to learn their needs). Ids: the face-to-face contacts with those employers.
 */
export const repeatedEmployerVisits = (records: FidelityRecords, period: FidelityPeriod): FidelityIndicator => {
  const visits = groupBy(records.employerContacts.filter((c) => c.faceToFace && within(c.date, period)), (c) => c.employerId);
  const repeated = [...visits.values()].filter((list) => list.length >= 2);
  return partial("Sv7", rate(repeated.length, visits.size), "share", "Sv7.repeat_visit_share", { minVisits: 2 }, [
    evidence("Sv7.employers_visited", visits.size, "employer_contact", [...visits.values()].flat().map((c) => c.id)),
    evidence("Sv7.employers_visited_repeatedly", repeated.length, "employer_contact", repeated.flat().map((c) => c.id)),
  ]);
};
