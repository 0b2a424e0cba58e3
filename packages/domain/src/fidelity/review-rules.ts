import { fidelityItemIds } from "./indicator.contract";
import type { FidelityReviewItems, FidelityReviewStatus, UpdateFidelityReviewInput } from "./review.contract";
import { scoreReview } from "./scale";

export type ReviewPatchProblem = { path: string; message: "review_locked" | "review_incomplete" };

const editableFields = ["items", "reviewers", "actionPlan", "periodFrom", "periodTo", "reviewedOn"] as const;

/**
 * What a change may do to a review. A final review is the team's record of that assessment: it is locked, and
 * the only change it accepts is reopening it (status back to draft, nothing else in the same request, so a reopen
 * never slips an edit past the lock). Finalising needs all 25 items scored: a final review always has a total.
 */
export const checkReviewPatch = (
  current: { status: FidelityReviewStatus; items: FidelityReviewItems },
  input: UpdateFidelityReviewInput,
): ReviewPatchProblem[] => {
  const edits = editableFields.filter((field) => input[field] !== undefined);
  if (current.status === "final") {
    if (input.status === "final" && edits.length === 0) return [];
    if (edits.length > 0 || (input.status !== undefined && input.status !== "draft")) return [{ path: edits[0] ?? "status", message: "review_locked" }];
    return [];
  }
  if (input.status === "final") {
    const merged = mergeReviewItems(current.items, input.items);
    if (scoreReview(merged).total === null) return [{ path: "status", message: "review_incomplete" }];
  }
  return [];
};

/** The stored items with the ones sent replacing theirs (an item sent without suggestedScore keeps the stored one). */
export const mergeReviewItems = (current: FidelityReviewItems, changes: UpdateFidelityReviewInput["items"]): FidelityReviewItems => {
  if (!changes) return current;
  const merged: FidelityReviewItems = { ...current };
  for (const itemId of fidelityItemIds) {
    const change = changes[itemId];
    if (!change) continue;
    merged[itemId] = {
      score: change.score,
      evidence: change.evidence,
      suggestedScore: change.suggestedScore === undefined ? (current[itemId]?.suggestedScore ?? null) : change.suggestedScore,
    };
  }
  return merged;
};
