import { and, asc, count, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ActionItem, AttendanceEntry, MeetingDiscussion, MeetingFlag, MeetingStatus, MeetingSummary } from "@passerelle/domain";
import { actionItems, meetingDiscussions, meetingFlags, meetings, participants, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export type MeetingRow = typeof meetings.$inferSelect;
type ActionItemRow = typeof actionItems.$inferSelect;

const owner = alias(users, "owner");
const author = alias(users, "author");
const fullName = sql<string>`${participants.firstName} || ' ' || ${participants.lastName}`;

export const findMeetingProgram = async (db: Executor, id: string): Promise<string | null> => {
  const [row] = await db.select({ programId: meetings.programId }).from(meetings).where(eq(meetings.id, id));
  return row?.programId ?? null;
};

export const getMeetingRow = async (db: Executor, id: string): Promise<MeetingRow | null> => {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  return row ?? null;
};

const discussionCount = sql<number>`(select count(*) from ${meetingDiscussions} d where d.meeting_id = "meetings"."id")`.mapWith(Number);
const actionItemCount = sql<number>`(select count(*) from ${actionItems} a where a.meeting_id = "meetings"."id")`.mapWith(Number);

export const toSummary = (row: MeetingRow, counts: { discussionCount: number; actionItemCount: number }): MeetingSummary => ({
  id: row.id,
  programId: row.programId,
  date: row.date,
  startTime: row.startTime,
  place: row.place,
  status: row.status as MeetingStatus,
  discussionCount: counts.discussionCount,
  actionItemCount: counts.actionItemCount,
  version: row.version,
});

/** The program's meetings, newest first (meetings_program_date_idx). */
export const listMeetings = async (db: Executor, programId: string, limit: number, offset: number): Promise<{ items: MeetingSummary[]; total: number }> => {
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ row: meetings, discussionCount, actionItemCount })
      .from(meetings)
      .where(eq(meetings.programId, programId))
      .orderBy(desc(meetings.date), desc(meetings.createdAt))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(meetings).where(eq(meetings.programId, programId)),
  ]);
  return { items: rows.map((r) => toSummary(r.row, r)), total };
};

export const countsOf = async (db: Executor, meetingId: string): Promise<{ discussionCount: number; actionItemCount: number }> => {
  const [row] = await db.select({ discussionCount, actionItemCount }).from(meetings).where(eq(meetings.id, meetingId));
  return row ?? { discussionCount: 0, actionItemCount: 0 };
};

export const insertMeeting = async (db: Executor, values: typeof meetings.$inferInsert): Promise<void> => {
  await db.insert(meetings).values(values);
};

export const updateMeetingIfVersion = async (
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<typeof meetings.$inferInsert>,
  now: Date,
): Promise<boolean> => {
  const updated = await db
    .update(meetings)
    .set({ ...changes, updatedAt: now, version: sql`${meetings.version} + 1` })
    .where(and(eq(meetings.id, id), eq(meetings.version, expectedVersion)))
    .returning({ id: meetings.id });
  return updated.length === 1;
};

/** The date of the latest meeting held before this one: the agenda's window starts there. */
export const previousHeldMeetingDate = async (db: Executor, programId: string, date: string): Promise<string | null> => {
  const [row] = await db
    .select({ date: meetings.date })
    .from(meetings)
    .where(and(eq(meetings.programId, programId), lt(meetings.date, date), eq(meetings.status, "held")))
    .orderBy(desc(meetings.date))
    .limit(1);
  return row?.date ?? null;
};

export const attendanceOf = (row: MeetingRow): AttendanceEntry[] => (Array.isArray(row.attendance) ? (row.attendance as AttendanceEntry[]) : []);

// --- discussions ---

export const listDiscussions = async (db: Executor, meetingId: string): Promise<MeetingDiscussion[]> => {
  const rows = await db
    .select({ d: meetingDiscussions, participantName: fullName, authorName: author.name })
    .from(meetingDiscussions)
    .innerJoin(participants, eq(participants.id, meetingDiscussions.participantId))
    .leftJoin(author, eq(author.id, meetingDiscussions.authorId))
    .where(eq(meetingDiscussions.meetingId, meetingId))
    .orderBy(asc(participants.lastName), asc(participants.firstName));
  return rows.map(({ d, participantName, authorName }) => ({
    id: d.id,
    participantId: d.participantId,
    participantName,
    notes: d.notes,
    sharedWithCareTeam: d.sharedWithCareTeam,
    decisions: d.decisions,
    authorId: d.authorId,
    authorName,
    updatedAt: d.updatedAt.toISOString(),
  }));
};

export const discussionRows = async (db: Executor, meetingId: string) =>
  db.select().from(meetingDiscussions).where(eq(meetingDiscussions.meetingId, meetingId));

