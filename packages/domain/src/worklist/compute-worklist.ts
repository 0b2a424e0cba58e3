import type { contactModes, contactWith } from "../contacts/contact.contract";
import type { EmployerContactKind } from "../employers/employer-contact.contract";
import type { ParticipantStatus } from "../participants/participant.contract";
import { addDays, daysBetween, laterDate } from "./calendar";
import {
  type SnoozedWorklistItem,
  type WorklistAnchor,
  type WorklistItem,
  type WorklistRule,
  worklistRuleInfo,
} from "./worklist.contract";
import { defaultWorklistSettings, type WorklistSettings } from "./worklist-settings.contract";

/**
 * The worklist ("my week"): the IPS timing rules applied to plain records at a given date. Pure and O(n): every
 * input array is read once into maps of per-person facts (latest contact of each kind, jobs, plans), then each
 * person and each employer thread is judged from those facts. RULES.md explains each rule and its source.
 */

export type WorklistInput = {
  participants: readonly { id: string; status: ParticipantStatus; referralDate: string; specialistId: string | null; name?: string }[];
  /** Contacts logged on people's records (the contacts contract). */
  contacts: readonly { participantId: string; date: string; mode: (typeof contactModes)[number]; withWhom: readonly (typeof contactWith)[number][] }[];
  /** The job development log. When two contacts share a date, the later one in the array is the later one. */
  employerContacts: readonly {
    /** The contact's id, when known: employer items name it so that its next step can be marked done. */
    id?: string;
    employerId: string;
    date: string;
    faceToFace: boolean;
    specialistId: string | null;
    kind: EmployerContactKind;
    participantIds: readonly string[];
    nextStep?: string;
    nextStepDate?: string | null;
    nextStepDoneOn?: string | null;
  }[];
  /** `endRecordedOn`: the day the ending was recorded, when later than the end (the team learned of it then). */
  jobs: readonly { id: string; participantId: string; startDate: string; endDate?: string | null; endRecordedOn?: string | null; title?: string }[];
  /** Dates of benefits plans (benefits counselling sessions), linked to a job when made for it. */
  benefitsPlans: readonly { participantId: string; planDate: string; jobId?: string | null }[];
  snoozes: readonly { id?: string; rule: WorklistRule; participantId?: string | null; employerId?: string | null; jobId?: string | null; until: string; reason: string }[];
  /** Employer names, to label employer items. */
  employers?: readonly { id: string; name: string }[];
  /** One specialist's items; all the team's when absent (team lead view). */
  forSpecialistId?: string | null;
};

export type Worklist = { items: WorklistItem[]; snoozed: SnoozedWorklistItem[] };

/** Per person: the latest contact dates that the rules look at (none later than today). */
type ContactFacts = { lastAny: string | null; lastInPerson: string | null; lastMeeting: string | null };

const isActive = (status: ParticipantStatus): boolean => status !== "closed";

/**
 * The `first_employer_contact` rule for one person (RULES.md): its due date (entry + `firstEmployerContactDays`),
 * or null when it does not apply (not looking for work, a job started since entry) or is met (a face-to-face
 * employer contact for the person on or after entry). Shared with the weekly meeting's agenda.
 */
export const firstEmployerContactDue = (
  p: { status: ParticipantStatus; referralDate: string },
  jobs: readonly { startDate: string }[],
  lastFaceToFaceEmployerContact: string | null,
  today: string,
  settings: Pick<WorklistSettings, "firstEmployerContactDays">,
): string | null => {
  const searching = p.status === "referred" || p.status === "engaged" || p.status === "job_search";
  const startedSinceEntry = jobs.some((j) => j.startDate >= p.referralDate && j.startDate <= today);
  const met = lastFaceToFaceEmployerContact !== null && lastFaceToFaceEmployerContact >= p.referralDate;
  return searching && !startedSinceEntry && !met ? addDays(p.referralDate, settings.firstEmployerContactDays) : null;
};

