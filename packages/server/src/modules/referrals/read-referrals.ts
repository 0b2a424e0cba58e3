import type { ListReferralsQuery, ReferralView } from "@passerelle/domain";
import { authorizeProgram, programsWith } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { forbidden, notFound } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import { listAllProgramIds } from "../programs/programs.repository";
import { authorizeReferral, referralScopeFor, viewFor } from "./referral-access";
import { getReferral, listReferrals } from "./referrals.repository";

/** The referrals the user may follow, each in the view their role gets in its program. The read is audited. */
export const listVisibleReferrals = async (ctx: AppContext, actor: Actor, query: ListReferralsQuery): Promise<{ items: ReferralView[]; total: number }> => {
  const db = ctx.database.db;
  let programs: { programId: string; role: Parameters<typeof referralScopeFor>[2] }[];
  if (query.programId) {
    programs = [{ programId: query.programId, role: authorizeProgram(actor, query.programId, "referral.read") }];
  } else {
    programs = programsWith(actor, "referral.read", actor.isAdmin ? await listAllProgramIds(db) : []);
    if (programs.length === 0 && !actor.isAdmin) throw forbidden();
  }
  const roles = new Map(programs.map((p) => [p.programId, p.role]));
  const page = await listReferrals(db, programs.map((p) => referralScopeFor(actor, p.programId, p.role)), query);
  // Names and phone numbers of people not yet in the caseload: who listed them is kept, like any record read.
  await recordAudit(db, ctx.clock, { actor, action: "list", recordType: "referral", programId: query.programId ?? null });
  return { items: page.items.map((r) => viewFor(roles.get(r.programId) ?? "clinician", r)), total: page.total };
};

export const readReferral = async (ctx: AppContext, actor: Actor, id: string): Promise<ReferralView> => {
  const db = ctx.database.db;
  const { programId, role } = await authorizeReferral(db, actor, id, "referral.read");
  const referral = await getReferral(db, id);
  if (!referral) throw notFound();
  await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "referral", recordId: id, programId });
  return viewFor(role, referral);
};
