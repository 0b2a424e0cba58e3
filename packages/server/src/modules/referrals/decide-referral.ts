import { type DecideReferral, type Referral, type ReferralDecisionCheck, type ReferralStatus, checkReferralDecision } from "@passerelle/domain";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { type Actor, type EventEntry, appendEvents, recordAudit } from "../../platform/journal";
import { insertNotifications } from "../notifications/notifications.repository";
import { createParticipantFromReferral } from "./accept-referral";
import { authorizeReferral } from "./referral-access";
import { getReferral, getReferralRow, storedOutreach, updateReferralIfVersion } from "./referrals.repository";

type Refusal = Extract<ReferralDecisionCheck, { ok: false }>;

/** Each refusal of the decision rule, as a 422 on the field to change, with a message that says why. */
export const decisionRefused = (refusal: Refusal): AppError =>
  new AppError(refusal.refusal === "not_pending" ? "invalid_transition" : "unprocessable", {
    fields: [{ path: refusal.field, message: `referral_${refusal.refusal}` }],
  });

/**
 * Accepts (the person joins the caseload, in the same transaction) or declines (one of the two allowed reasons,
 * dated) a pending referral, with optimistic concurrency. The referrer is notified of the decision.
 */
export const decideReferral = async (ctx: AppContext, actor: Actor, id: string, input: DecideReferral): Promise<Referral> => {
  const db = ctx.database.db;
  const { programId } = await authorizeReferral(db, actor, id, "referral.decide");
  return db.transaction(async (tx) => {
    const row = await getReferralRow(tx, id);
    if (!row) throw notFound();
    if (row.version !== input.version) throw staleVersion(await getReferral(tx, id));
    const check = checkReferralDecision({ status: row.status as ReferralStatus, referredOn: row.referredOn, outreach: storedOutreach(row) }, input);
    if (!check.ok) throw decisionRefused(check);

    const now = ctx.clock.now();
    let events: EventEntry[];
    let participantId: string | null = null;
    if (input.action === "accept") {
      const created = await createParticipantFromReferral(tx, ctx.clock, actor, row, input.specialistId);
      participantId = created.participantId;
      const decided = { status: "accepted", participantId, specialistId: input.specialistId, decidedOn: parisDate(now), decidedBy: actor.userId };
      if (!(await updateReferralIfVersion(tx, id, input.version, decided, now))) throw staleVersion(await getReferral(tx, id));
      events = [...created.events, { type: "referral.accepted", actor, programId, participantId, data: { referralId: id, referredOn: row.referredOn, specialistId: input.specialistId } }];
    } else {
      const decided = { status: "declined", declineReason: input.reason, decidedOn: input.date, decisionNote: input.note, decidedBy: actor.userId };
      if (!(await updateReferralIfVersion(tx, id, input.version, decided, now))) throw staleVersion(await getReferral(tx, id));
      events = [{ type: "referral.declined", actor, programId, participantId: null, data: { referralId: id, reason: input.reason, date: input.date } }];
    }
    await appendEvents(tx, ctx.clock, events);
    await recordAudit(tx, ctx.clock, { actor, action: input.action, recordType: "referral", recordId: id, programId, participantId });
    if (row.referrerId && row.referrerId !== actor.userId) {
      await insertNotifications(tx, [{ userId: row.referrerId, programId, kind: "referral_decided", actorId: actor.userId, participantId, subjectId: id }], now);
    }
    const updated = await getReferral(tx, id);
    if (!updated) throw notFound();
    return updated;
  });
};
