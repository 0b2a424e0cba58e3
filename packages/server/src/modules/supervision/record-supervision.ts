import type { CreateSupervisionInput, SupervisionSession } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { meetingProgram } from "../meetings/meeting-access";
import { checkAttendees } from "./supervision-rules";
import { getSupervisionSession, insertSupervisionSession } from "./supervision.repository";

/** The team lead records a group supervision or a field mentoring session; they lead it. */
export const recordSupervision = async (ctx: AppContext, actor: Actor, input: CreateSupervisionInput): Promise<SupervisionSession> => {
  const programId = await meetingProgram(ctx, actor, input.programId, "supervision.write");
  return ctx.database.db.transaction(async (tx) => {
    const attendeeIds = await checkAttendees(tx, programId, input.attendeeIds);
    const id = newId();
    const now = ctx.clock.now();
    await insertSupervisionSession(tx, {
      id,
      programId,
      kind: input.kind,
      date: input.date,
      durationMinutes: input.durationMinutes,
      leaderId: actor.userId,
      attendeeIds,
      topics: input.topics,
      notes: input.notes,
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(tx, ctx.clock, { type: "supervision.recorded", actor, programId, participantId: null, data: { sessionId: id, kind: input.kind, date: input.date } });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "supervision_session", recordId: id, programId });
    const created = await getSupervisionSession(tx, id);
    if (!created) throw notFound();
    return created;
  });
};
