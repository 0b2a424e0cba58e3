import type { Routine, ShareRoutineInput } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { findRoutineScope, getRoutine, setRoutineSharing } from "./routines.repository";

/**
 * Shares a version with the care team, or stops sharing it. This is the one change a saved version takes: sharing
 * is the person's choice about an existing week, not a new week (a new version would leave the old one visible to
 * the care team after the person withdrew it). The flag is set to the value sent, so no version number is needed:
 * two people setting it cannot lose each other's work, the last choice stands. Setting the current value changes
 * nothing and journals nothing.
 */
export const shareRoutine = async (ctx: AppContext, actor: Actor, id: string, input: ShareRoutineInput): Promise<Routine> => {
  const db = ctx.database.db;
  const scope = await findRoutineScope(db, id);
  if (!scope) throw notFound();
  const { programId } = await authorizeParticipant(db, actor, scope.participantId, "practice.write");
  if (scope.sharedWithCareTeam !== input.sharedWithCareTeam) {
    await db.transaction(async (tx) => {
      await setRoutineSharing(tx, id, input.sharedWithCareTeam);
      await appendEvent(tx, ctx.clock, {
        type: "routine.saved",
        actor,
        programId,
        participantId: scope.participantId,
        data: { routineId: id, change: "sharing", sharedWithCareTeam: input.sharedWithCareTeam },
      });
      await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "routine", recordId: id, programId, participantId: scope.participantId });
    });
  }
  const routine = await getRoutine(db, id);
  if (!routine) throw notFound();
  return routine;
};
