import type { CloseOneRelation } from "../network/close-one.contract";
import { type NetworkMember, type NetworkMemberKind, networkMemberKinds } from "./network-map.contract";

export type NetworkMapIssue = { path: string; message: string };

/** The earliest date a map may carry: older dates are typing mistakes. */
export const earliestNetworkMapDate = "2000-01-01";

/**
 * A name as a person would recognise it whatever the typing: no accents, no case, single spaces ("Hélène  D." and
 * "helene d." are the same person). Used to match members between snapshots and to refuse the same name twice.
 */
export const networkNameKey = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

const kindRank = (kind: NetworkMemberKind): number => networkMemberKinds.indexOf(kind);

/**
 * The map's one order: by kind (the sectors' order), then by name, then by id. Code-unit comparison of the name
 * keys (not the locale's collation), so the server, the browser and the tests sort alike.
 */
export const compareNetworkMembers = (a: Pick<NetworkMember, "kind" | "name" | "id">, b: Pick<NetworkMember, "kind" | "name" | "id">): number => {
  const byKind = kindRank(a.kind) - kindRank(b.kind);
  if (byKind !== 0) return byKind;
  const ka = networkNameKey(a.name);
  const kb = networkNameKey(b.name);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

export const sortNetworkMembers = <T extends Pick<NetworkMember, "kind" | "name" | "id">>(members: readonly T[]): T[] => [...members].sort(compareNetworkMembers);

/**
 * What is wrong with a snapshot beyond its shape: a date in the future or before 2000, a member listed twice (same
 * id: a copy gone wrong; same name: two people the map could not tell apart, "Julie (voisine)" does). Messages are
 * the server's message keys; the second occurrence is the one named.
 */
export const networkMapIssues = (input: { drawnOn: string; members: readonly Pick<NetworkMember, "id" | "name">[] }, today: string): NetworkMapIssue[] => {
  const issues: NetworkMapIssue[] = [];
  if (input.drawnOn > today) issues.push({ path: "drawnOn", message: "network_map_date_in_future" });
  if (input.drawnOn < earliestNetworkMapDate) issues.push({ path: "drawnOn", message: "network_map_date_too_old" });
  const ids = new Set<string>();
  const names = new Set<string>();
  input.members.forEach((member, i) => {
    if (ids.has(member.id)) issues.push({ path: `members.${i}.id`, message: "network_member_duplicate_id" });
    ids.add(member.id);
    const key = networkNameKey(member.name);
    if (names.has(key)) issues.push({ path: `members.${i}.name`, message: "network_member_duplicate_name" });
    names.add(key);
  });
  return issues;
};

const kindByRelation: Record<CloseOneRelation, NetworkMemberKind> = {
  parent: "family",
  partner: "family",
  child: "family",
  sibling: "family",
  other_family: "family",
  friend: "friend",
  neighbour: "neighbour",
  other: "other",
};

/** A close one of the record's "Entourage" tab, as a first guess of who they are on the map. */
export const networkKindOfRelation = (relation: CloseOneRelation): NetworkMemberKind => kindByRelation[relation];
