import type { CreateParticipantInput, Participant } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { assertAssignable, assertServiceOfProgram } from "./assignment-rules";
import { getParticipant, insertParticipant, searchNameOf } from "./participants.repository";

/** Receives a referral. Zero exclusion: nothing but a name and a referral date is ever required. */
export const createParticipant = async (ctx: AppContext, actor: Actor, input: CreateParticipantInput): Promise<Participant> => {
  const programId = input.programId ?? (actor.memberships.length === 1 ? actor.memberships[0].programId : undefined);
  if (!programId) throw new AppError("validation", { fields: [{ path: "programId", message: "program_required" }] });
  authorizeProgram(actor, programId, "participant.create");
  return ctx.database.db.transaction(async (tx) => {
    await assertAssignable(tx, programId, input.specialistId, input.peerSupporterId);
    await assertServiceOfProgram(tx, programId, input.referringServiceId);
    const id = newId();
    const now = ctx.clock.now();
    await insertParticipant(tx, {
      id,
      programId,
      firstName: input.firstName,
      lastName: input.lastName,
      searchName: searchNameOf(input.firstName, input.lastName),
      referralDate: input.referralDate,
      referralSource: input.referralSource ?? null,
      referringService: input.referringService || null,
      referentName: input.referentName || null,
      referringServiceId: input.referringServiceId ?? null,
      specialistId: input.specialistId ?? null,
      peerSupporterId: input.peerSupporterId ?? null,
      status: "referred",
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(tx, ctx.clock, {
      type: "participant.created",
      actor,
      programId,
      participantId: id,
      data: { referralDate: input.referralDate, referralSource: input.referralSource ?? null },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "participant", recordId: id, programId, participantId: id });
    const created = await getParticipant(tx, id);
    if (!created) throw new AppError("not_found");
    return created;
  });
};
