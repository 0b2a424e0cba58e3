import { closureReasons } from "../participants/participant.contract";
import { jobEndReasons } from "../jobs/job.contract";
import { referralDeclineReasons } from "../referrals/referral.contract";
import type { OutcomeFigureKey, OutcomeRecordKind, OutcomesFigures } from "./outcomes.contract";

export type FigureIds = { kind: OutcomeRecordKind; ids: string[] } | { problem: "part_required" | "unknown_reason" };

type Breakdown = readonly { reason: string; ids: readonly string[] }[];

const breakdowns = {
  jobEndingsByReason: { kind: "job", reasons: jobEndReasons },
  referralsDeclinedByReason: { kind: "referral", reasons: referralDeclineReasons },
  closuresByReason: { kind: "participant", reasons: closureReasons },
} as const satisfies Partial<Record<OutcomeFigureKey, { kind: OutcomeRecordKind; reasons: readonly string[] }>>;

const isBreakdown = (figure: OutcomeFigureKey): figure is keyof typeof breakdowns => figure in breakdowns;

/**
 * The ids behind one figure of a report. A rate needs `part` (numerator or denominator); a breakdown lists one
 * reason's ids (a reason with no row: none), or all of its rows without a reason. The contacts-per-week figures
 * list the face-to-face contacts they were computed from.
 */
export const figureIds = (figures: OutcomesFigures, figure: OutcomeFigureKey, part?: "numerator" | "denominator", reason?: string): FigureIds => {
  if (figure === "employerContactsPerSpecialistPerWeek" || figure === "employerContactsBySpecialist") {
    return { kind: "employer_contact", ids: figures.employerContactsFaceToFace.ids };
  }
  if (isBreakdown(figure)) {
    const { kind, reasons } = breakdowns[figure];
    if (reason !== undefined && reason !== "unknown" && !(reasons as readonly string[]).includes(reason)) return { problem: "unknown_reason" };
    const rows: Breakdown = figures[figure];
    const chosen = reason === undefined ? rows : rows.filter((row) => row.reason === reason);
    return { kind, ids: [...new Set(chosen.flatMap((row) => row.ids))].sort() };
  }
  const value = figures[figure];
  if ("numeratorIds" in value) {
    if (!part) return { problem: "part_required" };
    return { kind: value.kind, ids: part === "numerator" ? value.numeratorIds : value.denominatorIds };
  }
  return { kind: value.kind, ids: value.ids };
};
