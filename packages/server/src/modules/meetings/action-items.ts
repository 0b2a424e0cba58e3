import type { ActionItem, CreateActionItemInput, UpdateActionItemInput } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { findMemberRole } from "../programs/programs.repository";
import { insertNotifications } from "../notifications/notifications.repository";
import { authorizeMeeting } from "./meeting-access";
import { findActionItemProgram, getActionItem, insertActionItem, programParticipantIds, updateActionItemIfVersion } from "./meetings.repository";

/** An owner is a member of the program: the item is someone's to do. */
const checkOwner = async (tx: Executor, programId: string, ownerId: string | null | undefined): Promise<void> => {
  if (ownerId && (await findMemberRole(tx, programId, ownerId)) === null) {
    throw new AppError("validation", { fields: [{ path: "ownerId", message: "unknown_member" }] });
  }
};

/** Tells the owner (unless they assigned it to themself): "an action item was assigned to you". */
const notifyOwner = async (tx: Executor, ctx: AppContext, actor: Actor, item: { id: string; programId: string; ownerId: string | null; participantId: string | null }) => {
  if (!item.ownerId || item.ownerId === actor.userId) return;
  await insertNotifications(
    tx,
    [{ userId: item.ownerId, programId: item.programId, kind: "action_item_assigned", actorId: actor.userId, participantId: item.participantId, subjectId: item.id }],
    ctx.clock.now(),
  );
};

export const createActionItem = async (ctx: AppContext, actor: Actor, meetingId: string, input: CreateActionItemInput): Promise<ActionItem> => {
  const { programId } = await authorizeMeeting(ctx.database.db, actor, meetingId, "meeting.write");
  return ctx.database.db.transaction(async (tx) => {
    await checkOwner(tx, programId, input.ownerId);
    if (input.participantId && !(await programParticipantIds(tx, programId, [input.participantId])).has(input.participantId)) {
      throw new AppError("validation", { fields: [{ path: "participantId", message: "unknown_meeting_participant" }] });
    }
    const id = newId();
    await insertActionItem(tx, {
      id,
      programId,
      meetingId,
      participantId: input.participantId ?? null,
      description: input.description,
      ownerId: input.ownerId ?? null,
      dueDate: input.dueDate ?? null,
      createdBy: actor.userId,
      createdAt: ctx.clock.now(),
    });
    await appendEvent(tx, ctx.clock, {
      type: "action_item.created",
      actor,
      programId,
      participantId: input.participantId ?? null,
      data: { actionItemId: id, meetingId, ownerId: input.ownerId ?? null, dueDate: input.dueDate ?? null },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "action_item", recordId: id, programId, participantId: input.participantId ?? null });
    await notifyOwner(tx, ctx, actor, { id, programId, ownerId: input.ownerId ?? null, participantId: input.participantId ?? null });
    const created = await getActionItem(tx, id);
    if (!created) throw notFound();
    return created;
  });
};

/** Done (today) or reopened; owner, due date or wording changed. Optimistic (version). */
export const updateActionItem = async (ctx: AppContext, actor: Actor, id: string, input: UpdateActionItemInput): Promise<ActionItem> => {
  const programId = await findActionItemProgram(ctx.database.db, id);
  if (!programId) throw notFound();
  authorizeProgram(actor, programId, "meeting.write");
  return ctx.database.db.transaction(async (tx) => {
    const current = await getActionItem(tx, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(current);
    const changes: { doneOn?: string | null; doneBy?: string | null; ownerId?: string | null; dueDate?: string | null; description?: string } = {};
    if (input.done !== undefined && input.done !== (current.doneOn !== null)) {
      changes.doneOn = input.done ? parisDate(ctx.clock.now()) : null;
      changes.doneBy = input.done ? actor.userId : null;
    }
    if (input.ownerId !== undefined && input.ownerId !== current.ownerId) {
      await checkOwner(tx, programId, input.ownerId);
      changes.ownerId = input.ownerId;
    }
    if (input.dueDate !== undefined && input.dueDate !== current.dueDate) changes.dueDate = input.dueDate;
    if (input.description !== undefined && input.description !== current.description) changes.description = input.description;
    if (Object.keys(changes).length === 0) return current;
    if (!(await updateActionItemIfVersion(tx, id, input.version, changes))) throw staleVersion(await getActionItem(tx, id));
    if (changes.doneOn) {
      await appendEvent(tx, ctx.clock, { type: "action_item.done", actor, programId, participantId: current.participantId, data: { actionItemId: id, meetingId: current.meetingId } });
    }
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "action_item", recordId: id, programId, participantId: current.participantId });
    if (changes.ownerId) await notifyOwner(tx, ctx, actor, { id, programId, ownerId: changes.ownerId, participantId: current.participantId });
    const updated = await getActionItem(tx, id);
    if (!updated) throw notFound();
    return updated;
  });
};
