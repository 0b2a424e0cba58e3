import type { MeetingDetail } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { notFound } from "../../platform/errors";
import { type Actor, recordAudits } from "../../platform/journal";
import { readTogether } from "../../platform/read-together";
import { authorizeMeeting, visibleParticipants } from "./meeting-access";
import {
  attendanceOf,
  countsOf,
  getMeetingRow,
  listDiscussions,
  listMeetingActionItems,
  listOpenActionItems,
  type MeetingRow,
  toSummary,
} from "./meetings.repository";

/** The full minutes, as the team sees them. */
export const meetingDetail = async (db: Executor, row: MeetingRow): Promise<MeetingDetail> => {
  const [discussions, actionItems, openActionItems, counts] = await readTogether(
    db,
    () => listDiscussions(db, row.id),
    () => listMeetingActionItems(db, row.id),
    () => listOpenActionItems(db, row.programId, row.id, row.date),
    () => countsOf(db, row.id),
  );
  return {
    ...toSummary(row, counts),
    view: "team",
    attendance: attendanceOf(row),
    generalNotes: row.generalNotes,
    discussions,
    actionItems,
    openActionItems,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
};

/**
 * The minutes of a meeting. The team (meeting.write) reads everything. The care team (a clinician: meeting.read
 * only) reads the discussions and action items about the people they may see, with the notes only when shared
 * and the decisions always (issue 4: "meeting decisions" are part of what is shared); never the general notes nor
 * anyone else on the agenda. Each person whose discussion is read gets an audit entry on their record.
 */
export const readMeeting = async (ctx: AppContext, actor: Actor, id: string): Promise<MeetingDetail> => {
  const db = ctx.database.db;
  const { programId, role } = await authorizeMeeting(db, actor, id, "meeting.read");
  const row = await getMeetingRow(db, id);
  if (!row) throw notFound();
  const full = await meetingDetail(db, row);
  let detail = full;
  if (role === "clinician") {
    const visible = await visibleParticipants(db, actor, [
      ...full.discussions.map((d) => d.participantId),
      ...[...full.actionItems, ...full.openActionItems].flatMap((a) => (a.participantId ? [a.participantId] : [])),
    ]);
    const mine = <T extends { participantId: string | null }>(items: T[]): T[] => items.filter((x) => x.participantId !== null && visible.has(x.participantId));
    const discussions = mine(full.discussions).map((d) => (d.sharedWithCareTeam ? d : { ...d, notes: null }));
    const actionItems = mine(full.actionItems);
    detail = {
      ...full,
      view: "care_team",
      generalNotes: "",
      discussions,
      actionItems,
      openActionItems: mine(full.openActionItems),
      // Counts of the whole meeting would tell how many others were discussed.
      discussionCount: discussions.length,
      actionItemCount: actionItems.length,
    };
  }
  await recordAudits(db, ctx.clock, [
    { actor, action: "read", recordType: "meeting", recordId: id, programId },
    ...detail.discussions.map((d) => ({ actor, action: "read", recordType: "meeting_discussion", recordId: d.id, programId, participantId: d.participantId })),
  ]);
  return detail;
};
