import { type CreateReferral, type ReferralView, can } from "@passerelle/domain";
import { authorizeProgram, serviceIn } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { insertNotifications } from "../notifications/notifications.repository";
import { findServicePrograms } from "../services/services.repository";
import { viewFor } from "./referral-access";
import { getReferral, insertReferral, listTeamLeadIds } from "./referrals.repository";

/**
 * Sends a referral. A clinician's own partner service is recorded (whatever the body says: they refer for their
 * service); a team lead sending on a clinician's behalf may name a service of the program's register. Every team
 * lead of the program is notified, in the same transaction.
 */
export const createReferral = async (ctx: AppContext, actor: Actor, input: CreateReferral): Promise<ReferralView> => {
  const senders = actor.memberships.filter((m) => can(m.role, "referral.create"));
  const programId = input.programId ?? (senders.length === 1 ? senders[0].programId : undefined);
  if (!programId) throw new AppError("validation", { fields: [{ path: "programId", message: "program_required" }] });
  const role = authorizeProgram(actor, programId, "referral.create");
  const serviceId = role === "clinician" ? serviceIn(actor, programId) : (input.serviceId ?? null);
  return ctx.database.db.transaction(async (tx) => {
    if (role !== "clinician" && serviceId && (await findServicePrograms(tx, [serviceId])).get(serviceId) !== programId) {
      throw new AppError("validation", { fields: [{ path: "serviceId", message: "unknown_service" }] });
    }
    const id = newId();
    const now = ctx.clock.now();
    await insertReferral(tx, {
      id,
      programId,
      serviceId,
      referrerId: actor.userId,
      firstName: input.firstName,
      lastName: input.lastName,
      phone: input.phone,
      email: input.email,
      reason: input.reason,
      wishInOwnWords: input.wishInOwnWords,
      consentToShare: input.consentToShare,
      consentDate: input.consentToShare ? (input.consentDate ?? null) : null,
      referredOn: input.referredOn,
      status: "pending",
      outreach: [],
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(tx, ctx.clock, { type: "referral.sent", actor, programId, participantId: null, data: { referralId: id, serviceId, referredOn: input.referredOn } });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "referral", recordId: id, programId });
    const leads = (await listTeamLeadIds(tx, programId)).filter((userId) => userId !== actor.userId);
    await insertNotifications(tx, leads.map((userId) => ({ userId, programId, kind: "referral_received", actorId: actor.userId, subjectId: id })), now);
    const created = await getReferral(tx, id);
    if (!created) throw notFound();
    return viewFor(role, created);
  });
};
