import { type NetworkMap, type NetworkMapList, readsSharedPracticeOnly } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import { authorizeAuditedRead } from "../../platform/audited-read";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import { findNetworkMap, findNetworkMapScope, listNetworkMaps } from "./network-maps.repository";

/** The person's snapshots, newest first (audited read). A clinician gets only those shared with the care team. */
export const readNetworkMaps = async (ctx: AppContext, actor: Actor, participantId: string): Promise<NetworkMapList> => {
  const { role } = await authorizeAuditedRead(ctx, actor, participantId, "practice.read", "network_map");
  return { items: await listNetworkMaps(ctx.database.db, participantId, { sharedOnly: readsSharedPracticeOnly(role) }) };
};

/**
 * One snapshot (the print page), audited with its id. For a clinician, a snapshot not shared with the care team does
 * not exist (404), as a person outside their scope does not.
 */
export const readNetworkMap = async (ctx: AppContext, actor: Actor, id: string): Promise<NetworkMap> => {
  const db = ctx.database.db;
  const scope = await findNetworkMapScope(db, id);
  if (!scope) throw notFound();
  const { programId, role } = await authorizeParticipant(db, actor, scope.participantId, "practice.read");
  if (readsSharedPracticeOnly(role) && !scope.sharedWithCareTeam) throw notFound();
  await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "network_map", recordId: id, programId, participantId: scope.participantId });
  const map = await findNetworkMap(db, id);
  if (!map) throw notFound();
  return map;
};
