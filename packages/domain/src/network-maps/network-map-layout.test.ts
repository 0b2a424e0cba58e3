import { describe, expect, it } from "vitest";
import { layoutNetworkMap, networkRings } from "./network-map-layout";
import { testMember as m } from "./network-map-test-members";

const angles = (layout: ReturnType<typeof layoutNetworkMap>) => Object.fromEntries(layout.placements.map((p) => [p.memberId.slice(-2), p.angle]));

describe("layoutNetworkMap", () => {
  it("draws nothing around the person when nobody is on the map", () => {
    expect(layoutNetworkMap([])).toEqual({ sectors: [], placements: [] });
  });

  it("puts each member on the middle of their closeness ring", () => {
    const layout = layoutNetworkMap([m(1, { closeness: 1 }), m(2, { closeness: 2, kind: "family" }), m(3, { closeness: 3, kind: "other" })]);
    const radius = Object.fromEntries(layout.placements.map((p) => [p.closeness, p.radius]));
    expect(radius).toEqual({ 1: networkRings[0].radius, 2: networkRings[1].radius, 3: networkRings[2].radius });
    expect(networkRings.map((r) => [r.inner, r.outer])).toEqual([[0.16, 0.44], [0.44, 0.72], [0.72, 1]]);
  });

  it("gives one kind the whole circle: a lone member sits at the bottom, x = 0, below the centre", () => {
    const layout = layoutNetworkMap([m(1, { closeness: 1 })]);
    expect(layout.sectors).toEqual([{ kind: "friend", start: 0, end: 360 }]);
    expect(layout.placements).toEqual([{ memberId: m(1).id, closeness: 1, angle: 180, radius: 0.3, x: 0, y: 0.3 }]);
  });

  it.each([
    // family 2 on ring 1, friend 1 on ring 2: weights 2 and 1 -> family 0-240, friend 240-360
    ["weights by the most crowded ring", [m(1, { kind: "family", closeness: 1 }), m(2, { kind: "family", closeness: 1 }), m(3, { closeness: 2 })],
      [{ kind: "family", start: 0, end: 240 }, { kind: "friend", start: 240, end: 360 }], { "01": 60, "02": 180, "03": 300 }],
    // family: 1 on ring 1, 2 on ring 3 -> weight 2 (not 3); colleague 1 -> 2/3 and 1/3 of the circle
    ["the largest ring, not the sum", [m(1, { kind: "family", closeness: 1 }), m(2, { kind: "family", closeness: 3 }), m(3, { kind: "family", closeness: 3 }), m(4, { kind: "colleague" })],
      [{ kind: "family", start: 0, end: 240 }, { kind: "colleague", start: 240, end: 360 }], { "01": 120, "02": 60, "03": 180, "04": 300 }],
    // the kinds in the fixed order whatever the entry: employer after colleague, professional after employer
    ["sectors in the fixed order", [m(1, { kind: "professional" }), m(2, { kind: "employer" }), m(3, { kind: "colleague" }), m(4, { kind: "neighbour" })],
      [{ kind: "neighbour", start: 0, end: 90 }, { kind: "colleague", start: 90, end: 180 }, { kind: "employer", start: 180, end: 270 }, { kind: "professional", start: 270, end: 360 }],
      { "04": 45, "03": 135, "02": 225, "01": 315 }],
  ])("%s", (_label, members, sectors, expected) => {
    const layout = layoutNetworkMap(members);
    expect(layout.sectors).toEqual(sectors);
    expect(angles(layout)).toEqual(expected);
  });

  it("spreads a kind's members by name within its sector, the same whatever the order of entry", () => {
    const members = [m(1, { name: "Zoé", closeness: 1 }), m(2, { name: "Émile", closeness: 1 }), m(3, { name: "bruno", closeness: 1 })];
    const layout = layoutNetworkMap(members);
    // bruno, Émile, Zoé at 60, 180, 300
    expect(angles(layout)).toEqual({ "03": 60, "02": 180, "01": 300 });
    expect(layoutNetworkMap([...members].reverse())).toEqual(layout);
  });

  it("computes the position on screen (0 degrees at the top, clockwise, y downwards)", () => {
    const layout = layoutNetworkMap([m(1, { closeness: 3 }), m(2, { closeness: 3 }), m(3, { closeness: 3 }), m(4, { closeness: 3 })]);
    // 4 members on ring 3 (r 0.86): 45, 135, 225, 315 degrees
    expect(layout.placements.map((p) => [p.angle, p.x, p.y])).toEqual([
      [45, 0.6081, -0.6081],
      [135, 0.6081, 0.6081],
      [225, -0.6081, 0.6081],
      [315, -0.6081, -0.6081],
    ]);
  });

  it.each([
    // 6 on ring 1: 60 degrees apart, arc 1.047 x 0.3 = 0.31 >= 0.25: all on the ring's line
    [6, 1, [0.3]],
    // 8 on ring 1: 45 degrees, arc 0.785 x 0.3 = 0.24 < 0.25: every other one inwards, the next outwards
    [8, 1, [0.23, 0.37]],
    // 8 on ring 3: arc 0.785 x 0.86 = 0.68: room enough
    [8, 3, [0.86]],
  ] as const)("%i members on ring %i sit at radii %j", (count, closeness, radii) => {
    const layout = layoutNetworkMap(Array.from({ length: count }, (_, i) => m(i + 1, { closeness })));
    expect([...new Set(layout.placements.map((p) => p.radius))]).toEqual(radii);
    const ring = networkRings[closeness - 1];
    for (const p of layout.placements) expect(p.radius > ring.inner && p.radius < ring.outer).toBe(true);
  });

  it("shares the sectors with the snapshots drawn beside it, so two snapshots look alike", () => {
    const earlier = [m(1, { kind: "family", closeness: 1 }), m(2, { kind: "family", closeness: 1 }), m(3, { closeness: 2 })];
    const later = [m(3, { closeness: 1 }), m(4, { kind: "professional", closeness: 3 })];
    const left = layoutNetworkMap(earlier, { alongside: [later] });
    const right = layoutNetworkMap(later, { alongside: [earlier] });
    // family weight 2 (earlier), friend 1, professional 1 (later): 180 + 90 + 90 degrees on both sides
    const sectors = [{ kind: "family", start: 0, end: 180 }, { kind: "friend", start: 180, end: 270 }, { kind: "professional", start: 270, end: 360 }];
    expect(left.sectors).toEqual(sectors);
    expect(right.sectors).toEqual(sectors);
    // the friend who came closer stays at the same angle, one ring inwards
    expect(left.placements.find((p) => p.memberId === m(3).id)).toMatchObject({ angle: 225, closeness: 2 });
    expect(right.placements.find((p) => p.memberId === m(3).id)).toMatchObject({ angle: 225, closeness: 1 });
  });
});
