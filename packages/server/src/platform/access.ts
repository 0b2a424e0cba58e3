import { type Permission, type Role, can, participantScope } from "@passerelle/domain";
import { type ParticipantScopeFacts, findParticipantScope } from "../modules/participants/participants.repository";
import type { Executor } from "./db";
import { AppError, forbidden, notFound } from "./errors";
import type { Actor } from "./journal";

/**
 * The one access policy. Program membership is the tenant boundary: a record of a program the user does not
 * belong to answers 404, as if it did not exist. Within a program, the role's permissions decide (403), and
 * the role's scope narrows which participants exist for the user at all (clinician: care-team consent;
 * peer: people they accompany).
 */
export const requireActor = (actor: Actor | null): Actor => {
  if (!actor) throw new AppError("unauthenticated");
  return actor;
};

/** The partner service a clinician belongs to in a program (null for every other role). */
export const serviceIn = (actor: Actor, programId: string): string | null =>
  actor.memberships.find((m) => m.programId === programId)?.serviceId ?? null;

export const roleIn = (actor: Actor, programId: string): Role | null =>
  actor.isAdmin ? "admin" : (actor.memberships.find((m) => m.programId === programId)?.role ?? null);

/** Programs where the actor holds a permission, with the role they hold there. */
export const programsWith = (actor: Actor, permission: Permission, allProgramIds: string[] = []): { programId: string; role: Role }[] => {
  if (actor.isAdmin) return allProgramIds.map((programId) => ({ programId, role: "admin" as const }));
  return actor.memberships.filter((m) => can(m.role, permission)).map((m) => ({ programId: m.programId, role: m.role }));
};

export const authorizeProgram = (actor: Actor, programId: string, permission: Permission): Role => {
  const role = roleIn(actor, programId);
  if (!role) throw notFound();
  if (!can(role, permission)) throw forbidden();
  return role;
};

/** A permission that is not tied to a program (installation administration). */
export const authorizeGlobal = (actor: Actor, permission: Permission): void => {
  if (actor.isAdmin) return;
  if (!actor.memberships.some((m) => can(m.role, permission))) throw forbidden();
};

export const authorizeParticipant = async (
  db: Executor,
  actor: Actor,
  participantId: string,
  permission: Permission,
): Promise<{ programId: string; role: Role }> => authorizeScope(actor, await findParticipantScope(db, participantId), permission);

/**
 * The same policy on facts already read (null: no such person): a route that reads the person's scope in the same
 * statement as what it needs next (matches: with the career profile) decides here, before it returns or records
 * anything.
 */
export const authorizeScope = (actor: Actor, scope: ParticipantScopeFacts | null, permission: Permission): { programId: string; role: Role } => {
  if (!scope) throw notFound();
  const role = roleIn(actor, scope.programId);
  if (!role) throw notFound();
  // Clinician: consent to share with the care team, and one of the person's services is theirs (referring service
  // or a psychosocial referent's). Withdrawing consent or changing services takes effect on the next request.
  const visible =
    participantScope(role) === "program" ||
    (participantScope(role) === "care_team_consent" && scope.careTeamConsent && scope.serviceIds.has(serviceIn(actor, scope.programId) ?? "")) ||
    (participantScope(role) === "assigned_peer" && scope.peerSupporterId === actor.userId);
  if (!visible) throw notFound();
  if (!can(role, permission)) throw forbidden();
  return { programId: scope.programId, role };
};