export const insertDiscussion = async (db: Executor, values: typeof meetingDiscussions.$inferInsert): Promise<void> => {
  await db.insert(meetingDiscussions).values(values);
};

export const updateDiscussion = async (db: Executor, id: string, changes: Partial<typeof meetingDiscussions.$inferInsert>): Promise<void> => {
  await db.update(meetingDiscussions).set(changes).where(eq(meetingDiscussions.id, id));
};

/** The people of `ids` who belong to the program (a discussion or an action item names only the program's people). */
export const programParticipantIds = async (db: Executor, programId: string, ids: string[]): Promise<Set<string>> => {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.programId, programId), inArray(participants.id, [...new Set(ids)])));
  return new Set(rows.map((r) => r.id));
};

// --- action items ---

const actionSelection = { a: actionItems, meetingDate: meetings.date, participantName: fullName, ownerName: owner.name };

const toActionItem = (r: { a: ActionItemRow; meetingDate: string | null; participantName: string | null; ownerName: string | null }): ActionItem => ({
  id: r.a.id,
  programId: r.a.programId,
  meetingId: r.a.meetingId,
  meetingDate: r.meetingDate,
  participantId: r.a.participantId,
  participantName: r.a.participantId ? r.participantName : null,
  description: r.a.description,
  ownerId: r.a.ownerId,
  ownerName: r.ownerName,
  dueDate: r.a.dueDate,
  doneOn: r.a.doneOn,
  version: r.a.version,
});

const actionQuery = (db: Executor) =>
  db
    .select(actionSelection)
    .from(actionItems)
    .leftJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .leftJoin(participants, eq(participants.id, actionItems.participantId))
    .leftJoin(owner, eq(owner.id, actionItems.ownerId));

export const getActionItem = async (db: Executor, id: string): Promise<ActionItem | null> => {
  const [row] = await actionQuery(db).where(eq(actionItems.id, id));
  return row ? toActionItem(row) : null;
};

export const listMeetingActionItems = async (db: Executor, meetingId: string): Promise<ActionItem[]> =>
  (await actionQuery(db).where(eq(actionItems.meetingId, meetingId)).orderBy(asc(actionItems.createdAt))).map(toActionItem);

/**
 * Items of earlier meetings (or of none) still open on `date`, or done on that day or later (action_items_program_open_idx
 * reads the open ones; the done-since ones are few).
 */
export const listOpenActionItems = async (db: Executor, programId: string, meetingId: string, date: string): Promise<ActionItem[]> =>
  (
    await actionQuery(db)
      .where(
        and(
          eq(actionItems.programId, programId),
          sql`(${actionItems.doneOn} is null or ${actionItems.doneOn} >= ${date}::date)`,
          sql`(${actionItems.meetingId} is null or (${actionItems.meetingId} <> ${meetingId} and ${meetings.date} < ${date}::date))`,
        ),
      )
      .orderBy(sql`${actionItems.dueDate} asc nulls last`, asc(actionItems.createdAt))
  ).map(toActionItem);

export const insertActionItem = async (db: Executor, values: typeof actionItems.$inferInsert): Promise<void> => {
  await db.insert(actionItems).values(values);
};

export const findActionItemProgram = async (db: Executor, id: string): Promise<string | null> => {
  const [row] = await db.select({ programId: actionItems.programId }).from(actionItems).where(eq(actionItems.id, id));
  return row?.programId ?? null;
};

export const updateActionItemIfVersion = async (
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<typeof actionItems.$inferInsert>,
): Promise<boolean> => {
  const updated = await db
    .update(actionItems)
    .set({ ...changes, version: sql`${actionItems.version} + 1` })
    .where(and(eq(actionItems.id, id), eq(actionItems.version, expectedVersion)))
    .returning({ id: actionItems.id });
  return updated.length === 1;
};

// --- flags ---

export const insertFlag = async (db: Executor, values: typeof meetingFlags.$inferInsert): Promise<MeetingFlag> => {
  const [row] = await db.insert(meetingFlags).values(values).returning();
  return {
    id: row.id,
    participantId: row.participantId,
    reason: row.reason,
    flaggedBy: row.flaggedBy,
    flaggedOn: row.flaggedOn,
    resolvedMeetingId: row.resolvedMeetingId,
  };
};

/** Discussing a flagged person at a meeting resolves their open flags (those flagged by the meeting's date). */
export const resolveFlags = async (db: Executor, programId: string, participantIds: string[], meetingId: string, date: string): Promise<void> => {
  if (participantIds.length === 0) return;
  await db
    .update(meetingFlags)
    .set({ resolvedMeetingId: meetingId })
    .where(
      and(
        eq(meetingFlags.programId, programId),
        isNull(meetingFlags.resolvedMeetingId),
        inArray(meetingFlags.participantId, participantIds),
        sql`${meetingFlags.flaggedOn} <= ${date}::date`,
      ),
    );
};
