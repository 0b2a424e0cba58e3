import { z } from "zod";
import { isoDate } from "../shared/primitives";

/**
 * A solution-focused conversation (IMPE manual, chapter 3, "Autonomisation et réduction du stress"): the miracle
 * question, scaling questions, the person's resources and past successes, the next small step, and the person's own
 * words. The note is kept as the person said it; it lives in one jsonb `content`, validated here, bounded everywhere.
 */

export const conversationTextMax = 2_000;
export const conversationScaleQuestionMax = 300;
export const conversationNextStepMax = 500;
export const conversationQuoteMax = 500;
export const maxConversationScales = 10;
export const maxConversationQuotes = 20;
/** Scaling questions go from 0 to 10. */
export const conversationScaleMin = 0;
export const conversationScaleMax = 10;

const text = (max: number) => z.string().trim().max(max).default("");

/** The manual's three questions after "imaginez que vous vous réveillez demain et que votre problème a disparu". */
export const miracleQuestions = ["firstNoticed", "dayWithoutProblem", "colleagues"] as const;
export type MiracleQuestion = (typeof miracleQuestions)[number];

export const miracleSchema = z.object({
  /** "Que remarqueriez-vous d'abord ?" (and "comment vous rendriez-vous compte que le problème a disparu ?"). */
  firstNoticed: text(conversationTextMax),
  /** "Comment se déroulerait votre journée sans problème ?" */
  dayWithoutProblem: text(conversationTextMax),
  /** "Comment la relation avec vos collègues de travail évoluerait-elle ?" */
  colleagues: text(conversationTextMax),
});

/** A scaling question: where the person places themselves from 0 to 10, and what would make it one point higher. */
export const conversationScaleSchema = z.object({
  question: z.string().trim().min(1, { message: "required" }).max(conversationScaleQuestionMax),
  score: z.number().int().min(conversationScaleMin).max(conversationScaleMax),
  oneHigher: text(conversationTextMax),
});
export type ConversationScale = z.infer<typeof conversationScaleSchema>;

export const conversationContentSchema = z.object({
  /** What the conversation was about, in a few words (the list's title). */
  topic: text(200),
  miracle: miracleSchema.default({ firstNoticed: "", dayWithoutProblem: "", colleagues: "" }),
  scales: z.array(conversationScaleSchema).max(maxConversationScales).default([]),
  /** The person's resources: what they can lean on (strengths, people, habits). */
  resources: text(conversationTextMax),
  /** Difficult situations the person already got through ("déjà gérées avec succès par le passé"). */
  pastSuccesses: text(conversationTextMax),
  /** The next small step, one the person chooses. */
  nextStep: text(conversationNextStepMax),
  /** The person's own words, verbatim (including the positive sentences developed together). */
  quotes: z.array(z.string().trim().min(1, { message: "required" }).max(conversationQuoteMax)).max(maxConversationQuotes).default([]),
});
export type ConversationContent = z.infer<typeof conversationContentSchema>;
export type ConversationContentInput = z.input<typeof conversationContentSchema>;

export const recordConversationInput = z.object({
  heldOn: isoDate,
  content: conversationContentSchema,
  sharedWithCareTeam: z.boolean().default(false),
});
export type RecordConversationInput = z.input<typeof recordConversationInput>;
export type RecordConversation = z.infer<typeof recordConversationInput>;

/**
 * The one change a recorded conversation takes: sharing it with the care team, or no longer. The note itself stays
 * as it was written on the day (it is what was said then); a later conversation says what changed. Setting the flag
 * is idempotent, so it needs no version.
 */
export const updateConversationInput = z.object({ sharedWithCareTeam: z.boolean() });
export type UpdateConversationInput = z.infer<typeof updateConversationInput>;

export const conversationSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  heldOn: isoDate,
  content: conversationContentSchema,
  sharedWithCareTeam: z.boolean(),
  /** The name of the team member who held it. */
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Conversation = z.infer<typeof conversationSchema>;

/** Newest first. */
export const conversationListSchema = z.object({ items: z.array(conversationSchema) });
export type ConversationList = z.infer<typeof conversationListSchema>;
