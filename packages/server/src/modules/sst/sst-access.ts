import { type Permission, readsSharedPracticeOnly, type Role } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { Executor } from "../../platform/db";
import { notFound } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { findSstPlanScope } from "./sst.repository";

/**
 * The access policy applied to one plan: the person's (program, scope, role), and for a clinician the plan must be
 * shared with the care team. A plan that is not shared does not exist for them (404, as for another program's).
 */
export const authorizeSstPlan = async (
  db: Executor,
  actor: Actor,
  planId: string,
  permission: Permission,
): Promise<{ participantId: string; programId: string; role: Role }> => {
  const scope = await findSstPlanScope(db, planId);
  if (!scope) throw notFound();
  const { programId, role } = await authorizeParticipant(db, actor, scope.participantId, permission);
  if (readsSharedPracticeOnly(role) && !scope.shared) throw notFound();
  return { participantId: scope.participantId, programId, role };
};
