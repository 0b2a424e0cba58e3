import { describe, expect, it } from "vitest";
import { type GuideAnswer, type GuideChapter, guideContentSchema } from "./guide.contract";
import { guideAnswerIssues, guideCompletionGrid, isGuideItemAnswered, nextCompletedAt, normalizeGuideAnswers, summarizeGuideChapter } from "./guide-rules";
import { guideChapter, impeGuide } from "./impe-guide";

const chapter = (n: number): GuideChapter => {
  const c = guideChapter(n);
  if (!c) throw new Error(`no chapter ${n}`);
  return c;
};

describe("the IMPE guide's content", () => {
  it("is valid against its contract", () => {
    expect(guideContentSchema.safeParse(impeGuide).success).toBe(true);
  });

  it("has the manual's eight principles, David's four questions and six chapters in order", () => {
    expect(impeGuide.principles.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(impeGuide.caseStudy.questions).toHaveLength(4);
    expect(impeGuide.chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each([
    [1, "check", 3],
    [2, "agree_1_5", 3],
    [3, "open", 4],
    [4, "check", 3],
    [5, "check", 3],
    [6, "agree_1_5", 5],
  ])("chapter %i's grid has the manual's kind %s, %i items", (n, kind, count) => {
    const items = chapter(n).evaluation.items;
    expect(items).toHaveLength(count);
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set([kind]));
  });

  it("gives every item a unique id prefixed by its chapter", () => {
    const ids = impeGuide.chapters.flatMap((c) => c.evaluation.items.map((i) => ({ id: i.id, chapter: c.number })));
    expect(new Set(ids.map((i) => i.id)).size).toBe(ids.length);
    for (const { id, chapter: n } of ids) expect(id.startsWith(`${n}.`)).toBe(true);
  });

  it("gives every chapter key action points", () => {
    for (const c of impeGuide.chapters) expect(c.actionPoints.flatMap((s) => s.points).length).toBeGreaterThan(0);
  });
});

describe("isGuideItemAnswered", () => {
  const check = { id: "x", kind: "check" as const, text: "" };
  const agree = { id: "y", kind: "agree_1_5" as const, text: "" };
  const open = { id: "z", kind: "open" as const, text: "" };
  it.each([
    [check, true, true],
    [check, false, true],
    [check, undefined, false],
    [check, 1, false],
    [agree, 1, true],
    [agree, 5, true],
    [agree, 0, false],
    [agree, 6, false],
    [agree, 2.5, false],
    [agree, true, false],
    [open, "Le soutien ne s'arrête pas", true],
    [open, "   ", false],
    [open, "", false],
    [open, 3, false],
  ] as const)("%o answered by %o -> %s", (item, answer, expected) => {
    expect(isGuideItemAnswered(item, answer as GuideAnswer | undefined)).toBe(expected);
  });
});

describe("guideAnswerIssues", () => {
  it.each<[string, number, Record<string, GuideAnswer>, boolean, { path: string; message: string }[]]>([
    ["a draft with some boxes", 1, { "1.1": true }, false, []],
    ["an empty draft", 2, {}, false, []],
    ["a completed check grid", 1, { "1.1": true, "1.2": false, "1.3": true }, true, []],
    ["a completed agreement grid", 6, { "6.1": 1, "6.2": 2, "6.3": 3, "6.4": 4, "6.5": 5 }, true, []],
    ["a completed open grid", 3, { "3.1": "a", "3.2": "b", "3.3": "c", "3.4": "d" }, true, []],
    ["an item of another chapter", 1, { "2.1": 3 }, false, [{ path: "answers.2.1", message: "guide_unknown_item" }]],
    ["an unknown item", 2, { nope: 3 }, false, [{ path: "answers.nope", message: "guide_unknown_item" }]],
    ["a number for a box", 1, { "1.1": 4 }, false, [{ path: "answers.1.1", message: "guide_answer_kind" }]],
    ["a box for an agreement", 2, { "2.1": true }, false, [{ path: "answers.2.1", message: "guide_answer_kind" }]],
    ["text for an agreement", 6, { "6.1": "5" }, false, [{ path: "answers.6.1", message: "guide_answer_kind" }]],
    ["an agreement of 0", 2, { "2.1": 0 }, false, [{ path: "answers.2.1", message: "guide_agreement_range" }]],
    ["an agreement of 6", 2, { "2.2": 6 }, false, [{ path: "answers.2.2", message: "guide_agreement_range" }]],
    ["a box for an open question", 3, { "3.1": true }, false, [{ path: "answers.3.1", message: "guide_answer_kind" }]],
    [
      "completed with items left",
      2,
      { "2.1": 4 },
      true,
      [
        { path: "answers.2.2", message: "guide_item_unanswered" },
        { path: "answers.2.3", message: "guide_item_unanswered" },
      ],
    ],
    ["completed with a blank written answer", 3, { "3.1": "a", "3.2": "b", "3.3": "c", "3.4": "  " }, true, [{ path: "answers.3.4", message: "guide_item_unanswered" }]],
  ])("%s", (_label, n, answers, completed, expected) => {
    expect(guideAnswerIssues(chapter(n), answers, completed)).toEqual(expected);
  });
});

describe("normalizeGuideAnswers", () => {
  it("trims written answers and drops blank ones, keeps boxes and agreements", () => {
    expect(normalizeGuideAnswers({ "3.1": "  ma réponse ", "3.2": "   ", "1.1": false, "2.1": 3 })).toEqual({ "3.1": "ma réponse", "1.1": false, "2.1": 3 });
  });
});

describe("nextCompletedAt", () => {
  const now = "2026-03-02T10:00:00.000Z";
  it.each([
    [null, true, now],
    ["2026-01-05T09:00:00.000Z", true, "2026-01-05T09:00:00.000Z"],
    ["2026-01-05T09:00:00.000Z", false, null],
    [null, false, null],
  ])("previous %s, completed %s -> %s", (previous, completed, expected) => {
    expect(nextCompletedAt(previous, completed, now)).toBe(expected);
  });
});

describe("summarizeGuideChapter", () => {
  it("summarises a grid never saved", () => {
    expect(summarizeGuideChapter(chapter(1), null)).toEqual({
      chapter: 1,
      items: 3,
      answered: 0,
      completed: false,
      completedAt: null,
      checked: 0,
      checkItems: 3,
      agreementAverage: null,
    });
  });

  it("counts ticked boxes, not answered ones", () => {
    const s = summarizeGuideChapter(chapter(5), { answers: { "5.1": true, "5.2": false, "5.3": true }, completedAt: "2026-02-01T08:00:00.000Z" });
    expect(s).toMatchObject({ answered: 3, checked: 2, completed: true, completedAt: "2026-02-01T08:00:00.000Z", agreementAverage: null });
  });

  it("averages agreements to one decimal", () => {
    const s = summarizeGuideChapter(chapter(6), { answers: { "6.1": 4, "6.2": 5, "6.3": 4 }, completedAt: null });
    expect(s).toMatchObject({ answered: 3, items: 5, checked: null, checkItems: 0, agreementAverage: 4.3, completed: false });
  });

  it("counts written answers of chapter 3", () => {
    expect(summarizeGuideChapter(chapter(3), { answers: { "3.1": "x", "3.2": "" }, completedAt: null }).answered).toBe(1);
  });
});

describe("guideCompletionGrid", () => {
  const members = [
    { userId: "u-zoe", name: "Zoé Martin", role: "specialist" },
    { userId: "u-eli", name: "Élise Durand", role: "peer" },
  ];
  it("crosses members with chapters, sorted by name, with dates only for completed grids", () => {
    const grid = guideCompletionGrid("p1", [1, 2, 3], members, [
      { userId: "u-zoe", chapter: 1, completedAt: "2026-02-01T08:00:00.000Z" },
      { userId: "u-zoe", chapter: 2, completedAt: null },
      { userId: "u-eli", chapter: 3, completedAt: "2026-02-03T08:00:00.000Z" },
      { userId: "u-gone", chapter: 1, completedAt: "2026-02-03T08:00:00.000Z" },
    ]);
    expect(grid).toEqual({
      programId: "p1",
      chapters: [1, 2, 3],
      members: [
        {
          userId: "u-eli",
          name: "Élise Durand",
          role: "peer",
          completedCount: 1,
          chapters: [
            { chapter: 1, completedAt: null },
            { chapter: 2, completedAt: null },
            { chapter: 3, completedAt: "2026-02-03T08:00:00.000Z" },
          ],
        },
        {
          userId: "u-zoe",
          name: "Zoé Martin",
          role: "specialist",
          completedCount: 1,
          chapters: [
            { chapter: 1, completedAt: "2026-02-01T08:00:00.000Z" },
            { chapter: 2, completedAt: null },
            { chapter: 3, completedAt: null },
          ],
        },
      ],
    });
  });
});
