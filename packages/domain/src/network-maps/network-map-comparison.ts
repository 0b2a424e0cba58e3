import { type NetworkCloseness, type NetworkMember, type NetworkMemberKind, type NetworkRelationEffect, type NetworkSupportType, networkSupportTypes } from "./network-map.contract";
import { compareNetworkMembers, networkNameKey, sortNetworkMembers } from "./network-map-rules";

type Change<T> = { from: T; to: T } | null;

/** One person present on both snapshots, and what changed about them (null: that part did not change). */
export type NetworkMemberChange = {
  before: NetworkMember;
  after: NetworkMember;
  /** Matched by id with a different name (the name was corrected or completed). */
  renamed: Change<string>;
  kind: Change<NetworkMemberKind>;
  /** A smaller number is closer: from 3 to 1, the person came closer. */
  closeness: Change<NetworkCloseness>;
  effect: Change<NetworkRelationEffect>;
  supportsGained: NetworkSupportType[];
  supportsLost: NetworkSupportType[];
};

export type NetworkMapComparison = {
  /** On the later snapshot only (in its order). */
  joined: NetworkMember[];
  /** On the earlier snapshot only (in its order). */
  left: NetworkMember[];
  /** On both, with at least one change (in the later snapshot's order). */
  changed: NetworkMemberChange[];
  /** On both, nothing changed (as on the later snapshot). */
  unchanged: NetworkMember[];
};

const change = <T>(from: T, to: T): Change<T> => (from === to ? null : { from, to });

const describeChange = (before: NetworkMember, after: NetworkMember): NetworkMemberChange => ({
  before,
  after,
  renamed: change(before.name, after.name),
  kind: change(before.kind, after.kind),
  closeness: change(before.closeness, after.closeness),
  effect: change(before.effect, after.effect),
  supportsGained: networkSupportTypes.filter((s) => after.supports.includes(s) && !before.supports.includes(s)),
  supportsLost: networkSupportTypes.filter((s) => before.supports.includes(s) && !after.supports.includes(s)),
});

const hasChange = (c: NetworkMemberChange): boolean =>
  c.renamed !== null || c.kind !== null || c.closeness !== null || c.effect !== null || c.supportsGained.length > 0 || c.supportsLost.length > 0;

/**
 * Who joined, who left and what changed between two snapshots. A member is the same person when they carry the same
 * id (a snapshot started from the previous one keeps the ids); otherwise when their names match once accents, case
 * and spaces are set aside (a snapshot drawn from scratch). Each member matches at most one other. The note is the
 * person's own words and is not compared.
 */
export const compareNetworkMaps = (before: readonly NetworkMember[], after: readonly NetworkMember[]): NetworkMapComparison => {
  const earlier = sortNetworkMembers(before);
  const later = sortNetworkMembers(after);
  const pairs = new Map<string, NetworkMember>();
  const used = new Set<string>();
  const earlierIds = new Map(earlier.map((m) => [m.id, m]));
  for (const member of later) {
    const same = earlierIds.get(member.id);
    if (same) {
      pairs.set(member.id, same);
      used.add(same.id);
    }
  }
  for (const member of later) {
    if (pairs.has(member.id)) continue;
    const key = networkNameKey(member.name);
    const same = earlier.find((m) => !used.has(m.id) && networkNameKey(m.name) === key);
    if (same) {
      pairs.set(member.id, same);
      used.add(same.id);
    }
  }
  const changes = later.filter((m) => pairs.has(m.id)).map((m) => describeChange(pairs.get(m.id) as NetworkMember, m));
  return {
    joined: later.filter((m) => !pairs.has(m.id)),
    left: earlier.filter((m) => !used.has(m.id)),
    changed: changes.filter(hasChange).sort((a, b) => compareNetworkMembers(a.after, b.after)),
    unchanged: changes.filter((c) => !hasChange(c)).map((c) => c.after),
  };
};
