import { z } from "zod";
import { isoDate, longText, shortText, versionField } from "../shared/primitives";

/*
 * Social Skills Training plans (IMPE manual, chapter 5, "Les 7 étapes du spécialiste de l'emploi pour réaliser un
 * processus SST"). The plan's columns hold what identifies it (situation, domain, target behaviour, measure); the
 * rest of the 7 steps lives in `content`, validated here.
 */

/** The manual's five domains of social skills (peer relations, self-control, methodology, compliance, assertion). */
export const sstDomains = ["peer_relations", "self_control", "methodology", "compliance", "assertion"] as const;
export const sstDomainSchema = z.enum(sstDomains);
export type SstDomain = z.infer<typeof sstDomainSchema>;

/** Step 4: the instruction techniques the manual names (modelling, role play, shaping, feedback, reinforcement). */
export const sstTechniques = ["modelling", "role_play", "shaping", "feedback", "reinforcement"] as const;
export const sstTechniqueSchema = z.enum(sstTechniques);
export type SstTechnique = z.infer<typeof sstTechniqueSchema>;

/** Step 5b: the person, and others who work or live with them, observe the behaviour in different settings. */
export const sstObservers = ["self", "specialist", "employer", "family", "other"] as const;
export const sstObserverSchema = z.enum(sstObservers);
export type SstObserver = z.infer<typeof sstObserverSchema>;

/**
 * Where the plan stands: baseline measures (step 3), the training under way (steps 4 to 6), generalisation and
 * fading (step 7), completed. Every status after the baseline needs the intervention's start date.
 */
export const sstStatuses = ["baseline", "intervention", "generalisation", "completed"] as const;
export const sstStatusSchema = z.enum(sstStatuses);
export type SstStatus = z.infer<typeof sstStatusSchema>;

/** Step 3a: the kind of data (a count, a rating, a duration, a permanent product as the manual says). */
export const sstMeasureKinds = ["count", "rating", "duration", "permanent_product"] as const;
export const sstMeasureKindSchema = z.enum(sstMeasureKinds);
export type SstMeasureKind = z.infer<typeof sstMeasureKindSchema>;

/** Whether progress means the value goes up (times the person starts a conversation) or down (outbursts). */
export const sstDirections = ["higher", "lower"] as const;
export const sstDirectionSchema = z.enum(sstDirections);
export type SstDirection = z.infer<typeof sstDirectionSchema>;

/** Step 6b: the one variable changed at a time (the manual's examples: the narrative or the frequency). */
export const sstAdjustmentVariables = ["narrative", "frequency", "technique", "setting", "people", "other"] as const;
export const sstAdjustmentVariableSchema = z.enum(sstAdjustmentVariables);
export type SstAdjustmentVariable = z.infer<typeof sstAdjustmentVariableSchema>;

/** The 5-question problem-solving sequence ("Un outil"), in the manual's order. */
export const sstWorksheetQuestions = ["problem", "solutions", "consequences", "evaluation", "actionPlan"] as const;
export type SstWorksheetQuestion = (typeof sstWorksheetQuestions)[number];

const requiredText = (max: number) => z.string().trim().min(1, { message: "required" }).max(max);

export const sstAdjustmentSchema = z.object({
  id: z.uuid(),
  /** The day the change took effect: the measures from that day on form a new phase. */
  on: isoDate,
  variable: sstAdjustmentVariableSchema,
  /** What was changed, e.g. "Jeu de rôle deux fois par semaine au lieu d'une". */
  change: requiredText(1_000),
});
export type SstAdjustment = z.infer<typeof sstAdjustmentSchema>;

export const sstWorksheetSchema = z.object({
  problem: longText(4_000).default(""),
  solutions: longText(4_000).default(""),
  consequences: longText(4_000).default(""),
  evaluation: longText(4_000).default(""),
  actionPlan: longText(4_000).default(""),
});
export type SstWorksheet = z.infer<typeof sstWorksheetSchema>;

export const emptySstWorksheet: SstWorksheet = { problem: "", solutions: "", consequences: "", evaluation: "", actionPlan: "" };

/** The plan's details beyond its columns: the rest of the 7 steps. Every field has a default, so older records read. */
export const sstContentSchema = z.object({
  /** Step 1: the goal the person sets for themselves. */
  goal: longText(2_000).default(""),
  /** Step 1a: the person's plan (educational or career plan) the target comes from, if there is one. */
  planReference: longText(2_000).default(""),
  /** Step 1b: who the goals were discussed with (the person, their family, the team). */
  discussedWith: longText(1_000).default(""),
  /** Step 3a. */
  measureKind: sstMeasureKindSchema.default("count"),
  /** The unit of a value, e.g. "fois par jour", "note sur 10", "minutes". */
  measureUnit: shortText(80).default(""),
  betterWhen: sstDirectionSchema.default("higher"),
  /** Step 4. */
  techniques: z.array(sstTechniqueSchema).max(sstTechniques.length).default([]),
  techniquesNote: longText(4_000).default(""),
  /** Step 5b: the settings in which others observe the behaviour. */
  contexts: longText(2_000).default(""),
  /** Step 4-5: the first day of the training; measures before it are the baseline. */
  interventionStartedOn: isoDate.nullable().default(null),
  /** Step 6: one variable at a time, each dated. Stored oldest first. */
  adjustments: z.array(sstAdjustmentSchema).max(40).default([]),
  /** Step 7a and 7b. */
  generalisation: longText(4_000).default(""),
  fading: longText(4_000).default(""),
  worksheet: sstWorksheetSchema.default(emptySstWorksheet),
});
export type SstContent = z.infer<typeof sstContentSchema>;
export type SstContentInput = z.input<typeof sstContentSchema>;

