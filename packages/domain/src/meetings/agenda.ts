import { z } from "zod";
import type { ParticipantStatus } from "../participants/participant.contract";
import { isoDate } from "../shared/primitives";
import { addDays, daysBetween } from "../worklist/calendar";
import { firstEmployerContactDue } from "../worklist/compute-worklist";
import { defaultWorklistSettings, type WorklistSettings } from "../worklist/worklist-settings.contract";
import { type ActionItem, actionItemSchema } from "./meeting.contract";

/**
 * The weekly meeting's agenda, computed from the records (never stored): what happened since the previous meeting
 * and who needs the team's attention. AGENDA.md states each section's rule. Pure: the server reads the facts in
 * one statement and hands them here.
 */

export const agendaReasons = ["new_referral", "job_started", "job_ended", "no_employer_contact", "not_seen", "flagged"] as const;
export type AgendaReason = (typeof agendaReasons)[number];

/** One person on the agenda, and why: `date` is the fact's date, `days` the days since it when that matters. */
export const agendaEntrySchema = z.object({
  reason: z.enum(agendaReasons),
  participantId: z.uuid(),
  participantName: z.string(),
  specialistId: z.uuid().nullable(),
  specialistName: z.string().nullable(),
  date: isoDate,
  days: z.number().int().nullable(),
  /** The job ("Serveur (Café du Port)") or the flag's reason. */
  detail: z.string(),
  jobId: z.uuid().nullable(),
  flagId: z.uuid().nullable(),
});
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;

/** A referral not decided yet: the person is not on the caseload, so it names the referral, not a record. */
export const pendingReferralEntrySchema = z.object({
  referralId: z.uuid(),
  name: z.string(),
  serviceName: z.string().nullable(),
  referredOn: isoDate,
  days: z.number().int(),
});
export type PendingReferralEntry = z.infer<typeof pendingReferralEntrySchema>;

export const agendaSchema = z.object({
  meetingId: z.uuid(),
  meetingDate: isoDate,
  /** The previous held meeting's date, or a week before when there is none. */
  since: isoDate,
  newReferrals: z.array(agendaEntrySchema),
  pendingReferrals: z.array(pendingReferralEntrySchema),
  jobStarts: z.array(agendaEntrySchema),
  jobEndings: z.array(agendaEntrySchema),
  noEmployerContact: z.array(agendaEntrySchema),
  notSeen: z.array(agendaEntrySchema),
  flagged: z.array(agendaEntrySchema),
  openActionItems: z.array(actionItemSchema),
  thresholds: z.object({ firstEmployerContactDays: z.number().int(), noContactDays: z.number().int() }),
});
export type Agenda = z.infer<typeof agendaSchema>;

export type AgendaFacts = {
  /** The program's people (closed ones are ignored), with their latest facts on or before the meeting date. */
  people: readonly {
    id: string;
    name: string;
    status: ParticipantStatus;
    referralDate: string;
    specialistId: string | null;
    specialistName: string | null;
    /** Latest contact with the person themself (any mode), as "my week" counts it. */
    lastSeen: string | null;
    /** Latest face-to-face employer contact made for the person. */
    lastFaceToFaceEmployerContact: string | null;
  }[];
  jobs: readonly { id: string; participantId: string; title: string; startDate: string; endDate: string | null }[];
  pendingReferrals: readonly { id: string; name: string; serviceName: string | null; referredOn: string }[];
  flags: readonly { id: string; participantId: string; reason: string; flaggedOn: string }[];
  /** Action items of earlier meetings with their done date (open ones have none). */
  actionItems: readonly ActionItem[];
};

/** One collator for every comparison: `localeCompare(x, "fr")` builds a new one at each call (most of the cost). */
const collator = new Intl.Collator("fr");
const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: { participantName: string }, b: { participantName: string }): number => collator.compare(a.participantName, b.participantName);

