import { type CloseOne, type ConsentFacts, type CreateCloseOne, closeOneSharingIssues } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { findPersonConsent, getCloseOne, insertCloseOne } from "./network.repository";

/** The consent as the sharing rule sees it: null when the id is not one of this person's records. */
export const consentFacts = async (db: Executor, participantId: string, consentId: string | null): Promise<ConsentFacts | null> => {
  if (!consentId) return null;
  const found = await findPersonConsent(db, participantId, consentId);
  return found ? { scope: found.scope as ConsentFacts["scope"], withdrawnOn: found.withdrawnOn } : null;
};

/** Adds a close one the person chose. Sharing anything needs an active family consent of the person (422). */
export const addCloseOne = async (ctx: AppContext, actor: Actor, participantId: string, input: CreateCloseOne): Promise<CloseOne> => {
  const { programId } = await authorizeParticipant(ctx.database.db, actor, participantId, "network.write");
  return ctx.database.db.transaction(async (tx) => {
    const consentId = input.consentId ?? null;
    const issues = closeOneSharingIssues({ consentId, mayShare: input.mayShare }, await consentFacts(tx, participantId, consentId), { consentId: consentId !== null, mayShare: true });
    if (issues.length > 0) throw new AppError("unprocessable", { fields: issues });
    const id = newId();
    const now = ctx.clock.now();
    await insertCloseOne(tx, {
      id,
      programId,
      participantId,
      name: input.name,
      relation: input.relation,
      phone: input.phone,
      email: input.email,
      consentId,
      mayShare: input.mayShare,
      notes: input.notes,
      createdAt: now,
      updatedAt: now,
    });
    // The timeline is read by the team and the peer, who may read the network too: the name and relation are fine there.
    await appendEvent(tx, ctx.clock, { type: "close_one.added", actor, programId, participantId, data: { closeOneId: id, name: input.name, relation: input.relation, mayShare: input.mayShare } });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "close_one", recordId: id, programId, participantId });
    const created = await getCloseOne(tx, participantId, id);
    if (!created) throw notFound();
    return created;
  });
};
