import {
  closureReasons,
  consentScopes,
  contactModes,
  contactPhases,
  employerContactKinds,
  participantStatuses,
  type TimelineEntry,
} from "@passerelle/domain";
import type { TFunction } from "i18next";
import { formatDate } from "../../shared/format/dates";
import { jobSearchSentence } from "../job-search/job-search-sentence";
import { meetingTimelineSentence } from "../meetings/meetings-timeline";
import { referralTimelineSentence } from "../referrals/referral-timeline";
import { sstTimelineSentence } from "../sst/sst-timeline";
import { networkTimelineSentence } from "../network/network-timeline";
import { networkMapTimelineSentence } from "../network-maps/network-maps-timeline";
import { worklistTimelineSentence } from "../worklist/worklist-timeline";
import { conversationTimelineSentence } from "../conversations/conversations-timeline";
import { goalTimelineSentence } from "../goals/goals-timeline";
import { routineTimelineSentence } from "../routines/routine-timeline";

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (values as readonly string[]).includes(value);

const isStatus = oneOf(participantStatuses);
const isReason = oneOf(closureReasons);
const isScope = oneOf(consentScopes);
const isMode = oneOf(contactModes);
const isPhase = oneOf(contactPhases);
const isEmployerContactKind = oneOf(employerContactKinds);
const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

/** A job event: the title and employer are in its data (no wage: peers read the timeline). */
const jobSentence = (type: "job.started" | "job.updated" | "job.ended" | "job.end_cancelled", d: Record<string, unknown>, t: TFunction, language: string): string => {
  const title = text(d.title);
  const employer = text(d.employerName) ?? "";
  if (!title) return t("jobs.timeline.short");
  if (type === "job.started") return t("jobs.timeline.started", { title, employer, date: formatDate(text(d.startDate), language) });
  if (type === "job.ended") return t("jobs.timeline.ended", { title, employer, date: formatDate(text(d.endDate), language) });
  if (type === "job.end_cancelled") return t("jobs.timeline.endCancelled", { title });
  return t("jobs.timeline.updated", { title, employer });
};

