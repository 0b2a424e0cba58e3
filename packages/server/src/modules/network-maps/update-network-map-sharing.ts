import type { NetworkMap, UpdateNetworkMapSharingInput } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { findNetworkMap, findNetworkMapScope, setNetworkMapSharing } from "./network-maps.repository";

/**
 * Shares a snapshot with the care team, or stops sharing it (the person's choice, recorded by the team). Only the
 * flag changes: a snapshot's content is never edited, a change of the network is a new snapshot. The request sets a
 * value, so it needs no version: asking twice, or two people at once, ends in the same state, and only a real
 * change is written to the timeline (as `network_map.saved` with `sharingChanged`) and to the access history.
 */
export const updateNetworkMapSharing = async (ctx: AppContext, actor: Actor, id: string, input: UpdateNetworkMapSharingInput): Promise<NetworkMap> => {
  const db = ctx.database.db;
  const scope = await findNetworkMapScope(db, id);
  if (!scope) throw notFound();
  const { programId } = await authorizeParticipant(db, actor, scope.participantId, "practice.write");
  return db.transaction(async (tx) => {
    const changed = await setNetworkMapSharing(tx, id, input.sharedWithCareTeam);
    const map = await findNetworkMap(tx, id);
    if (!map) throw notFound();
    if (changed) {
      await appendEvent(tx, ctx.clock, {
        type: "network_map.saved",
        actor,
        programId,
        participantId: scope.participantId,
        data: { mapId: id, drawnOn: map.drawnOn, sharedWithCareTeam: input.sharedWithCareTeam, sharingChanged: true },
      });
      await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "network_map", recordId: id, programId, participantId: scope.participantId });
    }
    return map;
  });
};
