import { type Routine, type RoutineList, readsSharedPracticeOnly } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import { authorizeAuditedRead } from "../../platform/audited-read";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import { findRoutineScope, getRoutine, listRoutines } from "./routines.repository";

/** The person's versions of their week, newest first (audited read). A clinician gets the shared versions only. */
export const readRoutines = async (ctx: AppContext, actor: Actor, participantId: string): Promise<RoutineList> => {
  const { role } = await authorizeAuditedRead(ctx, actor, participantId, "practice.read", "routine");
  return { items: await listRoutines(ctx.database.db, participantId, { sharedOnly: readsSharedPracticeOnly(role) }) };
};

/**
 * One version (the print page reads it). A version the clinician may not read does not exist for them (404), like a
 * person outside their scope. The read is audited with the version's id.
 */
export const readRoutine = async (ctx: AppContext, actor: Actor, id: string): Promise<Routine> => {
  const db = ctx.database.db;
  const scope = await findRoutineScope(db, id);
  if (!scope) throw notFound();
  const { programId, role } = await authorizeParticipant(db, actor, scope.participantId, "practice.read");
  if (readsSharedPracticeOnly(role) && !scope.sharedWithCareTeam) throw notFound();
  await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "routine", recordId: id, programId, participantId: scope.participantId });
  const routine = await getRoutine(db, id);
  if (!routine) throw notFound();
  return routine;
};
