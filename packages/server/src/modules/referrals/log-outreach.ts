import type { LogOutreach, Referral } from "@passerelle/domain";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { authorizeReferral } from "./referral-access";
import { getReferral, getReferralRow, type StoredOutreach, storedOutreach, updateReferralIfVersion } from "./referrals.repository";

const refused = (path: string, message: string) => new AppError("unprocessable", { fields: [{ path, message }] });

/**
 * Logs an attempt to reach a person not yet met (outreach is part of zero exclusion: nobody is declined as
 * "unreachable" without it). Team leads and specialists log them (the same people who may open a record); only
 * while the referral waits for a decision, dated between the referral and today.
 */
export const logOutreach = async (ctx: AppContext, actor: Actor, id: string, input: LogOutreach): Promise<Referral> => {
  const db = ctx.database.db;
  const { programId } = await authorizeReferral(db, actor, id, "participant.create");
  return db.transaction(async (tx) => {
    const row = await getReferralRow(tx, id);
    if (!row) throw notFound();
    if (row.status !== "pending") throw new AppError("invalid_transition", { fields: [{ path: "status", message: "referral_outreach_not_pending" }] });
    if (input.date < row.referredOn) throw refused("date", "referral_date_before_referral");
    if (input.date > parisDate(ctx.clock.now())) throw refused("date", "next_step_done_in_future");
    const attempt: StoredOutreach = { date: input.date, mode: input.mode, note: input.note, by: actor.userId };
    const outreach = [...storedOutreach(row), attempt].sort((a, b) => a.date.localeCompare(b.date));
    if (!(await updateReferralIfVersion(tx, id, row.version, { outreach }, ctx.clock.now()))) throw staleVersion(await getReferral(tx, id));
    await appendEvent(tx, ctx.clock, { type: "referral.outreach_logged", actor, programId, participantId: null, data: { referralId: id, date: input.date, mode: input.mode } });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "referral", recordId: id, programId });
    const updated = await getReferral(tx, id);
    if (!updated) throw notFound();
    return updated;
  });
};
