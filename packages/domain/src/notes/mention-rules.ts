import { type Role, participantScope } from "../access/roles";

/** A program member, as the mention rule needs them. */
export type MentionCandidate = { userId: string; role: Role; serviceId: string | null };

/** What decides who sees a person: their peer supporter, care-team consent, the partner services following them. */
export type PersonScope = { peerSupporterId: string | null; careTeamConsent: boolean; serviceIds: ReadonlySet<string> };

/**
 * May this member be named in a note about this person? Only someone who may read the person's record: the
 * program's team roles, the peer only if they accompany the person, a clinician only with the person's care-team
 * consent and from one of the person's services. This is the access policy's participant scope, applied to
 * another user than the one signed in (a notification must never point someone at a record they cannot open).
 */
export const mayBeMentioned = (member: MentionCandidate, person: PersonScope): boolean => {
  const scope = participantScope(member.role);
  if (scope === "program") return true;
  if (scope === "assigned_peer") return person.peerSupporterId === member.userId;
  return person.careTeamConsent && member.serviceId !== null && person.serviceIds.has(member.serviceId);
};
