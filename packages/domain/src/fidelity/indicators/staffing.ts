import type { FidelityIndicator, IndicatorEvidence } from "../indicator.contract";
import type { FidelityThresholds } from "../indicator-thresholds";
import { thresholdParams } from "../indicator-thresholds";
import type { FidelityPeriod, FidelityRecords } from "../fidelity-records";
import { activeAtEnd, computed, employmentPhases, evidence, partial, rate, within } from "./common";

/**
 * S1 caseload size: people active at the end of the period per full-time specialist. The program's value counts
 * every active person (unassigned ones too: they are the team's caseload) over the specialists' total fte; one
 * line per specialist with their current caseload over their own fte.
 */
export const caseloadPerFte = (records: FidelityRecords, period: FidelityPeriod, thresholds: FidelityThresholds): FidelityIndicator => {
  const active = activeAtEnd(records.episodes, period);
  const specialists = records.staff.filter((s) => s.role === "specialist");
  const totalFte = specialists.reduce((sum, s) => sum + s.fte, 0);
  const people = records.people.filter((p) => active.has(p.id));
  const lines: IndicatorEvidence[] = [evidence("S1.active_people", people.length, "participant", people.map((p) => p.id))];
  lines.push(evidence("S1.total_fte", totalFte, "user", specialists.map((s) => s.id)));
  for (const s of specialists) {
    const theirs = people.filter((p) => p.specialistId === s.id).map((p) => p.id);
    lines.push(evidence("S1.specialist", s.fte > 0 ? theirs.length / s.fte : null, "participant", theirs, s.id));
  }
  const unassigned = people.filter((p) => p.specialistId === null || !specialists.some((s) => s.id === p.specialistId));
  if (unassigned.length > 0) lines.push(evidence("S1.unassigned", unassigned.length, "participant", unassigned.map((p) => p.id)));
  return computed("S1", totalFte > 0 ? people.length / totalFte : null, thresholds.S1, "S1.active_per_fte", lines);
};

/**
 * S2 employment services staff (partly): the share of the time specialists logged with or about people that
 * went to employment phases. The log does not see work done outside it (other duties), so no score is suggested.
 */
export const employmentServicesTime = (records: FidelityRecords, period: FidelityPeriod, thresholds: FidelityThresholds): FidelityIndicator => {
  const logged = records.contacts.filter((c) => c.authorRole === "specialist" && within(c.date, period));
  const employment = logged.filter((c) => employmentPhases.includes(c.phase));
  const other = logged.filter((c) => !employmentPhases.includes(c.phase));
  const minutes = (list: typeof logged) => list.reduce((sum, c) => sum + c.durationMinutes, 0);
  const total = minutes(logged);
  return partial("S2", rate(minutes(employment), total), "share", "S2.logged_time_share", thresholdParams(thresholds.S2), [
    evidence("S2.employment_minutes", minutes(employment), "contact", employment.map((c) => c.id)),
    evidence("S2.other_minutes", minutes(other), "contact", other.map((c) => c.id)),
  ]);
};

/**
 * S3 vocational generalists: among the people with employment-phase contacts in the period, the share whose
 * contacts were all logged by one person, their current specialist (nobody hands them on from phase to phase).
 */
export const vocationalGeneralists = (records: FidelityRecords, period: FidelityPeriod, thresholds: FidelityThresholds): FidelityIndicator => {
  const authors = new Map<string, Set<string | null>>();
  for (const c of records.contacts) {
    if (!within(c.date, period) || !employmentPhases.includes(c.phase)) continue;
    const set = authors.get(c.participantId) ?? new Set<string | null>();
    set.add(c.authorId);
    authors.set(c.participantId, set);
  }
  const specialistOf = new Map(records.people.map((p) => [p.id, p.specialistId]));
  const seen = [...authors.keys()].filter((id) => specialistOf.has(id));
  const oneSpecialist = seen.filter((id) => {
    const set = authors.get(id)!;
    const specialist = specialistOf.get(id) ?? null;
    return specialist !== null && set.size === 1 && set.has(specialist);
  });
  const met = new Set(oneSpecialist);
  const shared = seen.filter((id) => !met.has(id));
  return computed("S3", rate(oneSpecialist.length, seen.length), thresholds.S3, "S3.one_specialist_share", [
    evidence("S3.people_with_employment_contacts", seen.length, "participant", seen),
    evidence("S3.one_specialist", oneSpecialist.length, "participant", oneSpecialist),
    evidence("S3.several_authors", shared.length, "participant", shared),
  ]);
};
