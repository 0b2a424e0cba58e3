import type { SstPhase } from "@passerelle/domain";
import type { TFunction } from "i18next";

/** "Ligne de base", "Intervention", "Ajustement 1"... as the chart's phase lines and the tables name them. */
export const phaseLabel = (phase: Pick<SstPhase, "kind" | "number">, t: TFunction): string =>
  phase.kind === "baseline" ? t("sst.phases.baseline") : phase.kind === "intervention" ? t("sst.phases.intervention") : t("sst.phases.adjustment", { number: phase.number });
