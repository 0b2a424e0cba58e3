import { type Participant, type UpdateParticipantInput, checkStatusChange } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { parisDate } from "../../platform/clock";
import { closeEpisode, moveFirstEpisodeStart, openEpisode } from "./episodes.repository";
import { assertAssignable, assertServiceOfProgram } from "./assignment-rules";
import { getParticipant, type ParticipantRow, searchNameOf, updateParticipantIfVersion } from "./participants.repository";

const identityFields = ["firstName", "lastName", "referralDate", "referralSource", "referringService", "referentName", "referringServiceId"] as const;

/**
 * Edits a record with optimistic concurrency: the caller sends the version it read; if someone saved in
 * between, nothing is written and the caller gets the current record (409) to merge by hand.
 */
export const updateParticipant = async (ctx: AppContext, actor: Actor, id: string, input: UpdateParticipantInput): Promise<Participant> => {
  const { programId } = await authorizeParticipant(ctx.database.db, actor, id, "participant.update");
  return ctx.database.db.transaction(async (tx) => {
    const current = await getParticipant(tx, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(current);

    const changes: Partial<ParticipantRow> = {};
    const changed: string[] = [];
    for (const field of identityFields) {
      const next = input[field];
      if (next === undefined) continue;
      const normalized = next === "" ? null : next;
      if (normalized !== current[field]) {
        Object.assign(changes, { [field]: normalized });
        changed.push(field);
      }
    }
    if (changes.referringServiceId) await assertServiceOfProgram(tx, programId, changes.referringServiceId);
    if (changes.firstName !== undefined || changes.lastName !== undefined) {
      changes.searchName = searchNameOf(changes.firstName ?? current.firstName, changes.lastName ?? current.lastName);
    }

    const assignSpecialist = input.specialistId !== undefined && (input.specialistId ?? null) !== current.specialistId;
    const assignPeer = input.peerSupporterId !== undefined && (input.peerSupporterId ?? null) !== current.peerSupporterId;
    if (assignSpecialist || assignPeer) {
      await assertAssignable(tx, programId, assignSpecialist ? input.specialistId : null, assignPeer ? input.peerSupporterId : null);
      if (assignSpecialist) changes.specialistId = input.specialistId ?? null;
      if (assignPeer) changes.peerSupporterId = input.peerSupporterId ?? null;
    }

    let statusEvent: ReturnType<typeof checkStatusChange> | null = null;
    if (input.status && input.status !== current.status) {
      statusEvent = checkStatusChange(current.status, input.status, input.closureReason);
      if (!statusEvent.ok) {
        throw new AppError("invalid_transition", { fields: [{ path: input.status === "closed" ? "closureReason" : "status", message: statusEvent.reason }] });
      }
      changes.status = input.status;
      changes.closureReason = input.status === "closed" ? (input.closureReason ?? null) : null;
      changes.closureNote = input.status === "closed" ? (input.closureNote ?? null) : null;
    }

    if (Object.keys(changes).length === 0) return current;
    const ok = await updateParticipantIfVersion(tx, id, input.version, changes, ctx.clock.now());
    if (!ok) throw staleVersion(await getParticipant(tx, id));

    if (changes.referralDate) await moveFirstEpisodeStart(tx, id, changes.referralDate);
    if (statusEvent?.ok && statusEvent.event === "participant.closed") await closeEpisode(tx, id, parisDate(ctx.clock.now()), changes.closureReason ?? null);
    if (statusEvent?.ok && statusEvent.event === "participant.reopened") await openEpisode(tx, { participantId: id, programId, openedOn: parisDate(ctx.clock.now()) });

    const base = { actor, programId, participantId: id };
    if (changed.length > 0) await appendEvent(tx, ctx.clock, { ...base, type: "participant.updated", data: { fields: changed } });
    if (assignSpecialist) {
      const updated = await getParticipant(tx, id);
      await appendEvent(tx, ctx.clock, {
        ...base,
        type: "participant.assigned",
        data: { specialistId: changes.specialistId ?? null, specialistName: updated?.specialistName ?? null, previousSpecialistId: current.specialistId },
      });
    }
    if (statusEvent?.ok) {
      await appendEvent(tx, ctx.clock, {
        ...base,
        type: statusEvent.event,
        data: { from: current.status, to: input.status, closureReason: changes.closureReason ?? null },
      });
    }
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "participant", recordId: id, programId, participantId: id });
    const updated = await getParticipant(tx, id);
    if (!updated) throw notFound();
    return updated;
  });
};
