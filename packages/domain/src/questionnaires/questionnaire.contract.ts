import { z } from "zod";
import { isoDate, longText } from "../shared/primitives";
import { questionnaireKinds } from "./questionnaire-scales";

export const questionnaireKindSchema = z.enum(questionnaireKinds);

/** Filled in by the person alone ("mode personne", on the specialist's screen or on paper), or with a team member. */
export const questionnaireModes = ["self", "with_specialist"] as const;
export const questionnaireModeSchema = z.enum(questionnaireModes);
export type QuestionnaireMode = z.infer<typeof questionnaireModeSchema>;

/**
 * One questionnaire to record. The answers are checked against the kind (count, range) by the domain's
 * `questionnaireIssues` (422 naming `answers` or `answers.N`), the date against today (422 on `answeredOn`).
 * The score is never sent: the server computes it.
 */
export const recordQuestionnaireInput = z.object({
  kind: questionnaireKindSchema,
  answeredOn: isoDate,
  answers: z.array(z.number().int()).max(20),
  mode: questionnaireModeSchema,
  comment: longText(2_000).default(""),
});
export type RecordQuestionnaireInput = z.input<typeof recordQuestionnaireInput>;
export type RecordQuestionnaire = z.infer<typeof recordQuestionnaireInput>;

export const questionnaireSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  kind: questionnaireKindSchema,
  answeredOn: isoDate,
  answers: z.array(z.number().int()),
  /** 0-100 for both kinds (see `questionnaireScore`). */
  score: z.number().int(),
  mode: questionnaireModeSchema,
  comment: z.string(),
  /** The name of the team member who recorded it. */
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** Whether a questionnaire is to be proposed now (`due`), and the time point it is for (or the next one). */
export const questionnaireDueSchema = z.object({
  due: z.boolean(),
  /** The time point proposed now when due, else the next one; null when nothing is planned (file closed). */
  dueDate: isoDate.nullable(),
  lastAnsweredOn: isoDate.nullable(),
});
export type QuestionnaireDue = z.infer<typeof questionnaireDueSchema>;

export const questionnaireListSchema = z.object({
  /** Newest first. */
  items: z.array(questionnaireSchema),
  due: z.object({ who5: questionnaireDueSchema, satisfaction: questionnaireDueSchema }),
});
export type QuestionnaireList = z.infer<typeof questionnaireListSchema>;

/** The program summary: a program, or one specialist's caseload (people currently assigned to them). */
export const questionnairesSummaryQuery = z
  .object({ programId: z.uuid(), from: isoDate, to: isoDate, specialistId: z.uuid().optional() })
  .refine((q) => q.from <= q.to, { path: ["to"], message: "period_end_before_start" });
export type QuestionnairesSummaryQuery = z.infer<typeof questionnairesSummaryQuery>;

/**
 * Aggregated figures only. Every figure that counts fewer than `minimumCell` people is null: small numbers would
 * identify people. Shares are 0-1.
 */
export const questionnairesSummarySchema = z.object({
  programId: z.uuid(),
  specialistId: z.uuid().nullable(),
  from: isoDate,
  to: isoDate,
  minimumCell: z.number().int(),
  /** People who answered at least one questionnaire in the period. */
  peopleAnswering: z.number().int().nullable(),
  who5: z.object({
    /** People with a WHO-5 in the period. */
    respondents: z.number().int().nullable(),
    /** Median of each respondent's latest WHO-5 of the period. */
    medianLatest: z.number().nullable(),
    /** Share of respondents whose latest WHO-5 is under 50. */
    shareBelow50: z.number().nullable(),
    /** Respondents with an earlier WHO-5 (their first one, possibly before the period). */
    withEarlier: z.number().int().nullable(),
    /** Mean change from each person's first WHO-5 to their latest of the period, in points. */
    meanChange: z.number().nullable(),
    /** Share of those people whose score rose by 10 points or more (a meaningful change). */
    shareImproved: z.number().nullable(),
  }),
  satisfaction: z.object({
    respondents: z.number().int().nullable(),
    /** Mean of the latest satisfaction scores of the period (0-100). */
    meanScore: z.number().nullable(),
    /** Per item, in the questionnaire's order: the mean answer (1-5) of each respondent's latest questionnaire. */
    itemMeans: z.array(z.number().nullable()),
  }),
});
export type QuestionnairesSummary = z.infer<typeof questionnairesSummarySchema>;
