import type { NetworkMember } from "./network-map.contract";

/** A member for the tables of cases: a readable id from a number, sensible defaults. */
export const testMember = (n: number, overrides: Partial<NetworkMember> = {}): NetworkMember => ({
  id: `00000000-0000-7000-8000-${String(n).padStart(12, "0")}`,
  name: `Personne ${n}`,
  kind: "friend",
  supports: [],
  closeness: 2,
  effect: "helps",
  note: "",
  ...overrides,
});
