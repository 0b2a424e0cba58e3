import { and, desc, eq, ne, or } from "drizzle-orm";
import type { MeetingDecision } from "@passerelle/domain";
import { meetingDiscussions, meetings } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

/** How many meetings' decisions the shared record lists, the most recent first. */
const DECISIONS_LISTED = 50;

/**
 * What the weekly meetings decided about the person (decisions are always shared with the care team), with the
 * discussion notes only when they were marked shared. Read-only: the meetings module owns these tables.
 */
export const listMeetingDecisions = async (db: Executor, participantId: string): Promise<MeetingDecision[]> => {
  const rows = await db
    .select({
      meetingId: meetings.id,
      meetingDate: meetings.date,
      decisions: meetingDiscussions.decisions,
      notes: meetingDiscussions.notes,
      shared: meetingDiscussions.sharedWithCareTeam,
    })
    .from(meetingDiscussions)
    .innerJoin(meetings, eq(meetings.id, meetingDiscussions.meetingId))
    .where(
      and(
        eq(meetingDiscussions.participantId, participantId),
        or(ne(meetingDiscussions.decisions, ""), and(eq(meetingDiscussions.sharedWithCareTeam, true), ne(meetingDiscussions.notes, ""))),
      ),
    )
    .orderBy(desc(meetings.date), desc(meetingDiscussions.createdAt))
    .limit(DECISIONS_LISTED);
  return rows.map((r) => ({ meetingId: r.meetingId, meetingDate: r.meetingDate, decisions: r.decisions, notes: r.shared && r.notes ? r.notes : null }));
};