/** One timeline event as a sentence in the UI language, from its type and data. Unknown data degrades gently. */
export const timelineSentence = (entry: TimelineEntry, t: TFunction, language: string): string => {
  const d = entry.data;
  switch (entry.type) {
    case "participant.created":
      return t("timeline.events.participant.created");
    case "participant.updated":
      return t("timeline.events.participant.updated");
    case "participant.assigned": {
      const name = text(d.specialistName);
      return name ? t("timeline.events.participant.assigned", { name }) : t("timeline.events.participant.unassigned");
    }
    case "participant.status_changed":
      return isStatus(d.from) && isStatus(d.to)
        ? t("timeline.events.participant.status_changed", { from: t(`status.${d.from}`), to: t(`status.${d.to}`) })
        : t("timeline.events.participant.updated");
    case "participant.closed":
      return isReason(d.closureReason)
        ? t("timeline.events.participant.closedWithReason", { reason: t(`closureReason.${d.closureReason}`) })
        : t("timeline.events.participant.closed");
    case "participant.reopened":
      return t("timeline.events.participant.reopened");
    case "profile.saved":
      return typeof d.version === "number"
        ? t("timeline.events.profile.savedVersion", { version: d.version })
        : t("timeline.events.profile.saved");
    case "consent.recorded":
      return isScope(d.scope)
        ? t("timeline.events.consent.recorded", { scope: t(`consents.scopes.${d.scope}`) })
        : t("timeline.events.unknown", { type: entry.type });
    case "consent.withdrawn":
      return isScope(d.scope)
        ? t("timeline.events.consent.withdrawn", { scope: t(`consents.scopes.${d.scope}`) })
        : t("timeline.events.unknown", { type: entry.type });
    case "contact.logged":
      return isMode(d.mode) && isPhase(d.phase) && text(d.date)
        ? t("timeline.events.contact.logged", {
            mode: t(`timeline.modes.${d.mode}`),
            phase: t(`contacts.phases.${d.phase}`),
            date: formatDate(text(d.date), language),
          })
        : t("timeline.events.contact.loggedShort");
    case "benefits_plan.saved":
      return text(d.planDate)
        ? t("timeline.events.benefitsPlan.saved", { date: formatDate(text(d.planDate), language), count: typeof d.scenarioCount === "number" ? d.scenarioCount : 0 })
        : t("timeline.events.benefitsPlan.savedShort");
    case "employer_contact.logged":
      return isEmployerContactKind(d.kind) && text(d.date)
        ? t("employers.timeline.contactLogged", { kind: t(`employers.kinds.${d.kind}`), date: formatDate(text(d.date), language) })
        : t("employers.timeline.contactLoggedShort");
    case "job_search_plan.saved":
    case "application.created":
    case "application.status_changed":
      return jobSearchSentence(entry.type, d, t, language);
    case "job.started":
    case "job.updated":
    case "job.ended":
    case "job.end_cancelled":
      return jobSentence(entry.type, d, t, language);
    case "support_plan.saved":
      return typeof d.version === "number" ? t("jobs.timeline.planSaved", { version: d.version }) : t("jobs.timeline.planSavedShort");
    case "support_contact.logged":
      return text(d.date) ? t("jobs.timeline.contactLogged", { date: formatDate(text(d.date), language) }) : t("jobs.timeline.contactLoggedShort");
    case "opening.created":
      return t("openings.timeline.created");
    case "opening.updated":
      return t("openings.timeline.updated");
    case "worklist.snoozed":
    case "worklist_settings.saved":
    case "employer_contact.next_step_done":
      return worklistTimelineSentence(entry.type, d, t, language);
    case "note.added":
      return d.sharedWithCareTeam === true ? t("notes.timeline.addedShared") : t("notes.timeline.added");
    case "note.sharing_changed":
      return d.sharedWithCareTeam === true ? t("notes.timeline.shared") : t("notes.timeline.unshared");
    case "care_services.updated": {
      const service = text(d.referringServiceName);
      return service ? t("careServices.timeline.updatedWithService", { service }) : t("careServices.timeline.updated");
    }
    case "close_one.added":
    case "close_one.updated":
    case "family_contact.logged":
      return networkTimelineSentence(entry.type, d, t, language);
    case "referral.sent":
    case "referral.outreach_logged":
    case "referral.accepted":
    case "referral.declined":
      return referralTimelineSentence(entry.type, d, t, language);
    case "meeting.created":
    case "meeting.updated":
    case "meeting.discussed":
    case "meeting.flagged":
    case "action_item.created":
    case "action_item.done":
    case "supervision.recorded":
      return meetingTimelineSentence(entry.type, d, t, language);
    case "questionnaire.recorded":
      // The event names the kind only: no answer nor score on the timeline.
      return d.kind === "who5" || d.kind === "satisfaction" ? t(`questionnaires.timeline.${d.kind}`) : t("questionnaires.timeline.short");
    case "sst_plan.created":
    case "sst_plan.updated":
    case "sst_measure.recorded":
      return sstTimelineSentence(entry.type, d, t);
    case "routine.saved":
      // Ids and counts only: the week's labels and answers are the person's words, never on the timeline.
      return routineTimelineSentence(d, t);
    case "network_map.saved":
      return networkMapTimelineSentence(d, t, language);
    case "goal.created":
    case "goal.updated":
      return goalTimelineSentence(entry.type, d, t);
    case "conversation.recorded":
      return conversationTimelineSentence(d, t);
    case "practice.sharing_changed":
      // The tool and the new value only: what is shared stays in the record, for those who may read it.
      return d.tool === "routine" || d.tool === "network_map" || d.tool === "conversation"
        ? t(`timeline.events.practiceSharing.${d.tool}.${d.sharedWithCareTeam === true ? "shared" : "unshared"}`)
        : t("timeline.events.unknown", { type: entry.type });
    default:
      return t("timeline.events.unknown", { type: entry.type });
  }
};
