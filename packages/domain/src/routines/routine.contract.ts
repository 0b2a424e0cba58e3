import { z } from "zod";
import { isoDate, longText, shortText } from "../shared/primitives";

/**
 * "Ma semaine" (IMPE manual, chapter 2, "Schéma de Routine quotidienne"): a week grid where the person and the
 * specialist place activities by category, the manual's 13 building questions answered in the person's words, and
 * one version per save so the week before and after a job start stay side by side.
 */

/** The manual's kinds of activity, in the order the legend shows them. */
export const routineCategories = [
  "work",
  "job_search",
  "care",
  "medication",
  "meals",
  "household",
  "shopping",
  "leisure",
  "rest",
  "family_friends",
] as const;
export const routineCategorySchema = z.enum(routineCategories);
export type RoutineCategory = z.infer<typeof routineCategorySchema>;

/** The manual's "Questions pour construire un emploi du temps quotidien", in its order (texts in the UI's fr.json). */
export const routineQuestionKeys = [
  "bedtime",
  "enoughSleep",
  "wakingUp",
  "tasksBeforeWork",
  "breakfast",
  "enoughTime",
  "triedOut",
  "ifLate",
  "meansToReach",
  "medicationWorkDays",
  "reviewedByCare",
  "medicationAtWork",
  "foodAtBreaks",
] as const;
export const routineQuestionKeySchema = z.enum(routineQuestionKeys);
export type RoutineQuestionKey = z.infer<typeof routineQuestionKeySchema>;

/** Monday is day 0, Sunday day 6 (the manual's grid starts on Monday). */
export const routineDays = [0, 1, 2, 3, 4, 5, 6] as const;
export type RoutineDay = (typeof routineDays)[number];

/** The manual's grid runs from 9h to 22h; a team adjusts it to the person (an early shift, a late evening). */
export const defaultRoutineHours = { firstHour: 9, lastHour: 22 } as const;

/** A time of day, "HH:MM" from 00:00 to 24:00 (24:00 ends a grid that runs to midnight). */
export const timeOfDay = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: "invalid_time" });

export const routineActivitySchema = z.object({
  day: z.number().int().min(0).max(6),
  start: timeOfDay,
  end: timeOfDay,
  category: routineCategorySchema,
  /** What the person calls it ("Boulangerie", "Rendez-vous CMP"); may stay empty, the category then speaks. */
  label: shortText(80).default(""),
});
export type RoutineActivity = z.infer<typeof routineActivitySchema>;
export type RoutineActivityInput = z.input<typeof routineActivitySchema>;

/** Answers in the person's words, by question key; unanswered questions are simply absent. */
export const routineAnswersSchema = z.partialRecord(routineQuestionKeySchema, longText(2_000));
export type RoutineAnswers = z.infer<typeof routineAnswersSchema>;

/** The most activities one week may hold: 7 days of half-hour slots over 24 hours. */
export const maxRoutineActivities = 7 * 48;

/**
 * A new version of the week. The grid's rules (inside the hours, end after start, half-hour slots, no overlap)
 * are the domain's `routineIssues`: the server answers 422 naming `activities.N.start` and so on.
 */
export const saveRoutineInput = z.object({
  /** The version's name, e.g. "Avant la reprise", "Avec l'emploi à la boulangerie". */
  label: shortText(120).min(1, { message: "required" }),
  validFrom: isoDate,
  /** The job this week is built around (a version made for a job start); one of the person's jobs. */
  jobId: z.uuid().nullable().default(null),
  firstHour: z.number().int().min(0).max(23).default(defaultRoutineHours.firstHour),
  lastHour: z.number().int().min(1).max(24).default(defaultRoutineHours.lastHour),
  activities: z.array(routineActivitySchema).max(maxRoutineActivities).default([]),
  answers: routineAnswersSchema.default({}),
  sharedWithCareTeam: z.boolean().default(false),
});
export type SaveRoutineInput = z.input<typeof saveRoutineInput>;
export type SaveRoutine = z.infer<typeof saveRoutineInput>;

/**
 * Sharing with the care team is the only change made to a saved version: the week itself never changes once saved
 * (a change is a new version), and the flag is set to a value, not toggled, so repeating it is harmless.
 */
export const shareRoutineInput = z.object({ sharedWithCareTeam: z.boolean() });
export type ShareRoutineInput = z.infer<typeof shareRoutineInput>;

export const routineSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  label: z.string(),
  validFrom: isoDate,
  jobId: z.uuid().nullable(),
  /** The linked job as the record shows it (title and employer), null when none or when it was deleted. */
  job: z.object({ title: z.string(), employerName: z.string(), startDate: isoDate }).nullable(),
  firstHour: z.number().int(),
  lastHour: z.number().int(),
  activities: z.array(routineActivitySchema),
  answers: routineAnswersSchema,
  sharedWithCareTeam: z.boolean(),
  /** The name of the team member who saved this version. */
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Routine = z.infer<typeof routineSchema>;

/** Newest first (by the day the week applies from, then by saving time). */
export const routineListSchema = z.object({ items: z.array(routineSchema) });
export type RoutineList = z.infer<typeof routineListSchema>;
