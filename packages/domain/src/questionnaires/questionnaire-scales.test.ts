import { describe, expect, it } from "vitest";
import { questionnaireScore, who5Band, who5Change } from "./questionnaire-scales";
import { questionnaireIssues } from "./questionnaire-rules";

describe("questionnaireScore", () => {
  it.each([
    [[0, 0, 0, 0, 0], 0],
    [[5, 5, 5, 5, 5], 100],
    [[3, 2, 4, 1, 3], 52],
    [[1, 1, 1, 1, 3], 28],
  ])("WHO-5 %j is %i (raw sum x 4)", (answers, score) => expect(questionnaireScore("who5", answers)).toBe(score));

  it.each([
    [[1, 1, 1, 1, 1], 0],
    [[3, 3, 3, 3, 3], 50],
    [[5, 5, 5, 5, 5], 100],
    [[4, 5, 4, 4, 5], 85],
    // mean 3.2 -> 55; mean 4.6 -> 90; a mean of 2.6 gives 40 exactly
    [[3, 3, 3, 3, 4], 55],
    [[5, 5, 4, 5, 4], 90],
    [[2, 3, 3, 2, 3], 40],
  ])("satisfaction %j is %i ((mean - 1) x 25, an integer)", (answers, score) => {
    expect(questionnaireScore("satisfaction", answers)).toBe(score);
    expect(Number.isInteger(questionnaireScore("satisfaction", answers))).toBe(true);
  });
});

describe("WHO-5 interpretation", () => {
  it.each([
    [0, "screening"],
    [28, "screening"],
    [32, "low"],
    [48, "low"],
    [50, "ok"],
    [100, "ok"],
  ] as const)("%i reads %s", (score, band) => expect(who5Band(score)).toBe(band));

  it.each([
    [40, 52, "better"],
    [40, 50, "better"],
    [40, 48, "stable"],
    [52, 44, "stable"],
    [60, 48, "worse"],
  ] as const)("%i -> %i is %s (10 points is meaningful)", (from, to, change) => expect(who5Change(from, to)).toBe(change));
});

describe("questionnaireIssues", () => {
  const today = "2026-06-15";
  it("accepts a complete questionnaire of today", () => {
    expect(questionnaireIssues({ kind: "who5", answeredOn: today, answers: [0, 1, 2, 3, 5] }, today)).toEqual([]);
    expect(questionnaireIssues({ kind: "satisfaction", answeredOn: "2000-01-01", answers: [1, 2, 3, 4, 5] }, today)).toEqual([]);
  });
  it.each([
    ["too few WHO-5 answers", { kind: "who5" as const, answeredOn: today, answers: [1, 2, 3, 4] }, [{ path: "answers", message: "questionnaire_who5_answer_count" }]],
    ["too many satisfaction answers", { kind: "satisfaction" as const, answeredOn: today, answers: [1, 2, 3, 4, 5, 5] }, [{ path: "answers", message: "questionnaire_satisfaction_answer_count" }]],
    ["a WHO-5 answer of 6", { kind: "who5" as const, answeredOn: today, answers: [1, 2, 6, 4, -1] }, [{ path: "answers.2", message: "questionnaire_who5_answer_range" }, { path: "answers.4", message: "questionnaire_who5_answer_range" }]],
    ["a satisfaction answer of 0", { kind: "satisfaction" as const, answeredOn: today, answers: [0, 2, 3, 4, 5] }, [{ path: "answers.0", message: "questionnaire_satisfaction_answer_range" }]],
    ["tomorrow", { kind: "who5" as const, answeredOn: "2026-06-16", answers: [1, 1, 1, 1, 1] }, [{ path: "answeredOn", message: "questionnaire_date_in_future" }]],
    ["1999", { kind: "who5" as const, answeredOn: "1999-12-31", answers: [1, 1, 1, 1, 1] }, [{ path: "answeredOn", message: "questionnaire_date_too_old" }]],
  ])("refuses %s", (_label, input, issues) => expect(questionnaireIssues(input, today)).toEqual(issues));
});
