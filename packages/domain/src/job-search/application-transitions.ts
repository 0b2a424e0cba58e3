import type { ApplicationEvent, ApplicationReason, ApplicationStatus } from "./application.contract";
import { notSelectedReasons, withdrawalReasons } from "./application.contract";

/**
 * The application transition table. Forward only, skipping allowed (a temp agency hires without an interview,
 * an employer makes an offer after a chat); several interviews in a row are several `interview` steps. Hired,
 * not selected and withdrawn end an application: a new attempt with the same employer is a new application.
 */
export const applicationTransitions: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  interested: ["applied", "withdrawn"],
  applied: ["interview", "offer", "hired", "not_selected", "withdrawn"],
  interview: ["interview", "offer", "hired", "not_selected", "withdrawn"],
  offer: ["hired", "not_selected", "withdrawn"],
  hired: [],
  not_selected: [],
  withdrawn: [],
};

export const isFinalApplicationStatus = (status: ApplicationStatus): boolean => applicationTransitions[status].length === 0;

export type ApplicationTransitionCheck =
  | { ok: true; event: ApplicationEvent }
  | { ok: false; reason: "invalid_transition" | "reason_required" | "reason_not_applicable" | "date_before_previous" | "date_in_future" };

/**
 * May the application move from its last event to `to` on `date`? Dates never go back; only an interview may
 * be dated ahead (it is scheduled); not selected and withdrawn need a reason from their own list.
 */
export const checkApplicationTransition = (
  last: Pick<ApplicationEvent, "status" | "date">,
  change: { status: ApplicationStatus; date: string; reason?: ApplicationReason | null; note?: string },
  today: string,
): ApplicationTransitionCheck => {
  if (!applicationTransitions[last.status].includes(change.status)) return { ok: false, reason: "invalid_transition" };
  if (change.date < last.date) return { ok: false, reason: "date_before_previous" };
  if (change.date > today && change.status !== "interview") return { ok: false, reason: "date_in_future" };
  const reasons: readonly string[] | null =
    change.status === "not_selected" ? notSelectedReasons : change.status === "withdrawn" ? withdrawalReasons : null;
  const reason = change.reason ?? null;
  if (reasons && (!reason || !reasons.includes(reason))) return { ok: false, reason: "reason_required" };
  if (!reasons && reason) return { ok: false, reason: "reason_not_applicable" };
  return { ok: true, event: { status: change.status, date: change.date, reason, note: change.note ?? "" } };
};
