import type { GuideAnswer, GuideChapter, GuideChapterNumber, GuideChapterSummary, GuideCompletion, GuideItem } from "./guide.contract";

export type GuideFieldIssue = { path: string; message: string };

/** Whether this value answers the item: a box ticked or not, a whole 1-5 agreement, a non-blank written answer. */
export const isGuideItemAnswered = (item: GuideItem, answer: GuideAnswer | undefined): boolean => {
  if (answer === undefined) return false;
  switch (item.kind) {
    case "check":
      return typeof answer === "boolean";
    case "agree_1_5":
      return typeof answer === "number" && Number.isInteger(answer) && answer >= 1 && answer <= 5;
    case "open":
      return typeof answer === "string" && answer.trim().length > 0;
  }
};

const kindMatches = (item: GuideItem, answer: GuideAnswer): boolean =>
  item.kind === "check" ? typeof answer === "boolean" : item.kind === "agree_1_5" ? typeof answer === "number" : typeof answer === "string";

/**
 * The problems of a grid as saved: an answer to an item the chapter does not have, an answer of the wrong kind or out
 * of the scale, and (when the member marks the grid completed) every item left unanswered. A draft may leave items
 * open; a blank written answer counts as not answered.
 */
export const guideAnswerIssues = (chapter: GuideChapter, answers: Record<string, GuideAnswer>, completed: boolean): GuideFieldIssue[] => {
  const issues: GuideFieldIssue[] = [];
  const items = new Map(chapter.evaluation.items.map((item) => [item.id, item]));
  for (const [id, answer] of Object.entries(answers)) {
    const item = items.get(id);
    if (!item) issues.push({ path: `answers.${id}`, message: "guide_unknown_item" });
    else if (!kindMatches(item, answer)) issues.push({ path: `answers.${id}`, message: "guide_answer_kind" });
    else if (item.kind === "agree_1_5" && !isGuideItemAnswered(item, answer)) issues.push({ path: `answers.${id}`, message: "guide_agreement_range" });
  }
  if (completed && issues.length === 0) {
    for (const item of chapter.evaluation.items) {
      if (!isGuideItemAnswered(item, answers[item.id])) issues.push({ path: `answers.${item.id}`, message: "guide_item_unanswered" });
    }
  }
  return issues;
};

/** The answers worth keeping: blank written answers are dropped (they answer nothing), written ones trimmed. */
export const normalizeGuideAnswers = (answers: Record<string, GuideAnswer>): Record<string, GuideAnswer> =>
  Object.fromEntries(
    Object.entries(answers)
      .map(([id, answer]): [string, GuideAnswer] => [id, typeof answer === "string" ? answer.trim() : answer])
      .filter(([, answer]) => answer !== ""),
  );

/**
 * When the grid counts as completed after a save: kept from the first completion while it stays completed (saving a
 * completed grid again does not move the date), set now when it becomes completed, cleared when reopened.
 */
export const nextCompletedAt = (previous: string | null, completed: boolean, now: string): string | null =>
  completed ? (previous ?? now) : null;

/** What the member sees of their own grid for one chapter: answered items, ticked boxes, their mean agreement. */
export const summarizeGuideChapter = (
  chapter: GuideChapter,
  saved: { answers: Record<string, GuideAnswer>; completedAt: string | null } | null,
): GuideChapterSummary => {
  const answers = saved?.answers ?? {};
  const items = chapter.evaluation.items;
  const checks = items.filter((i) => i.kind === "check");
  const agreements = items
    .filter((i) => i.kind === "agree_1_5" && isGuideItemAnswered(i, answers[i.id]))
    .map((i) => answers[i.id] as number);
  return {
    chapter: chapter.number,
    items: items.length,
    answered: items.filter((i) => isGuideItemAnswered(i, answers[i.id])).length,
    completed: saved?.completedAt != null,
    completedAt: saved?.completedAt ?? null,
    checked: checks.length === 0 ? null : checks.filter((i) => answers[i.id] === true).length,
    checkItems: checks.length,
    agreementAverage: agreements.length === 0 ? null : Math.round((agreements.reduce((a, b) => a + b, 0) / agreements.length) * 10) / 10,
  };
};

/**
 * The team lead's grid: every member × every chapter, with the completion date or null. Built from completion dates
 * only, so no answer can leak into it. Members are sorted by name (French collation).
 */
export const guideCompletionGrid = (
  programId: string,
  chapters: readonly GuideChapterNumber[],
  members: readonly { userId: string; name: string; role: string }[],
  completions: readonly { userId: string; chapter: number; completedAt: string | null }[],
): GuideCompletion => {
  const done = new Map(completions.filter((c) => c.completedAt).map((c) => [`${c.userId}:${c.chapter}`, c.completedAt as string]));
  return {
    programId,
    chapters: [...chapters],
    members: [...members]
      .sort((a, b) => a.name.localeCompare(b.name, "fr"))
      .map((m) => {
        const row = chapters.map((chapter) => ({ chapter, completedAt: done.get(`${m.userId}:${chapter}`) ?? null }));
        return { ...m, chapters: row, completedCount: row.filter((c) => c.completedAt !== null).length };
      }),
  };
};
