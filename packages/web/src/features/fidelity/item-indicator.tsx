import type { FidelityItemId, FidelityReview } from "@passerelle/domain";

/**
 * What the records say of an item over the review's period (helper E's IndicatorPanel), with "Reprendre le score
 * suggéré". Until that panel exists the reviewers score from their own evidence.
 */
export const ItemIndicator = (_props: { review: FidelityReview; itemId: FidelityItemId; onTakeSuggested?: (score: number) => void }) => null;