export const createSstPlanInput = z.object({
  situation: requiredText(2_000),
  domain: sstDomainSchema,
  targetBehaviour: requiredText(2_000),
  measureDefinition: requiredText(1_000),
  status: sstStatusSchema.default("baseline"),
  sharedWithCareTeam: z.boolean().default(false),
  content: sstContentSchema.default(sstContentSchema.parse({})),
});
export type CreateSstPlanInput = z.input<typeof createSstPlanInput>;
export type CreateSstPlan = z.infer<typeof createSstPlanInput>;

/** A change to the plan: the fields sent replace the stored ones (`content` as a whole), against the version read. */
export const updateSstPlanInput = z.object({
  version: versionField,
  situation: requiredText(2_000).optional(),
  domain: sstDomainSchema.optional(),
  targetBehaviour: requiredText(2_000).optional(),
  measureDefinition: requiredText(1_000).optional(),
  status: sstStatusSchema.optional(),
  sharedWithCareTeam: z.boolean().optional(),
  content: sstContentSchema.optional(),
});
export type UpdateSstPlanInput = z.input<typeof updateSstPlanInput>;
export type UpdateSstPlan = z.infer<typeof updateSstPlanInput>;

export const recordSstMeasureInput = z.object({
  measuredOn: isoDate,
  value: z.number().finite().min(0).max(100_000),
  observer: sstObserverSchema,
  note: longText(500).default(""),
});
export type RecordSstMeasureInput = z.input<typeof recordSstMeasureInput>;
export type RecordSstMeasure = z.infer<typeof recordSstMeasureInput>;

export const sstMeasureSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  measuredOn: isoDate,
  value: z.number(),
  observer: sstObserverSchema,
  note: z.string(),
  /** The name of the team member who typed it in. */
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type SstMeasure = z.infer<typeof sstMeasureSchema>;

export const sstPlanSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  situation: z.string(),
  domain: sstDomainSchema,
  targetBehaviour: z.string(),
  measureDefinition: z.string(),
  content: sstContentSchema,
  status: sstStatusSchema,
  sharedWithCareTeam: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  measureCount: z.number().int(),
  lastMeasuredOn: isoDate.nullable(),
});
export type SstPlan = z.infer<typeof sstPlanSchema>;

export const sstPlanListSchema = z.object({ items: z.array(sstPlanSchema) });
export type SstPlanList = z.infer<typeof sstPlanListSchema>;

/** A number summary of some measures; null figures when there are none (or, for the trend, fewer than 2 days). */
export const sstStatsSchema = z.object({
  count: z.number().int(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  /** Least-squares slope, in the measure's unit per week. */
  trendPerWeek: z.number().nullable(),
});
export type SstStats = z.infer<typeof sstStatsSchema>;

export const sstPhaseKinds = ["baseline", "intervention", "adjustment"] as const;
export type SstPhaseKind = (typeof sstPhaseKinds)[number];

export const sstPhaseSchema = z.object({
  kind: z.enum(sstPhaseKinds),
  /** 1 for the first adjustment, 2 for the second...; 0 for the baseline and the intervention. */
  number: z.number().int(),
  /** As single-case designs are read: A (baseline), B (intervention), B', B''... (each adjustment). */
  letter: z.string(),
  /** First day of the phase (null for a baseline: it runs from the first measure). */
  startsOn: isoDate.nullable(),
  /** The day the next phase starts (null for the last phase). */
  endsBefore: isoDate.nullable(),
  adjustmentId: z.uuid().nullable(),
  variable: sstAdjustmentVariableSchema.nullable(),
  overall: sstStatsSchema,
  byObserver: z.array(sstStatsSchema.extend({ observer: sstObserverSchema })),
});
export type SstPhase = z.infer<typeof sstPhaseSchema>;

export const sstReadinessChecks = ["baseline_occasions", "progress_span", "observers"] as const;
export type SstReadinessCheck = (typeof sstReadinessChecks)[number];

export const sstReadinessSchema = z.object({
  check: z.enum(sstReadinessChecks),
  met: z.boolean(),
  /** What the plan has: distinct baseline dates, days of progress measures, distinct observers. */
  value: z.number().int(),
  required: z.number().int(),
});
export type SstReadiness = z.infer<typeof sstReadinessSchema>;

export const sstPlanDetailSchema = z.object({
  plan: sstPlanSchema,
  /** Oldest first. */
  measures: z.array(sstMeasureSchema),
  phases: z.array(sstPhaseSchema),
  readiness: z.array(sstReadinessSchema),
});
export type SstPlanDetail = z.infer<typeof sstPlanDetailSchema>;
