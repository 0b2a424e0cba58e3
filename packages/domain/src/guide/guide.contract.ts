import { z } from "zod";
import { longText, versionField } from "../shared/primitives";

/*
 * The practice guide for the team (issue 7, item 7): the IMPE manual's chapters read as a training guide, and each
 * chapter's self-evaluation grid filled in by a team member for themself. For training, not for judgement: a team
 * lead sees who completed which chapter, never the answers.
 */

export const guideChapterNumbers = [1, 2, 3, 4, 5, 6] as const;
export type GuideChapterNumber = (typeof guideChapterNumbers)[number];
export const guideChapterNumberSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]);

/**
 * How a grid item is answered, as the manual prints it: a box to tick (☐, chapters 1, 4, 5), a 1-5 agreement scale
 * (chapters 2 and 6), or an open question answered in writing (chapter 3's "EVALUATION" asks 4 questions).
 */
export const guideItemKinds = ["check", "agree_1_5", "open"] as const;
export const guideItemKindSchema = z.enum(guideItemKinds);
export type GuideItemKind = z.infer<typeof guideItemKindSchema>;

export const guideItemSchema = z.object({
  /** Stable across versions of the guide's text: answers are keyed by it. */
  id: z.string(),
  kind: guideItemKindSchema,
  text: z.string(),
});
export type GuideItem = z.infer<typeof guideItemSchema>;

export const guidePointSchema = z.object({
  title: z.string().optional(),
  text: z.string().optional(),
  subpoints: z.array(z.string()).optional(),
});
export type GuidePoint = z.infer<typeof guidePointSchema>;

export const guideSectionSchema = z.object({
  heading: z.string().optional(),
  intro: z.string().optional(),
  points: z.array(guidePointSchema),
});
export type GuideSection = z.infer<typeof guideSectionSchema>;

export const guideChapterSchema = z.object({
  number: guideChapterNumberSchema,
  title: z.string(),
  objectivesIntro: z.string().optional(),
  objectives: z.array(z.string()),
  /** The heading the manual gives to the chapter's practical points ("POINTS D'ACTION PRATIQUE" or the nearest). */
  actionPointsHeading: z.string(),
  actionPoints: z.array(guideSectionSchema),
  evaluation: z.object({
    heading: z.string(),
    intro: z.string().optional(),
    items: z.array(guideItemSchema),
  }),
});
export type GuideChapter = z.infer<typeof guideChapterSchema>;

export const guidePrincipleSchema = z.object({ number: z.number().int(), title: z.string(), text: z.string() });
export type GuidePrinciple = z.infer<typeof guidePrincipleSchema>;

export const guideContentSchema = z.object({
  /** Changes whenever the text changes; a saved self-evaluation keeps the version it was answered on. */
  version: z.string(),
  /** The manual's text is in French only (see `language`); the UI around it is translated. */
  language: z.literal("fr"),
  source: z.string(),
  principlesIntro: z.string(),
  principles: z.array(guidePrincipleSchema),
  caseStudy: z.object({ title: z.string(), paragraphs: z.array(z.string()), questionsIntro: z.string(), questions: z.array(z.string()) }),
  /** The 1-5 agreement scale's labels, as printed in chapter 2's grid. */
  agreementScale: z.array(z.object({ value: z.number().int(), label: z.string() })),
  chapters: z.array(guideChapterSchema),
});
export type GuideContent = z.infer<typeof guideContentSchema>;

/** true/false for a box, 1-5 for agreement, the member's own words for an open question. */
export const guideAnswerSchema = z.union([z.boolean(), z.number().int(), z.string().max(4_000)]);
export type GuideAnswer = z.infer<typeof guideAnswerSchema>;

export const guideProgramQuery = z.object({ programId: z.uuid() });
export type GuideProgramQuery = z.infer<typeof guideProgramQuery>;

export const guideChapterParams = z.object({ chapter: z.coerce.number().int().min(1).max(6) });

/**
 * Saving my grid of one chapter. `version` is the version I read (null when I never saved this chapter): a save
 * from another tab in between answers 409 with the current one. `completed` asks to mark the grid done: every item
 * must then be answered (422 naming each unanswered item).
 */
export const saveGuideSelfEvaluationInput = z.object({
  version: versionField.nullable(),
  answers: z.record(z.string().max(20), guideAnswerSchema).refine((a) => Object.keys(a).length <= 50, { message: "too_big" }),
  /** Private notes (on chapter 1: my thoughts on David's case study). Never shown to anyone else. */
  notes: longText(10_000).default(""),
  completed: z.boolean(),
});
export type SaveGuideSelfEvaluationInput = z.input<typeof saveGuideSelfEvaluationInput>;
export type SaveGuideSelfEvaluation = z.infer<typeof saveGuideSelfEvaluationInput>;

export const guideSelfEvaluationSchema = z.object({
  chapter: guideChapterNumberSchema,
  programId: z.uuid(),
  answers: z.record(z.string(), guideAnswerSchema),
  notes: z.string(),
  completed: z.boolean(),
  completedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** The guide's text version the answers were given on. */
  guideVersion: z.string(),
  version: z.number().int(),
});
export type GuideSelfEvaluation = z.infer<typeof guideSelfEvaluationSchema>;

/** What a member sees of their own progress on one chapter. */
export const guideChapterSummarySchema = z.object({
  chapter: guideChapterNumberSchema,
  items: z.number().int(),
  answered: z.number().int(),
  completed: z.boolean(),
  completedAt: z.string().nullable(),
  /** Boxes ticked among the chapter's boxes (null when the grid has none). */
  checked: z.number().int().nullable(),
  checkItems: z.number().int(),
  /** Mean of the 1-5 agreements given, one decimal (null when none). */
  agreementAverage: z.number().nullable(),
});
export type GuideChapterSummary = z.infer<typeof guideChapterSummarySchema>;

export const guideSelfEvaluationListSchema = z.object({
  programId: z.uuid(),
  items: z.array(guideSelfEvaluationSchema),
  summary: z.array(guideChapterSummarySchema),
});
export type GuideSelfEvaluationList = z.infer<typeof guideSelfEvaluationListSchema>;

/** The team lead's view: who completed which chapter, and when. No answers, no notes, no figures. */
export const guideCompletionSchema = z.object({
  programId: z.uuid(),
  chapters: z.array(guideChapterNumberSchema),
  members: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      role: z.string(),
      chapters: z.array(z.object({ chapter: guideChapterNumberSchema, completedAt: z.string().nullable() })),
      completedCount: z.number().int(),
    }),
  ),
});
export type GuideCompletion = z.infer<typeof guideCompletionSchema>;
