import type { CreateMeetingInput, MeetingDetail } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { meetingProgram } from "./meeting-access";
import { getMeetingRow, insertMeeting } from "./meetings.repository";
import { meetingDetail } from "./read-meeting";

/** Plans a meeting (date, time, place). The agenda is computed when it is read, so it is always up to date. */
export const createMeeting = async (ctx: AppContext, actor: Actor, input: CreateMeetingInput): Promise<MeetingDetail> => {
  const programId = await meetingProgram(ctx, actor, input.programId, "meeting.write");
  return ctx.database.db.transaction(async (tx) => {
    const id = newId();
    const now = ctx.clock.now();
    await insertMeeting(tx, {
      id,
      programId,
      date: input.date,
      startTime: input.startTime,
      place: input.place,
      status: "planned",
      attendance: [],
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(tx, ctx.clock, { type: "meeting.created", actor, programId, participantId: null, data: { meetingId: id, date: input.date } });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "meeting", recordId: id, programId });
    const row = await getMeetingRow(tx, id);
    if (!row) throw notFound();
    return meetingDetail(tx, row);
  });
};
