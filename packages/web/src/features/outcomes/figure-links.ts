import type { OutcomesFigures } from "@passerelle/domain";
import { buildUrl } from "../../api/api-client";
import type { OutcomesScopeParams } from "./outcomes-api";

export type FigureKey = keyof OutcomesFigures;
export type FigurePart = "numerator" | "denominator";

/** The records behind one figure (or one part of a rate, or one reason of a breakdown), on the report's scope. */
export const recordsLink = (
  scope: OutcomesScopeParams,
  figure: FigureKey,
  options: { part?: FigurePart; reason?: string; specialistId?: string } = {},
): string =>
  buildUrl("/outcomes/records", {
    figure,
    part: options.part,
    reason: options.reason,
    from: scope.from,
    to: scope.to,
    programId: scope.programId,
    specialistId: options.specialistId ?? scope.specialistId,
  });
