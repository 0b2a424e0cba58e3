import { z } from "zod";
import { isoDate, listOf, longText, requiredName, shortText, versionField } from "../shared/primitives";

/**
 * The weekly integrated meeting (IPS principle 2: the employment team and the care team meet each week about the
 * people they share). Its minutes are attendance, what was said about each person (notes shared with the care team
 * or kept by the employment team; decisions always shared) and action items with an owner and a due date.
 */

export const meetingStatuses = ["planned", "held"] as const;
export const meetingStatusSchema = z.enum(meetingStatuses);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

/** "14:00", or empty when not fixed yet. */
const startTime = z
  .string()
  .trim()
  .regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/, { message: "invalid_time" });

/** A team member (userId) or a care-team guest typed by name (userId null), with their role or service. */
export const attendanceEntrySchema = z.object({
  userId: z.uuid().nullable(),
  name: requiredName,
  role: shortText(120).default(""),
  present: z.boolean(),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

export const meetingSummarySchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  date: isoDate,
  startTime: z.string(),
  place: z.string(),
  status: meetingStatusSchema,
  discussionCount: z.number().int(),
  actionItemCount: z.number().int(),
  version: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export const meetingListSchema = listOf(meetingSummarySchema);

/**
 * What was said about one person. `notes` is null when the reader is a clinician and the notes are the employment
 * team's (not shared); decisions are always shared with the care team.
 */
export const meetingDiscussionSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  participantName: z.string(),
  notes: z.string().nullable(),
  sharedWithCareTeam: z.boolean(),
  decisions: z.string(),
  authorId: z.uuid().nullable(),
  authorName: z.string().nullable(),
  updatedAt: z.string(),
});
export type MeetingDiscussion = z.infer<typeof meetingDiscussionSchema>;

export const actionItemSchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  meetingId: z.uuid().nullable(),
  meetingDate: isoDate.nullable(),
  participantId: z.uuid().nullable(),
  participantName: z.string().nullable(),
  description: z.string(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueDate: isoDate.nullable(),
  doneOn: isoDate.nullable(),
  version: z.number().int(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/**
 * The minutes. `view` says what the reader gets: the team sees everything; the care team (`care_team`) sees only
 * the discussions and action items about people they may see, without the employment team's private notes, nor
 * the general notes (they may name anyone).
 */
export const meetingDetailSchema = meetingSummarySchema.extend({
  view: z.enum(["team", "care_team"]),
  attendance: z.array(attendanceEntrySchema),
  generalNotes: z.string(),
  discussions: z.array(meetingDiscussionSchema),
  actionItems: z.array(actionItemSchema),
  /** Action items of earlier meetings still open on this meeting's date: they reappear until done. */
  openActionItems: z.array(actionItemSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const meetingFlagSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  reason: z.string(),
  flaggedBy: z.uuid().nullable(),
  flaggedOn: isoDate,
  resolvedMeetingId: z.uuid().nullable(),
});
export type MeetingFlag = z.infer<typeof meetingFlagSchema>;

// --- inputs ---

export const listMeetingsQuery = z.object({
  programId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const createMeetingInput = z.object({
  programId: z.uuid().optional(),
  date: isoDate,
  startTime: startTime.default(""),
  place: shortText(200).default(""),
});
export type CreateMeetingInput = z.infer<typeof createMeetingInput>;

export const discussionInput = z.object({
  participantId: z.uuid(),
  notes: longText(10_000).default(""),
  sharedWithCareTeam: z.boolean().default(false),
  decisions: longText(5_000).default(""),
});
export type DiscussionInput = z.infer<typeof discussionInput>;

export const updateMeetingInput = z.object({
  version: versionField,
  date: isoDate.optional(),
  startTime: startTime.optional(),
  place: shortText(200).optional(),
  status: meetingStatusSchema.optional(),
  attendance: z.array(attendanceEntrySchema).max(80).optional(),
  generalNotes: longText(20_000).optional(),
  /** Upserts by person: one discussion per person and meeting. Discussing a flagged person resolves the flag. */
  discussions: z.array(discussionInput).max(150).optional(),
});
export type UpdateMeetingInput = z.infer<typeof updateMeetingInput>;

export const createActionItemInput = z.object({
  description: shortText(1_000).min(1, { message: "required" }),
  participantId: z.uuid().nullish(),
  ownerId: z.uuid().nullish(),
  dueDate: isoDate.nullish(),
});
export type CreateActionItemInput = z.infer<typeof createActionItemInput>;

export const updateActionItemInput = z.object({
  version: versionField,
  /** Done (today) or reopened. */
  done: z.boolean().optional(),
  description: shortText(1_000).min(1, { message: "required" }).optional(),
  ownerId: z.uuid().nullable().optional(),
  dueDate: isoDate.nullable().optional(),
});
export type UpdateActionItemInput = z.infer<typeof updateActionItemInput>;

export const createMeetingFlagInput = z.object({
  reason: shortText(500).min(1, { message: "required" }),
});
export type CreateMeetingFlagInput = z.infer<typeof createMeetingFlagInput>;