export const computeWorklist = (input: WorklistInput, today: string, settings: WorklistSettings = defaultWorklistSettings): Worklist => {
  const horizon = addDays(today, settings.horizonDays);
  const only = input.forSpecialistId;
  const people = new Map(
    input.participants.filter((p) => isActive(p.status) && (only === undefined || only === null || p.specialistId === only)).map((p) => [p.id, p]),
  );

  // 1. Facts, one pass per array.
  const contactFacts = new Map<string, ContactFacts>();
  for (const c of input.contacts) {
    if (c.date > today || !people.has(c.participantId) || !c.withWhom.includes("participant")) continue;
    let f = contactFacts.get(c.participantId);
    if (!f) contactFacts.set(c.participantId, (f = { lastAny: null, lastInPerson: null, lastMeeting: null }));
    f.lastAny = laterDate(f.lastAny, c.date);
    if (c.mode === "in_person") f.lastInPerson = laterDate(f.lastInPerson, c.date);
    // Meeting a new referral: in person, or by video when the person prefers it.
    if (c.mode === "in_person" || c.mode === "video") f.lastMeeting = laterDate(f.lastMeeting, c.date);
  }
  const lastEmployerContactFor = new Map<string, string>();
  // Threads by employer, then by specialist ("" for nobody): no key string to build and hash per contact.
  const threads = new Map<string, Map<string, WorklistInput["employerContacts"][number]>>();
  for (const e of input.employerContacts) {
    if (e.date > today) continue;
    if (e.faceToFace && e.kind === "for_participant") {
      for (const pid of e.participantIds) if (people.has(pid)) lastEmployerContactFor.set(pid, laterDate(lastEmployerContactFor.get(pid), e.date) ?? e.date);
    }
    if (only !== undefined && only !== null && e.specialistId !== only) continue;
    // One thread per employer and specialist: its latest contact carries the current next step.
    let byAuthor = threads.get(e.employerId);
    if (!byAuthor) threads.set(e.employerId, (byAuthor = new Map()));
    const author = e.specialistId ?? "";
    const current = byAuthor.get(author);
    if (!current || e.date >= current.date) byAuthor.set(author, e);
  }
  const jobsOf = new Map<string, WorklistInput["jobs"][number][]>();
  for (const j of input.jobs) {
    if (!people.has(j.participantId)) continue;
    const list = jobsOf.get(j.participantId);
    if (list) list.push(j);
    else jobsOf.set(j.participantId, [j]);
  }
  const latestPlan = new Map<string, string>();
  const plannedJobs = new Set<string>();
  for (const b of input.benefitsPlans) {
    if (!people.has(b.participantId) || b.planDate > today) continue;
    latestPlan.set(b.participantId, laterDate(latestPlan.get(b.participantId), b.planDate) ?? b.planDate);
    if (b.jobId) plannedJobs.add(b.jobId);
  }
  const employerNames = new Map((input.employers ?? []).map((e) => [e.id, e.name]));

  // 2. Rules.
  const found: WorklistItem[] = [];
  const add = (
    rule: WorklistRule,
    ids: { participantId?: string; employerId?: string; jobId?: string; employerContactId?: string },
    specialistId: string | null,
    due: string,
    anchorDate: string,
    thresholdDays: number,
    extra: {
      anchor?: WorklistAnchor;
      lastContactDate?: string | null;
      nextStep?: string | null;
      participantName?: string;
      employerName?: string;
      jobTitle?: string;
    } = {},
  ): void => {
    if (due > horizon) return;
    const overdueDays = daysBetween(due, today);
    // rule:subject[:job, or the thread's specialist], without an intermediate array.
    const subject = ids.participantId ?? ids.employerId;
    const tail = ids.jobId ?? (ids.employerId ? (specialistId ?? "none") : undefined);
    let id: string = rule;
    if (subject) id += `:${subject}`;
    if (tail) id += `:${tail}`;
    // One object shape for every item (absent fields undefined, which JSON leaves out, in the order the answer has
    // always had): spreading `ids` and adding the names afterwards made a shape per rule, and V8's slow generic
    // path for each item (about half of computeWorklist's time for a caseload's 80 items).
    const item: WorklistItem = {
      id,
      rule,
      participantId: ids.participantId,
      employerId: ids.employerId,
      jobId: ids.jobId,
      employerContactId: ids.employerContactId,
      specialistId,
      due,
      overdueDays,
      state: overdueDays > 0 ? "overdue" : overdueDays === 0 ? "due_today" : "upcoming",
      explanation: {
        anchor: extra.anchor ?? worklistRuleInfo[rule].anchor,
        anchorDate,
        thresholdDays,
        lastContactDate: extra.lastContactDate ?? null,
        nextStep: extra.nextStep ?? null,
      },
      participantName: extra.participantName,
      employerName: extra.employerName,
      jobTitle: extra.jobTitle,
    };
    found.push(item);
  };

  for (const p of people.values()) {
    if (p.referralDate > today) continue;
    const facts = contactFacts.get(p.id) ?? { lastAny: null, lastInPerson: null, lastMeeting: null };
    const names = p.name === undefined ? {} : { participantName: p.name };
    const jobs = jobsOf.get(p.id) ?? [];
    let covered = false;

    // Referral not met: still "referred" and not met since the referral.
    if (p.status === "referred" && !(facts.lastMeeting && facts.lastMeeting >= p.referralDate)) {
      add("referral_not_met", { participantId: p.id }, p.specialistId, addDays(p.referralDate, settings.referralMeetingDays), p.referralDate, settings.referralMeetingDays, names);
      covered = true;
    }

    // Rapid job search: a first face-to-face employer contact for the person within 30 days of entry.
    const firstContactDue = firstEmployerContactDue(p, jobs, lastEmployerContactFor.get(p.id) ?? null, today, settings);
    if (firstContactDue) {
      add("first_employer_contact", { participantId: p.id }, p.specialistId, firstContactDue, p.referralDate, settings.firstEmployerContactDays, names);
    }

    for (const j of jobs) {
      const jobNames = j.title === undefined ? names : { ...names, jobTitle: j.title };
      const ended = !!j.endDate && j.endDate <= today;

      // Job start: in person within the first week, then weekly during the first month. Jobs held before entry
      // are not starts; after the month (or once the job ended) the other rules take over.
      if (j.startDate >= p.referralDate && j.startDate <= today && !ended && daysBetween(j.startDate, today) <= settings.jobStartSupportPeriodDays) {
        const seen = facts.lastInPerson && facts.lastInPerson >= j.startDate ? facts.lastInPerson : null;
        if (!seen) {
          add("job_start_first_contact", { participantId: p.id, jobId: j.id }, p.specialistId, addDays(j.startDate, settings.jobStartFirstContactDays), j.startDate, settings.jobStartFirstContactDays, jobNames);
        } else {
          const due = addDays(seen, settings.jobStartWeeklyContactDays);
          if (due <= addDays(j.startDate, settings.jobStartSupportPeriodDays)) {
            add("job_start_weekly_contact", { participantId: p.id, jobId: j.id }, p.specialistId, due, j.startDate, settings.jobStartWeeklyContactDays, { ...jobNames, lastContactDate: seen });
          }
        }
      }

      // Job ended: contact within 3 days of the end, or of the day the team learned of it.
      if (ended && j.endDate) {
        const learned = laterDate(j.endDate, j.endRecordedOn && j.endRecordedOn <= today ? j.endRecordedOn : null) ?? j.endDate;
        const contacted = facts.lastAny && facts.lastAny >= j.endDate;
        if (!contacted && daysBetween(learned, today) <= settings.noContactDays) {
          add("job_end_contact", { participantId: p.id, jobId: j.id }, p.specialistId, addDays(learned, settings.jobEndContactDays), learned, settings.jobEndContactDays, { ...jobNames, lastContactDate: facts.lastAny });
          covered = true;
        }
      }

      // Benefits counselling before a start: a plan for this job, or made shortly before it (or since, late).
      const upcomingOrRecent = j.startDate >= p.referralDate && !ended && daysBetween(j.startDate, today) <= settings.jobStartSupportPeriodDays;
      if (upcomingOrRecent && !plannedJobs.has(j.id)) {
        const plan = latestPlan.get(p.id);
        if (!(plan && plan >= addDays(j.startDate, -settings.benefitsPlanValidDays))) {
          add("benefits_before_start", { participantId: p.id, jobId: j.id }, p.specialistId, j.startDate, j.startDate, 0, jobNames);
        }
      }
    }

    // No contact for 30 days: outreach (a file is never closed for missed appointments). Not repeated when a
    // more precise rule already asks to contact the person.
    if (!covered) {
      const anchor = facts.lastAny ?? p.referralDate;
      add("no_contact", { participantId: p.id }, p.specialistId, addDays(anchor, settings.noContactDays), anchor, settings.noContactDays, {
        ...names,
        anchor: facts.lastAny ? "last_contact" : "referral",
        lastContactDate: facts.lastAny,
      });
    }
  }

  // Employer next steps: the latest contact of each employer thread, when its next step is not done.
  for (const e of [...threads.values()].flatMap((byAuthor) => [...byAuthor.values()])) {
    if (!e.nextStepDate || e.nextStepDoneOn) continue;
    if (daysBetween(e.nextStepDate, today) > settings.employerNextStepListedDays) continue;
    const name = employerNames.get(e.employerId);
    add("employer_next_step", { employerId: e.employerId, ...(e.id === undefined ? {} : { employerContactId: e.id }) }, e.specialistId, e.nextStepDate, e.date, daysBetween(e.date, e.nextStepDate), {
      nextStep: e.nextStep ?? null,
      lastContactDate: e.date,
      ...(name === undefined ? {} : { employerName: name }),
    });
  }

  // 3. Snoozes, then urgency order.
  const snoozeUntil = new Map<string, SnoozedWorklistItem["snooze"]>();
  for (const s of input.snoozes) {
    if (s.until <= today) continue;
    const key = `${s.rule}|${s.participantId ?? s.employerId ?? ""}|${s.jobId ?? ""}`;
    const current = snoozeUntil.get(key);
    if (!current || s.until > current.until) snoozeUntil.set(key, { ...(s.id === undefined ? {} : { id: s.id }), until: s.until, reason: s.reason });
  }
  // Most reads have no running snooze: then every item stays listed and no key is built per item.
  const items: WorklistItem[] = snoozeUntil.size === 0 ? found : [];
  const snoozed: SnoozedWorklistItem[] = [];
  if (snoozeUntil.size > 0) {
    for (const item of found) {
      const subject = item.participantId ?? item.employerId ?? "";
      const snooze = snoozeUntil.get(`${item.rule}|${subject}|${item.jobId ?? ""}`) ?? (item.jobId ? snoozeUntil.get(`${item.rule}|${subject}|`) : undefined);
      if (snooze) snoozed.push({ ...item, snooze });
      else items.push(item);
    }
  }
  items.sort(byUrgency);
  snoozed.sort(byUrgency);
  return { items, snoozed };
};

/** Most overdue first; the same day by the rule's priority; then the earlier due date; then the id (stable). */
export const byUrgency = (a: WorklistItem, b: WorklistItem): number =>
  b.overdueDays - a.overdueDays ||
  worklistRuleInfo[a.rule].priority - worklistRuleInfo[b.rule].priority ||
  (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
