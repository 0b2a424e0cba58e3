import { z } from "zod";
import { scheduleOptions } from "../career-profile/profile.contract";
import { jobContractSchema } from "../jobs/job.contract";
import { noteSchema } from "../notes/note.contract";
import { participantStatusSchema } from "../participants/participant.contract";
import { isoDate } from "../shared/primitives";

/**
 * What the care team sees of a person who consented to share with them (issue 4, item 2): status, a summary of
 * the career profile, jobs, shared notes and meeting decisions. Never contact notes, private notes, benefits,
 * wages, the history of health or the legal history: need-to-know.
 */

/** The few profile fields a care team needs to support the person's wish to work. */
export const profileSummarySchema = z.object({
  dreamJob: z.string(),
  shortTermGoal: z.string(),
  jobTypes: z.array(z.string()),
  hoursPerWeekMin: z.number().int().nullable(),
  hoursPerWeekMax: z.number().int().nullable(),
  schedule: z.array(z.enum(scheduleOptions)),
  strengths: z.string(),
  savedAt: z.string().nullable(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

/** A job as the care team sees it: no wage, no disclosure details, no notes on the ending. */
export const sharedJobSchema = z.object({
  id: z.uuid(),
  employerName: z.string(),
  title: z.string(),
  startDate: isoDate,
  plannedEndDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  hoursPerWeek: z.number().nullable(),
  contract: jobContractSchema,
});
export type SharedJob = z.infer<typeof sharedJobSchema>;

/** What a weekly meeting decided about the person; its discussion notes only when they were marked shared. */
export const meetingDecisionSchema = z.object({
  meetingId: z.uuid(),
  meetingDate: isoDate,
  decisions: z.string(),
  notes: z.string().nullable(),
});
export type MeetingDecision = z.infer<typeof meetingDecisionSchema>;

export const sharedRecordSchema = z.object({
  participant: z.object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    status: participantStatusSchema,
    specialistName: z.string().nullable(),
  }),
  profileSummary: profileSummarySchema.nullable(),
  jobs: z.array(sharedJobSchema),
  sharedNotes: z.array(noteSchema),
  meetingDecisions: z.array(meetingDecisionSchema),
});
export type SharedRecord = z.infer<typeof sharedRecordSchema>;