export const computeAgenda = (
  facts: AgendaFacts,
  when: { meetingId: string; meetingDate: string; since: string | null },
  settings: WorklistSettings = defaultWorklistSettings,
): Agenda => {
  const { meetingDate } = when;
  const since = when.since ?? addDays(meetingDate, -7);
  const inWindow = (date: string | null): date is string => !!date && date > since && date <= meetingDate;
  const people = new Map(facts.people.filter((p) => p.status !== "closed").map((p) => [p.id, p]));
  const entry = (p: AgendaFacts["people"][number], reason: AgendaReason, date: string, extra: Partial<AgendaEntry> = {}): AgendaEntry => ({
    reason,
    participantId: p.id,
    participantName: p.name,
    specialistId: p.specialistId,
    specialistName: p.specialistName,
    date,
    days: null,
    detail: "",
    jobId: null,
    flagId: null,
    ...extra,
  });

  const newReferrals = [...people.values()]
    .filter((p) => inWindow(p.referralDate))
    .map((p) => entry(p, "new_referral", p.referralDate))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : byName(a, b)));

  const jobStarts: AgendaEntry[] = [];
  const jobEndings: AgendaEntry[] = [];
  for (const j of facts.jobs) {
    const p = people.get(j.participantId);
    if (!p) continue;
    if (inWindow(j.startDate)) jobStarts.push(entry(p, "job_started", j.startDate, { detail: j.title, jobId: j.id }));
    if (inWindow(j.endDate)) jobEndings.push(entry(p, "job_ended", j.endDate, { detail: j.title, jobId: j.id }));
  }
  const byDate = (a: AgendaEntry, b: AgendaEntry): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : byName(a, b));
  jobStarts.sort(byDate);
  jobEndings.sort(byDate);

  // Rapid job search: the worklist's own rule (RULES.md, first_employer_contact) at the meeting date, listed once
  // it is due (entry + 30 days) and not met. Contacts after the meeting date do not count.
  const jobsOf = new Map<string, AgendaFacts["jobs"][number][]>();
  for (const j of facts.jobs) {
    const list = jobsOf.get(j.participantId);
    if (list) list.push(j);
    else jobsOf.set(j.participantId, [j]);
  }
  const noEmployerContact = [...people.values()]
    .flatMap((p) => {
      if (p.referralDate > meetingDate) return [];
      const contact = p.lastFaceToFaceEmployerContact && p.lastFaceToFaceEmployerContact <= meetingDate ? p.lastFaceToFaceEmployerContact : null;
      const due = firstEmployerContactDue(p, jobsOf.get(p.id) ?? [], contact, meetingDate, settings);
      return due && due <= meetingDate ? [entry(p, "no_employer_contact", p.referralDate, { days: daysBetween(p.referralDate, meetingDate) })] : [];
    })
    .sort((a, b) => (b.days ?? 0) - (a.days ?? 0) || byName(a, b));

  // Not seen: no contact with the person for `noContactDays` (or never, since a referral that old).
  const notSeen = [...people.values()]
    .flatMap((p) => {
      if (p.referralDate > meetingDate) return [];
      const anchor = p.lastSeen && p.lastSeen <= meetingDate ? p.lastSeen : p.referralDate;
      const days = daysBetween(anchor, meetingDate);
      return days >= settings.noContactDays ? [entry(p, "not_seen", anchor, { days, detail: p.lastSeen && p.lastSeen <= meetingDate ? "last_contact" : "referral" })] : [];
    })
    .sort((a, b) => (b.days ?? 0) - (a.days ?? 0) || byName(a, b));

  const flagged = facts.flags
    .filter((f) => f.flaggedOn <= meetingDate && people.has(f.participantId))
    .map((f) => entry(people.get(f.participantId) as AgendaFacts["people"][number], "flagged", f.flaggedOn, { detail: f.reason, flagId: f.id }))
    .sort(byDate);

  const pendingReferrals = facts.pendingReferrals
    .filter((r) => r.referredOn <= meetingDate)
    .map((r) => ({ referralId: r.id, name: r.name, serviceName: r.serviceName, referredOn: r.referredOn, days: daysBetween(r.referredOn, meetingDate) }))
    .sort((a, b) => (a.referredOn < b.referredOn ? -1 : a.referredOn > b.referredOn ? 1 : collator.compare(a.name, b.name)));

  // Open on the meeting's date: not done, or done on that day or later (then shown ticked).
  const openActionItems = facts.actionItems
    .filter((a) => a.meetingId !== when.meetingId && (a.meetingDate === null || a.meetingDate < meetingDate) && (a.doneOn === null || a.doneOn >= meetingDate))
    .sort((a, b) => compareDates(a.dueDate ?? "9999", b.dueDate ?? "9999") || compareDates(a.meetingDate ?? "", b.meetingDate ?? ""));

  return {
    meetingId: when.meetingId,
    meetingDate,
    since,
    newReferrals,
    pendingReferrals,
    jobStarts,
    jobEndings,
    noEmployerContact,
    notSeen,
    flagged,
    openActionItems,
    thresholds: { firstEmployerContactDays: settings.firstEmployerContactDays, noContactDays: settings.noContactDays },
  };
};
