import type { NetworkMap, UpdateNetworkMapSharingInput } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import type { Actor } from "../../platform/journal";
import { sharePracticeRecord } from "../practice/share-practice-record";
import { findNetworkMap, findNetworkMapScope, setNetworkMapSharing } from "./network-maps.repository";

/** Shares a snapshot with the care team, or stops sharing it: a snapshot's content is never edited (a change is a new one). */
export const updateNetworkMapSharing = (ctx: AppContext, actor: Actor, id: string, input: UpdateNetworkMapSharingInput): Promise<NetworkMap> =>
  sharePracticeRecord(ctx, actor, id, input.sharedWithCareTeam, {
    tool: "network_map",
    findOwner: findNetworkMapScope,
    setSharing: setNetworkMapSharing,
    read: findNetworkMap,
  });
