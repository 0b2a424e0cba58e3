import type { FidelityIndicator } from "@passerelle/domain";
import { IndicatorPanel } from "./indicator-panel";

/**
 * What the records say of an item over the review's period (helper E's IndicatorPanel), with "Reprendre le score
 * suggéré" while the review is editable. Nothing for the items only the reviewers can judge.
 */
export const ItemIndicator = ({
  indicator,
  specialistNames,
  onTakeSuggested,
}: {
  indicator: FidelityIndicator | undefined;
  specialistNames: Map<string, string>;
  onTakeSuggested?: (score: number) => void;
}) => (indicator ? <IndicatorPanel indicator={indicator} onUseSuggestedScore={onTakeSuggested} specialistNames={specialistNames} /> : null);
