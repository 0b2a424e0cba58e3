import { z } from "zod";

/** Domain events: appended in the same transaction as the change they describe. They are the timeline. */
export const eventTypes = [
  "participant.created",
  "participant.updated",
  "participant.assigned",
  "participant.status_changed",
  "participant.closed",
  "participant.reopened",
  "profile.saved",
  "consent.recorded",
  "consent.withdrawn",
  "contact.logged",
  "benefits_plan.saved",
  "employer.created",
  "employer.updated",
  "employer_contact.logged",
  "employer_contact.next_step_done",
  "opening.created",
  "opening.updated",
  "job.started",
  "job.updated",
  "job.ended",
  "job.end_cancelled",
  "application.created",
  "application.status_changed",
  "job_search_plan.saved",
  "support_plan.saved",
  "support_contact.logged",
  "worklist.snoozed",
  "worklist_settings.saved",
  "service.created",
  "service.updated",
  "care_services.updated",
  "referral.sent",
  "referral.outreach_logged",
  "referral.accepted",
  "referral.declined",
  "meeting.created",
  "meeting.updated",
  "meeting.discussed",
  "meeting.flagged",
  "action_item.created",
  "action_item.done",
  "supervision.recorded",
  "note.added",
  "note.sharing_changed",
  "close_one.added",
  "close_one.updated",
  "family_contact.logged",
  "fidelity_review.created",
  "fidelity_review.updated",
  "fidelity_review.finalised",
  "fidelity_review.reopened",
  "fidelity_settings.saved",
  "questionnaire.recorded",
] as const;
export type EventType = (typeof eventTypes)[number];

export const timelineEntrySchema = z.object({
  id: z.uuid(),
  type: z.enum(eventTypes),
  at: z.string(),
  actorName: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
/** Newest first, a page at a time: a long journey (hundreds of contacts) never loads in one answer. */
export const timelineQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const timelineSchema = z.object({ items: z.array(timelineEntrySchema), hasMore: z.boolean() });
