import { type NetworkCloseness, type NetworkMember, type NetworkMemberKind, networkClosenessLevels, networkMemberKinds } from "./network-map.contract";
import { sortNetworkMembers } from "./network-map-rules";

/**
 * Where each member sits on the drawing of "Mon réseau de soutien": the person ("Moi") in the centre, three
 * concentric rings by closeness (1 the closest), and one sector per kind of member (family, friends...) always in
 * the same order clockwise from the top, so two snapshots look alike and a person is found at the same place.
 *
 * Units: the drawing is a unit disc (radius 1, centre 0,0, y downwards as on screen). Angles in degrees, 0 at the
 * top, clockwise.
 */

export type NetworkRing = { closeness: NetworkCloseness; inner: number; outer: number; radius: number };

/** The centre disc ("Moi") and the three rings; a member sits on its ring's middle line. */
export const networkCentreRadius = 0.16;
export const networkRings: readonly NetworkRing[] = [
  { closeness: 1, inner: 0.16, outer: 0.44, radius: 0.3 },
  { closeness: 2, inner: 0.44, outer: 0.72, radius: 0.58 },
  { closeness: 3, inner: 0.72, outer: 1, radius: 0.86 },
];

/**
 * Below this distance between two neighbours on a ring (in units of the drawing's radius), their labels would
 * touch: every other member then moves a little inwards or outwards, staying inside its ring.
 */
export const networkCrowdedArc = 0.25;
export const networkStagger = 0.07;

export type NetworkSector = { kind: NetworkMemberKind; start: number; end: number };
export type NetworkPlacement = { memberId: string; closeness: NetworkCloseness; angle: number; radius: number; x: number; y: number };
export type NetworkMapLayout = { sectors: NetworkSector[]; placements: NetworkPlacement[] };

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  const rounded = Math.round(value * f) / f;
  return rounded === 0 ? 0 : rounded;
};

type Placeable = Pick<NetworkMember, "id" | "name" | "kind" | "closeness">;

const cellCount = (members: readonly Placeable[], kind: NetworkMemberKind, closeness: NetworkCloseness): number =>
  members.filter((m) => m.kind === kind && m.closeness === closeness).length;

/**
 * Each present kind's sector is as wide as its most crowded ring needs: its weight is its largest number of members
 * on one ring, over this snapshot and the ones drawn beside it (`alongside`), so side-by-side drawings share the
 * same sectors. A ring's members of one kind are spread evenly across the sector, in the map's one order.
 */
export const layoutNetworkMap = (members: readonly Placeable[], options: { alongside?: readonly (readonly Placeable[])[] } = {}): NetworkMapLayout => {
  const snapshots = [members, ...(options.alongside ?? [])];
  const weights = networkMemberKinds
    .map((kind) => ({ kind, weight: Math.max(0, ...snapshots.flatMap((s) => networkClosenessLevels.map((c) => cellCount(s, kind, c)))) }))
    .filter((w) => w.weight > 0);
  const total = weights.reduce((sum, w) => sum + w.weight, 0);
  if (total === 0) return { sectors: [], placements: [] };

  const sectors: NetworkSector[] = [];
  let start = 0;
  for (const { kind, weight } of weights) {
    const end = start + (360 * weight) / total;
    sectors.push({ kind, start: round(start, 2), end: round(end, 2) });
    start = end;
  }

  const sorted = sortNetworkMembers(members);
  const placements: NetworkPlacement[] = [];
  for (const ring of networkRings) {
    for (const sector of sectors) {
      const cell = sorted.filter((m) => m.kind === sector.kind && m.closeness === ring.closeness);
      if (cell.length === 0) continue;
      const spacing = (sector.end - sector.start) / cell.length;
      const crowded = ((spacing * Math.PI) / 180) * ring.radius < networkCrowdedArc;
      cell.forEach((member, i) => {
        const angle = sector.start + (i + 0.5) * spacing;
        const radius = crowded ? ring.radius + (i % 2 === 0 ? -networkStagger : networkStagger) : ring.radius;
        const theta = (angle * Math.PI) / 180;
        placements.push({
          memberId: member.id,
          closeness: ring.closeness,
          angle: round(angle, 2),
          radius: round(radius, 4),
          x: round(radius * Math.sin(theta), 4),
          y: round(-radius * Math.cos(theta), 4),
        });
      });
    }
  }
  return { sectors, placements };
};
