import { type Permission, type ReferrerView, type Referral, type ReferralView, type Role, can } from "@passerelle/domain";
import { roleIn, serviceIn } from "../../platform/access";
import type { Executor } from "../../platform/db";
import { forbidden, notFound } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { findReferralScope, type ReferralScope } from "./referrals.repository";

/** A clinician follows their referrals; the employment team works on all of the program's. */
export const referralScopeFor = (actor: Actor, programId: string, role: Role): ReferralScope =>
  role === "clinician" ? { programId, whole: false, userId: actor.userId, serviceId: serviceIn(actor, programId) } : { programId, whole: true };

/**
 * The access rule for one referral: another program's answers 404; a clinician sees only those they sent or
 * of their own service (404 otherwise, as if it did not exist); then the role's permission decides (403).
 */
export const authorizeReferral = async (db: Executor, actor: Actor, id: string, permission: Permission): Promise<{ programId: string; role: Role }> => {
  const scope = await findReferralScope(db, id);
  if (!scope) throw notFound();
  const role = roleIn(actor, scope.programId);
  if (!role) throw notFound();
  if (role === "clinician") {
    const service = serviceIn(actor, scope.programId);
    const visible = scope.referrerId === actor.userId || (service !== null && scope.serviceId === service);
    if (!visible) throw notFound();
  }
  if (!can(role, permission)) throw forbidden();
  return { programId: scope.programId, role };
};

/** The referrer's view: what they sent and where it stands (status, decision date, reason, specialist's name). */
export const referrerViewOf = (r: Referral): ReferrerView => ({
  view: "referrer",
  id: r.id,
  programId: r.programId,
  serviceId: r.serviceId,
  serviceName: r.serviceName,
  referrerName: r.referrerName,
  firstName: r.firstName,
  lastName: r.lastName,
  phone: r.phone,
  email: r.email,
  reason: r.reason,
  wishInOwnWords: r.wishInOwnWords,
  consentToShare: r.consentToShare,
  consentDate: r.consentDate,
  referredOn: r.referredOn,
  status: r.status,
  decidedOn: r.decidedOn,
  declineReason: r.declineReason,
  specialistName: r.specialistName,
  participantId: r.participantId,
});

export const viewFor = (role: Role, referral: Referral): ReferralView => (role === "clinician" ? referrerViewOf(referral) : referral);
