import { describe, expect, it } from "vitest";
import { fidelityItemIds } from "./indicator.contract";
import type { FidelityReviewItems } from "./review.contract";
import { checkReviewPatch, mergeReviewItems } from "./review-rules";

const complete: FidelityReviewItems = Object.fromEntries(fidelityItemIds.map((id) => [id, { score: 4, evidence: "", suggestedScore: null }]));
const { Sv14: _, ...allButOne } = complete;

describe("checkReviewPatch", () => {
  it.each([
    ["a draft takes any edit", "draft", allButOne, { version: 1, reviewers: ["A"] }, []],
    ["a draft finalises when all 25 are scored", "draft", complete, { version: 1, status: "final" }, []],
    ["a draft finalises when the same request scores the last item", "draft", allButOne, { version: 1, status: "final", items: { Sv14: { score: 3, evidence: "" } } }, []],
    ["a draft with an item missing does not finalise", "draft", allButOne, { version: 1, status: "final" }, [{ path: "status", message: "review_incomplete" }]],
    ["a final review reopens", "final", complete, { version: 1, status: "draft" }, []],
    ["a final review refuses an edit", "final", complete, { version: 1, reviewers: ["A"] }, [{ path: "reviewers", message: "review_locked" }]],
    ["a reopening carries no edit", "final", complete, { version: 1, status: "draft", actionPlan: [] }, [{ path: "actionPlan", message: "review_locked" }]],
    ["finalising a final review again changes nothing", "final", complete, { version: 1, status: "final" }, []],
  ] as const)("%s", (_name, status, items, input, expected) => {
    expect(checkReviewPatch({ status, items }, input as never)).toEqual(expected);
  });
});

describe("mergeReviewItems", () => {
  it("replaces the items sent, keeps the others, and keeps a stored suggested score when none is sent", () => {
    const current: FidelityReviewItems = { S1: { score: 3, evidence: "old", suggestedScore: 4 }, S2: { score: 2, evidence: "", suggestedScore: null } };
    expect(mergeReviewItems(current, { S1: { score: 4, evidence: "new" }, S3: { score: null, evidence: "", suggestedScore: 5 } })).toEqual({
      S1: { score: 4, evidence: "new", suggestedScore: 4 },
      S2: { score: 2, evidence: "", suggestedScore: null },
      S3: { score: null, evidence: "", suggestedScore: 5 },
    });
  });
});
