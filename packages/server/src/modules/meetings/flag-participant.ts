import type { CreateMeetingFlagInput, MeetingFlag } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { insertFlag } from "./meetings.repository";

/** Puts a person on the next meeting's agenda, with the reason; the flag is resolved when a meeting discusses them. */
export const flagParticipant = async (ctx: AppContext, actor: Actor, participantId: string, input: CreateMeetingFlagInput): Promise<MeetingFlag> => {
  const { programId } = await authorizeParticipant(ctx.database.db, actor, participantId, "meeting.write");
  return ctx.database.db.transaction(async (tx) => {
    const flag = await insertFlag(tx, {
      id: newId(),
      programId,
      participantId,
      reason: input.reason,
      flaggedBy: actor.userId,
      flaggedOn: parisDate(ctx.clock.now()),
      createdAt: ctx.clock.now(),
    });
    await appendEvent(tx, ctx.clock, { type: "meeting.flagged", actor, programId, participantId, data: { flagId: flag.id } });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "meeting_flag", recordId: flag.id, programId, participantId });
    return flag;
  });
};
