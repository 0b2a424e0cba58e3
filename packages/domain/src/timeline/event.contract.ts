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
export const timelineSchema = z.object({ items: z.array(timelineEntrySchema) });
