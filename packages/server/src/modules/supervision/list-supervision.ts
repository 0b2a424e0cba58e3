import type { SupervisionSession } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import { type Actor, recordAudit } from "../../platform/journal";
import { meetingProgram } from "../meetings/meeting-access";
import { listSupervisionSessions } from "./supervision.repository";

/** The program's supervision sessions, newest first (the team reads them; their notes are about the team's practice). */
export const listSupervision = async (
  ctx: AppContext,
  actor: Actor,
  query: { programId?: string; limit: number; offset: number },
): Promise<{ items: SupervisionSession[]; total: number }> => {
  const programId = await meetingProgram(ctx, actor, query.programId, "supervision.read");
  const result = await listSupervisionSessions(ctx.database.db, programId, query.limit, query.offset);
  await recordAudit(ctx.database.db, ctx.clock, { actor, action: "read", recordType: "supervision_session", programId });
  return result;
};
