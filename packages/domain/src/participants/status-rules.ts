import type { ClosureReason, ParticipantStatus } from "./participant.contract";

export type StatusChange =
  | { ok: true; event: "participant.status_changed" | "participant.closed" | "participant.reopened" }
  | { ok: false; reason: "closure_reason_required" | "closed_must_reopen" | "unchanged" };

/**
 * The journey rule. A person may move between any active statuses (journeys are not linear: a job ends, the
 * search resumes). Closing needs a reason; a closed record only comes back by re-opening, which puts the person
 * back into engagement, with the history kept.
 */
export const checkStatusChange = (
  from: ParticipantStatus,
  to: ParticipantStatus,
  closureReason: ClosureReason | null | undefined,
): StatusChange => {
  if (from === to) return { ok: false, reason: "unchanged" };
  if (to === "closed") {
    return closureReason ? { ok: true, event: "participant.closed" } : { ok: false, reason: "closure_reason_required" };
  }
  if (from === "closed") {
    return to === "engaged" ? { ok: true, event: "participant.reopened" } : { ok: false, reason: "closed_must_reopen" };
  }
  return { ok: true, event: "participant.status_changed" };
};

/** Statuses that count in a specialist's active caseload (IPS caseload size, fidelity item S1). */
export const isActiveStatus = (status: ParticipantStatus): boolean => status !== "closed";
