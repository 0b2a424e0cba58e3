import type { Consent, ConsentScope } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { findConsentScope, insertConsent, listConsents, withdrawConsent } from "./consents.repository";

export const recordConsent = async (
  ctx: AppContext,
  actor: Actor,
  participantId: string,
  input: { scope: ConsentScope; details: string; givenOn: string },
): Promise<Consent> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "consent.write");
  const id = newId();
  await db.transaction(async (tx) => {
    await insertConsent(tx, { id, participantId, scope: input.scope, details: input.details, givenOn: input.givenOn, recordedBy: actor.userId, recordedAt: ctx.clock.now() });
    await appendEvent(tx, ctx.clock, { type: "consent.recorded", actor, programId, participantId, data: { scope: input.scope, givenOn: input.givenOn } });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "consent", recordId: id, programId, participantId });
  });
  const created = (await listConsents(db, participantId)).find((c) => c.id === id);
  if (!created) throw notFound();
  return created;
};

/** Withdrawal takes effect at once: scoped access that relied on the consent ends with this transaction. */
export const withdrawConsentUseCase = async (
  ctx: AppContext,
  actor: Actor,
  participantId: string,
  consentId: string,
  withdrawnOn: string,
): Promise<Consent> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "consent.write");
  const existing = await findConsentScope(db, participantId, consentId);
  if (!existing) throw notFound();
  if (existing.withdrawnOn) throw new AppError("conflict");
  await db.transaction(async (tx) => {
    if (!(await withdrawConsent(tx, participantId, consentId, withdrawnOn, actor.userId))) throw new AppError("conflict");
    await appendEvent(tx, ctx.clock, { type: "consent.withdrawn", actor, programId, participantId, data: { scope: existing.scope, withdrawnOn } });
    await recordAudit(tx, ctx.clock, { actor, action: "withdraw", recordType: "consent", recordId: consentId, programId, participantId });
  });
  const updated = (await listConsents(db, participantId)).find((c) => c.id === consentId);
  if (!updated) throw notFound();
  return updated;
};
