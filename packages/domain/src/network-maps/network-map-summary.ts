import {
  type NetworkCloseness,
  type NetworkMember,
  type NetworkMemberKind,
  type NetworkRelationEffect,
  type NetworkSupportType,
  networkClosenessLevels,
  networkMemberKinds,
  networkRelationEffects,
  networkSupportTypes,
} from "./network-map.contract";
import { sortNetworkMembers } from "./network-map-rules";

/** The natural networks the manual says "peuvent parfois être négligés": family, friends, neighbours. */
export const naturalNetworkKinds: readonly NetworkMemberKind[] = ["family", "friend", "neighbour"];

export type NetworkMapSummary = {
  total: number;
  byKind: Record<NetworkMemberKind, number>;
  /** How many members give each kind of support (a member giving two counts in both). */
  bySupport: Record<NetworkSupportType, number>;
  byCloseness: Record<NetworkCloseness, number>;
  byEffect: Record<NetworkRelationEffect, number>;
  /** Members of the natural network (family, friends, neighbours). */
  natural: number;
  /** Members who give none of the four supports, in the map's order. */
  withoutSupport: NetworkMember[];
  /** Kinds of support nobody on the map gives (what to look for together). */
  missingSupports: NetworkSupportType[];
};

const countBy = <K extends string | number>(keys: readonly K[], members: readonly NetworkMember[], of: (m: NetworkMember) => K | readonly K[]): Record<K, number> => {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const member of members) for (const key of [of(member)].flat() as K[]) counts[key] += 1;
  return counts;
};

/** The map in figures, for the person and the specialist to talk about (never shown as a score). */
export const summarizeNetworkMap = (members: readonly NetworkMember[]): NetworkMapSummary => {
  const bySupport = countBy(networkSupportTypes, members, (m) => m.supports);
  return {
    total: members.length,
    byKind: countBy(networkMemberKinds, members, (m) => m.kind),
    bySupport,
    byCloseness: countBy(networkClosenessLevels, members, (m) => m.closeness),
    byEffect: countBy(networkRelationEffects, members, (m) => m.effect),
    natural: members.filter((m) => naturalNetworkKinds.includes(m.kind)).length,
    withoutSupport: sortNetworkMembers(members.filter((m) => m.supports.length === 0)),
    missingSupports: networkSupportTypes.filter((type) => bySupport[type] === 0),
  };
};
