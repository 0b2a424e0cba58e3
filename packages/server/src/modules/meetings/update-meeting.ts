import type { MeetingDetail, UpdateMeetingInput } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, type EventEntry, appendEvents, recordAudit } from "../../platform/journal";
import { sameValue } from "../../platform/same-value";
import { listMembers } from "../programs/programs.repository";
import { authorizeMeeting } from "./meeting-access";
import {
  discussionRows,
  getMeetingRow,
  insertDiscussion,
  type MeetingRow,
  programParticipantIds,
  resolveFlags,
  updateDiscussion,
  updateMeetingIfVersion,
} from "./meetings.repository";
import { meetingDetail } from "./read-meeting";

const fields = ["date", "startTime", "place", "status", "attendance", "generalNotes"] as const;

/** Attendance names team members of the program (or guests by name only); discussions, the program's people. */
const checkReferences = async (tx: Executor, programId: string, input: UpdateMeetingInput): Promise<void> => {
  const problems: { path: string; message: string }[] = [];
  if (input.attendance?.some((a) => a.userId)) {
    const members = new Set((await listMembers(tx, programId)).map((m) => m.userId));
    input.attendance.forEach((a, i) => {
      if (a.userId && !members.has(a.userId)) problems.push({ path: `attendance.${i}.userId`, message: "unknown_member" });
    });
  }
  if (input.discussions?.length) {
    const known = await programParticipantIds(tx, programId, input.discussions.map((d) => d.participantId));
    input.discussions.forEach((d, i) => {
      if (!known.has(d.participantId)) problems.push({ path: `discussions.${i}.participantId`, message: "unknown_meeting_participant" });
    });
  }
  if (problems.length) throw new AppError("validation", { fields: problems });
};

/**
 * Records the meeting: attendance, general notes, status, and what was said about each person (upserted by person,
 * one discussion per person and meeting). Optimistic: a stale version writes nothing (409 with the current minutes).
 * Discussing a flagged person resolves the flag; each discussed person's timeline gets `meeting.discussed` (no
 * content: the notes stay in the minutes, where their sharing is applied).
 */
export const updateMeeting = async (ctx: AppContext, actor: Actor, id: string, input: UpdateMeetingInput): Promise<MeetingDetail> => {
  const { programId } = await authorizeMeeting(ctx.database.db, actor, id, "meeting.write");
  return ctx.database.db.transaction(async (tx) => {
    const current = await getMeetingRow(tx, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(await meetingDetail(tx, current));
    await checkReferences(tx, programId, input);

    const changes: Partial<MeetingRow> = {};
    const changed: string[] = [];
    for (const field of fields) {
      const next = input[field];
      if (next === undefined || sameValue(next, current[field])) continue;
      Object.assign(changes, { [field]: next });
      changed.push(field);
    }

    // Discussions: the last entry for a person wins; unchanged ones are not rewritten.
    const byPerson = new Map((input.discussions ?? []).map((d) => [d.participantId, d]));
    const existing = new Map((await discussionRows(tx, id)).map((d) => [d.participantId, d]));
    const discussed: string[] = [];
    const now = ctx.clock.now();
    for (const d of byPerson.values()) {
      const before = existing.get(d.participantId);
      if (before) {
        if (before.notes === d.notes && before.decisions === d.decisions && before.sharedWithCareTeam === d.sharedWithCareTeam) continue;
        await updateDiscussion(tx, before.id, { notes: d.notes, decisions: d.decisions, sharedWithCareTeam: d.sharedWithCareTeam, authorId: actor.userId, updatedAt: now });
      } else {
        await insertDiscussion(tx, { id: newId(), meetingId: id, programId, participantId: d.participantId, notes: d.notes, decisions: d.decisions, sharedWithCareTeam: d.sharedWithCareTeam, authorId: actor.userId, createdAt: now, updatedAt: now });
      }
      discussed.push(d.participantId);
    }
    if (discussed.length) changed.push("discussions");
    if (changed.length === 0) return meetingDetail(tx, current);

    const ok = await updateMeetingIfVersion(tx, id, input.version, changes, now);
    if (!ok) {
      const latest = await getMeetingRow(tx, id);
      throw staleVersion(latest ? await meetingDetail(tx, latest) : null);
    }
    const date = changes.date ?? current.date;
    await resolveFlags(tx, programId, discussed, id, date);
    const events: EventEntry[] = [
      { type: "meeting.updated", actor, programId, participantId: null, data: { meetingId: id, date, fields: changed } },
      ...discussed.map((participantId): EventEntry => {
        const decided = (byPerson.get(participantId)?.decisions ?? "") !== "";
        return { type: "meeting.discussed", actor, programId, participantId, data: { meetingId: id, date, decided } };
      }),
    ];
    await appendEvents(tx, ctx.clock, events);
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "meeting", recordId: id, programId });
    const updated = await getMeetingRow(tx, id);
    if (!updated) throw notFound();
    return meetingDetail(tx, updated);
  });
};
