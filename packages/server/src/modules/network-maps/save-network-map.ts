import { type NetworkMap, networkMapIssues, type SaveNetworkMap, sortNetworkMembers, summarizeNetworkMap } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { findNetworkMap, insertNetworkMap } from "./network-maps.repository";

/**
 * Saves a new snapshot of "Mon réseau de soutien" (each save is a snapshot: the earlier ones stay, to be compared).
 * The members are stored in the map's order. The timeline event carries counts only, never a name: the timeline
 * is read more widely than the map, and the people on it did not choose to be in a record.
 */
export const saveNetworkMap = async (ctx: AppContext, actor: Actor, participantId: string, input: SaveNetworkMap): Promise<NetworkMap> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "practice.write");
  const issues = networkMapIssues(input, parisDate(ctx.clock.now()));
  if (issues.length > 0) throw new AppError("unprocessable", { fields: issues });
  const id = newId();
  const summary = summarizeNetworkMap(input.members);
  await db.transaction(async (tx) => {
    await insertNetworkMap(tx, {
      id,
      programId,
      participantId,
      drawnOn: input.drawnOn,
      members: sortNetworkMembers(input.members),
      comment: input.comment,
      sharedWithCareTeam: input.sharedWithCareTeam,
      createdBy: actor.userId,
      createdAt: ctx.clock.now(),
    });
    await appendEvent(tx, ctx.clock, {
      type: "network_map.saved",
      actor,
      programId,
      participantId,
      data: {
        mapId: id,
        drawnOn: input.drawnOn,
        members: summary.total,
        helps: summary.byEffect.helps,
        weighs: summary.byEffect.weighs,
        sharedWithCareTeam: input.sharedWithCareTeam,
      },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "network_map", recordId: id, programId, participantId });
  });
  const created = await findNetworkMap(db, id);
  if (!created) throw notFound();
  return created;
};
