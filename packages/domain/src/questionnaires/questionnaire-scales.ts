/**
 * The two participant-reported questionnaires: their items (ids only: the wording is in the web's i18n files, in
 * French and English), their answer scales and their scoring. The texts never live here so the official wording
 * can be read and checked in one place, next to its translation.
 */
export const questionnaireKinds = ["who5", "satisfaction"] as const;
export type QuestionnaireKind = (typeof questionnaireKinds)[number];

/**
 * WHO-5 Well-Being Index (WHO Regional Office for Europe, 1998): five statements about the last two weeks, each
 * answered from 0 ("at no time") to 5 ("all of the time"). Raw score 0-25, multiplied by 4: 0-100.
 */
export const who5Items = ["cheerful", "calm", "active", "rested", "interesting"] as const;

/**
 * Passerelle's own satisfaction questionnaire (not a validated scale): five statements addressed to the person,
 * each on an agreement scale from 1 ("pas du tout d'accord") to 5 ("tout à fait d'accord"), and a free comment.
 */
export const satisfactionItems = ["support_towards_work", "choices_respected", "specialist_available", "helps_find_keep_job", "would_recommend"] as const;

export type QuestionnaireScale = { items: readonly string[]; min: number; max: number };

export const questionnaireScales: Record<QuestionnaireKind, QuestionnaireScale> = {
  who5: { items: who5Items, min: 0, max: 5 },
  satisfaction: { items: satisfactionItems, min: 1, max: 5 },
};

/** WHO-5 interpretation thresholds (Topp et al., 2015): below 50 low well-being, 28 or less the usual depression screening cut-off. */
export const who5Thresholds = { lowWellBeing: 50, depressionScreening: 28, meaningfulChange: 10 } as const;

/**
 * The score kept with the answers, an integer from 0 to 100 for both kinds.
 * WHO-5: the sum times 4 (the WHO's percentage score).
 * Satisfaction: the mean answer mapped linearly from 1-5 onto 0-100, ((mean - 1) x 25), so that "pas du tout
 * d'accord" everywhere is 0, the neutral middle is 50 and "tout à fait d'accord" everywhere is 100 (mean x 20 would
 * start at 20 and put the neutral answer at 60). Rounded to the nearest integer.
 */
export const questionnaireScore = (kind: QuestionnaireKind, answers: readonly number[]): number => {
  if (kind === "who5") return answers.reduce((sum, a) => sum + a, 0) * 4;
  const mean = answers.reduce((sum, a) => sum + a, 0) / answers.length;
  return Math.round((mean - 1) * 25);
};

/** How a WHO-5 score reads, to show with care: a screening hint, never a diagnosis. */
export type Who5Band = "screening" | "low" | "ok";
export const who5Band = (score: number): Who5Band =>
  score <= who5Thresholds.depressionScreening ? "screening" : score < who5Thresholds.lowWellBeing ? "low" : "ok";

/** A change between two WHO-5 scores: 10 points or more either way is considered meaningful. */
export type Who5Change = "better" | "worse" | "stable";
export const who5Change = (from: number, to: number): Who5Change =>
  to - from >= who5Thresholds.meaningfulChange ? "better" : from - to >= who5Thresholds.meaningfulChange ? "worse" : "stable";
