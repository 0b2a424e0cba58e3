import { type ParticipantStatus, checkStatusChange, onJobStarted } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { AppError, notFound } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { getParticipant, lockParticipant, updateParticipantIfVersion } from "../participants/participants.repository";

export type StatusChange = { from: ParticipantStatus; to: ParticipantStatus };

/**
 * A job that has started moves the person to "working", in the caller's transaction, through the same journey
 * rule (`checkStatusChange`), version bump and event as a change made on the participant page. The row lock keeps
 * a colleague's concurrent status edit from being overwritten.
 */
export const applyJobStart = async (
  tx: Executor,
  ctx: AppContext,
  actor: Actor,
  scope: { programId: string; participantId: string },
  job: { startDate: string },
  today: string,
): Promise<StatusChange | null> => {
  await lockParticipant(tx, scope.participantId);
  const person = await getParticipant(tx, scope.participantId);
  if (!person) throw notFound();
  const effect = onJobStarted(person, job, today);
  if (effect.kind !== "set_status") return null;
  const rule = checkStatusChange(person.status, effect.to, null);
  if (!rule.ok) throw new AppError("invalid_transition", { fields: [{ path: "status", message: rule.reason }] });
  const ok = await updateParticipantIfVersion(tx, scope.participantId, person.version, { status: effect.to, closureReason: null, closureNote: null }, ctx.clock.now());
  if (!ok) throw new AppError("stale_version");
  await appendEvent(tx, ctx.clock, {
    type: rule.event,
    actor,
    programId: scope.programId,
    participantId: scope.participantId,
    data: { from: person.status, to: effect.to, closureReason: null },
  });
  await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "participant", recordId: scope.participantId, ...scope });
  return { from: person.status, to: effect.to };
};
