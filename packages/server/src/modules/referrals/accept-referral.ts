import type { Executor } from "../../platform/db";
import type { Clock } from "../../platform/clock";
import { newId } from "../../platform/ids";
import { type Actor, type EventEntry, recordAudit } from "../../platform/journal";
import { insertConsent } from "../consents/consents.repository";
import { assertAssignable } from "../participants/assignment-rules";
import { insertParticipant, searchNameOf } from "../participants/participants.repository";
import type { ReferralRow } from "./referrals.repository";

/**
 * The caseload entry an accepted referral becomes, inside the decision's transaction: the person (referred by the
 * care team, from the referral's service, on the referral's date, with the chosen specialist) and, when they agreed
 * to share with the care team, that consent, dated as given. Returns the new participant's id and the events.
 */
export const createParticipantFromReferral = async (
  tx: Executor,
  clock: Clock,
  actor: Actor,
  referral: ReferralRow,
  specialistId: string,
): Promise<{ participantId: string; events: EventEntry[] }> => {
  const { programId } = referral;
  await assertAssignable(tx, programId, specialistId, null);
  const participantId = newId();
  const now = clock.now();
  await insertParticipant(tx, {
    id: participantId,
    programId,
    firstName: referral.firstName,
    lastName: referral.lastName,
    searchName: searchNameOf(referral.firstName, referral.lastName),
    referralDate: referral.referredOn,
    referralSource: "care_team",
    referringServiceId: referral.serviceId,
    specialistId,
    status: "referred",
    createdAt: now,
    updatedAt: now,
  });
  await recordAudit(tx, clock, { actor, action: "create", recordType: "participant", recordId: participantId, programId, participantId });
  const events: EventEntry[] = [
    { type: "participant.created", actor, programId, participantId, data: { referralDate: referral.referredOn, referralSource: "care_team", referralId: referral.id } },
  ];
  if (referral.consentToShare && referral.consentDate) {
    const consentId = newId();
    await insertConsent(tx, { id: consentId, participantId, scope: "care_team", details: "", givenOn: referral.consentDate, recordedBy: actor.userId, recordedAt: now });
    await recordAudit(tx, clock, { actor, action: "create", recordType: "consent", recordId: consentId, programId, participantId });
    events.push({ type: "consent.recorded", actor, programId, participantId, data: { scope: "care_team", givenOn: referral.consentDate } });
  }
  return { participantId, events };
};
