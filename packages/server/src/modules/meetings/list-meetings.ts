import type { MeetingSummary } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import type { Actor } from "../../platform/journal";
import { meetingProgram } from "./meeting-access";
import { listMeetings } from "./meetings.repository";

/** The history of a program's meetings, newest first: dates, places and counts, no one's name. */
export const listMeetingsFor = async (
  ctx: AppContext,
  actor: Actor,
  query: { programId?: string; limit: number; offset: number },
): Promise<{ items: MeetingSummary[]; total: number }> => {
  const programId = await meetingProgram(ctx, actor, query.programId, "meeting.read");
  return listMeetings(ctx.database.db, programId, query.limit, query.offset);
};
