import {
  type FidelityIndicatorsResponse,
  computeFidelityIndicators,
  currentFidelityScaleVersion,
  resolveThresholds,
} from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { readFidelityRecords } from "./indicators.repository";

/**
 * The IPS-25 indicators of a program for a period, computed from its records with its own thresholds (another
 * program: 404; a clinician, a peer or a network member: 403). Only ids and figures leave (no names), so, like
 * the outcomes, it is not an audited read; the records behind an id are read (and audited) where they live.
 */
export const readFidelityIndicators = async (
  ctx: AppContext,
  actor: Actor,
  query: { programId: string; from: string; to: string },
): Promise<FidelityIndicatorsResponse> => {
  authorizeProgram(actor, query.programId, "fidelity.read");
  const loaded = await readFidelityRecords(ctx.database.readPrepared, query.programId, query);
  // An administrator passes every program check: an unknown program still answers 404.
  if (!loaded.programExists) throw notFound();
  const thresholds = resolveThresholds(loaded.storedThresholds);
  return {
    programId: query.programId,
    from: query.from,
    to: query.to,
    scaleVersion: currentFidelityScaleVersion,
    indicators: computeFidelityIndicators(loaded.records, query, thresholds),
  };
};
