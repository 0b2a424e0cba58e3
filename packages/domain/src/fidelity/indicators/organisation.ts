import type { FidelityIndicator, IndicatorEvidence } from "../indicator.contract";
import type { FidelityThresholds } from "../indicator-thresholds";
import type { FidelityPeriod, FidelityRecords } from "../fidelity-records";
import { activeAtEnd, computed, evidence, groupBy, partial, rate, weekBlocksIn, weeksWith, within } from "./common";

/** No referring service recorded: the person does not come from a care team, so never covers a specialist's teams. */
const NO_SERVICE = "";

/**
 * O1 team assignment: a specialist meets it when at most `maxServices` referring services supply at least
 * `minCoverage` of their caseload (people active at the end of the period, currently assigned to them). The value
 * is the share of specialists with a caseload who meet it; one line per specialist (value = coverage of their
 * top services, ids = the people those services sent).
 */
export const teamAssignment = (records: FidelityRecords, period: FidelityPeriod, thresholds: FidelityThresholds): FidelityIndicator => {
  const item = thresholds.O1;
  const maxServices = item.params.maxServices!.value;
  const minCoverage = item.params.minCoverage!.value;
  const active = activeAtEnd(records.episodes, period);
  const lines: IndicatorEvidence[] = [];
  const meeting: string[] = [];
  const withCaseload: string[] = [];
  for (const s of records.staff.filter((m) => m.role === "specialist")) {
    const caseload = records.people.filter((p) => p.specialistId === s.id && active.has(p.id));
    if (caseload.length === 0) continue;
    withCaseload.push(s.id);
    const byService = [...groupBy(caseload, (p) => p.referringServiceKey ?? NO_SERVICE).entries()]
      .filter(([key]) => key !== NO_SERVICE)
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    const covered = byService.slice(0, maxServices).flatMap(([, people]) => people.map((p) => p.id));
    const coverage = covered.length / caseload.length;
    if (coverage >= minCoverage) meeting.push(s.id);
    lines.push(evidence("O1.specialist_coverage", coverage, "participant", covered, s.id));
  }
  lines.unshift(evidence("O1.specialists_meeting", meeting.length, "user", meeting), evidence("O1.specialists_with_caseload", withCaseload.length, "user", withCaseload));
  return computed("O1", rate(meeting.length, withCaseload.length), item, "O1.specialists_meeting_share", lines);
};

/**
 * O2 frequent team contact (partly): integrated meetings held in the period. Value: the share of the period's
 * weeks (7-day blocks from `from`) with a meeting held; evidence: meetings, people discussed, decisions written.
 */
export const teamMeetings = (records: FidelityRecords, period: FidelityPeriod): FidelityIndicator => {
  const held = records.meetings.filter((m) => within(m.date, period));
  const blocks = weekBlocksIn(period);
  const weeks = weeksWith(held.map((m) => m.date), period);
  const discussed = held.flatMap((m) => m.peopleDiscussed);
  const decided = held.flatMap((m) => m.peopleWithDecision);
  return partial("O2", rate(weeks, blocks), "share", "O2.weeks_with_meeting", { weeks: blocks }, [
    evidence("O2.meetings_held", held.length, "meeting", held.map((m) => m.id)),
    evidence("O2.weeks_with_meeting", weeks, null),
    evidence("O2.discussions", discussed.length, "participant", discussed),
    evidence("O2.decisions", decided.length, "participant", decided),
  ]);
};

/**
 * O4 vocational unit (partly): the specialists and team leads of the program, and the weekly group supervision.
 * Value: the share of the period's weeks with a group supervision session.
 */
export const vocationalUnit = (records: FidelityRecords, period: FidelityPeriod): FidelityIndicator => {
  const specialists = records.staff.filter((s) => s.role === "specialist");
  const leads = records.staff.filter((s) => s.role === "team_lead");
  const group = records.supervisions.filter((s) => s.kind === "group_supervision" && within(s.date, period));
  const blocks = weekBlocksIn(period);
  const weeks = weeksWith(group.map((s) => s.date), period);
  return partial("O4", rate(weeks, blocks), "share", "O4.weeks_with_group_supervision", { weeks: blocks, minSpecialists: 2 }, [
    evidence("O4.specialists", specialists.length, "user", specialists.map((s) => s.id)),
    evidence("O4.team_leads", leads.length, "user", leads.map((s) => s.id)),
    evidence("O4.group_supervision_sessions", group.length, "supervision", group.map((s) => s.id)),
    evidence("O4.weeks_with_group_supervision", weeks, null),
  ]);
};

/**
 * O5 role of the supervisor (partly): field mentoring sessions held, and specialists per team lead (DOMAIN.md:
 * <= 10, unconfirmed). Value: specialists per team lead (null without a team lead). Whether outcomes are
 * reviewed quarterly is the reviewers' to say.
 */
export const supervisorRole = (records: FidelityRecords, period: FidelityPeriod): FidelityIndicator => {
  const specialists = records.staff.filter((s) => s.role === "specialist");
  const leads = records.staff.filter((s) => s.role === "team_lead");
  const mentoring = records.supervisions.filter((s) => s.kind === "field_mentoring" && within(s.date, period));
  return partial("O5", leads.length > 0 ? specialists.length / leads.length : null, "count", "O5.specialists_per_team_lead", { maxSpecialistsPerLead: 10 }, [
    evidence("O5.field_mentoring_sessions", mentoring.length, "supervision", mentoring.map((s) => s.id)),
    evidence("O5.specialists", specialists.length, "user", specialists.map((s) => s.id)),
    evidence("O5.team_leads", leads.length, "user", leads.map((s) => s.id)),
  ]);
};

/**
 * O6 zero exclusion (partly): referrals decided in the period, the declines by reason. The app allows only two
 * reasons (not wanting support now, unreachable after outreach): a decline on readiness or clinical grounds cannot
 * be recorded, so the line for it is always 0. Value: the number of referrals declined.
 */
export const zeroExclusion = (records: FidelityRecords, period: FidelityPeriod): FidelityIndicator => {
  const received = records.referrals.filter((r) => within(r.referredOn, period));
  const decided = records.referrals.filter((r) => within(r.decidedOn, period));
  const accepted = decided.filter((r) => r.status === "accepted");
  const declined = decided.filter((r) => r.status === "declined");
  const reasons = groupBy(declined, (r) => r.declineReason ?? "unknown");
  const lines = [
    evidence("O6.referrals_received", received.length, "referral", received.map((r) => r.id)),
    evidence("O6.referrals_accepted", accepted.length, "referral", accepted.map((r) => r.id)),
    evidence("O6.referrals_declined", declined.length, "referral", declined.map((r) => r.id)),
    ...[...reasons.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([reason, list]) => evidence(`O6.declined.${reason}`, list.length, "referral", list.map((r) => r.id))),
    evidence("O6.declined_on_readiness", 0, "referral"),
  ];
  return partial("O6", declined.length, "count", "O6.declines", {}, lines);
};
