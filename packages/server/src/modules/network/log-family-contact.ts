import type { CreateFamilyContact, FamilyContact } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { closeOneIdsOf, getFamilyContact, insertFamilyContact } from "./network.repository";

/** Logs a contact with close ones or a family meeting; the close ones named must be this person's (422). */
export const logFamilyContact = async (ctx: AppContext, actor: Actor, participantId: string, input: CreateFamilyContact): Promise<FamilyContact> => {
  const { programId } = await authorizeParticipant(ctx.database.db, actor, participantId, "network.write");
  const id = newId();
  await ctx.database.db.transaction(async (tx) => {
    const known = await closeOneIdsOf(tx, participantId, input.closeOneIds);
    if (input.closeOneIds.some((closeOneId) => !known.has(closeOneId))) {
      throw new AppError("unprocessable", { fields: [{ path: "closeOneIds", message: "unknown_close_one" }] });
    }
    await insertFamilyContact(tx, {
      id,
      programId,
      participantId,
      kind: input.kind,
      date: input.date,
      mode: input.mode,
      closeOneIds: input.closeOneIds,
      participantPresent: input.participantPresent,
      notes: input.notes,
      authorId: actor.userId,
      createdAt: ctx.clock.now(),
    });
    await appendEvent(tx, ctx.clock, {
      type: "family_contact.logged",
      actor,
      programId,
      participantId,
      data: { familyContactId: id, kind: input.kind, date: input.date, mode: input.mode, closeOneCount: input.closeOneIds.length, participantPresent: input.participantPresent },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "family_contact", recordId: id, programId, participantId });
  });
  const created = await getFamilyContact(ctx.database.db, id);
  if (!created) throw notFound();
  return created;
};
