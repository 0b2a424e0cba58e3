import { describe, expect, it } from "vitest";
import { emptyCareerProfile } from "../career-profile/profile.contract";
import type { WorkPlace } from "../openings/place.contract";
import { environmentFromText } from "./environment";
import { explainMatch, type MatchableOpening, type MatchPreferences } from "./explain-match";
import { type CommuneGeo, departmentOfInseeCode, type GeoLookup, haversineKm, participantGeoOf, resolveWorkPlace, travelLimitKm } from "./geo";
import type { MatchCriterion, MatchReason } from "./match.contract";
import { rankOpeningsForParticipant, rankParticipantsForOpening } from "./rank";

/** A small geography: coordinates are commune centres (rounded), EPCI ids are labels for the test. */
const communes: Record<string, CommuneGeo> = {
  "69123": { inseeCode: "69123", epci: "metropole-lyon", department: "69", lat: 45.758, lon: 4.835 },
  "69266": { inseeCode: "69266", epci: "metropole-lyon", department: "69", lat: 45.771, lon: 4.88 },
  "69264": { inseeCode: "69264", epci: "ca-villefranche", department: "69", lat: 45.989, lon: 4.718 },
  "38544": { inseeCode: "38544", epci: "vienne-condrieu", department: "38", lat: 45.525, lon: 4.874 },
  "42218": { inseeCode: "42218", epci: "saint-etienne-metropole", department: "42", lat: 45.434, lon: 4.39 },
  "01053": { inseeCode: "01053", epci: null, department: "01", lat: null, lon: null },
};
const geo: GeoLookup = { communeOf: (code) => communes[code] ?? null };

const commune = (inseeCode: string, name: string): WorkPlace => ({ kind: "commune", inseeCode, name });
const LYON = commune("69123", "Lyon");
const VILLEURBANNE = commune("69266", "Villeurbanne");
const VILLEFRANCHE = commune("69264", "Villefranche-sur-Saône");
const VIENNE = commune("38544", "Vienne");
const SAINT_ETIENNE = commune("42218", "Saint-Étienne");
const BOURG = commune("01053", "Bourg-en-Bresse");

const prefs = (over: Partial<MatchPreferences> = {}): MatchPreferences => ({ ...emptyCareerProfile().preferences, ...over });
const opening = (over: Partial<MatchableOpening> = {}): MatchableOpening => ({
  id: "00000000-0000-7000-8000-000000000001",
  title: "Poste",
  occupationCode: null,
  hoursPerWeek: null,
  schedule: [],
  place: null,
  environment: [],
  status: "open",
  ...over,
});

const reasonFor = (p: MatchPreferences, o: MatchableOpening, criterion: MatchCriterion, home?: string): MatchReason => {
  const match = explainMatch(p, participantGeoOf(p, geo, home), o, resolveWorkPlace(o.place, geo));
  const reason = match.reasons.find((r) => r.criterion === criterion);
  if (!reason) throw new Error(`no ${criterion} reason`);
  return reason;
};

describe("matching: job type", () => {
  it.each([
    ["a feminine form finds the title", ["serveuse"], { title: "Serveur en salle" }, "agrees", ["serveuse"]],
    ["words found in the occupation family label", ["espaces verts"], { title: "Jardinier", occupationCode: "A12" }, "agrees", ["espaces verts"]],
    ["a ROME grand domaine letter", ["G"], { title: "Commis", occupationCode: "G18" }, "agrees", ["G"]],
    ["a ROME domaine code", ["G16"], { title: "Commis", occupationCode: "G18" }, "differs", []],
    ["generic words are ignored", ["travail avec les animaux"], { title: "Soigneur", occupationCode: "A15" }, "agrees", ["travail avec les animaux"]],
    ["another trade", ["cuisinier"], { title: "Agent d'entretien", occupationCode: "K22" }, "differs", []],
    ["a two-word type needs both words", ["service à la personne"], { title: "Serveur", occupationCode: "G18" }, "differs", []],
    ["one of several types", ["cuisinier", "plongeur"], { title: "Plongeur / plongeuse" }, "agrees", ["plongeur"]],
  ] as const)("%s", (_label, jobTypes, over, verdict, matched) => {
    const reason = reasonFor(prefs({ jobTypes: [...jobTypes] }), opening(over), "job_type");
    expect(reason.verdict).toBe(verdict);
    expect(reason.criterion === "job_type" && reason.detail.matched).toEqual(matched);
  });

  it("is unknown when the person named no job type, never a penalty", () => {
    expect(reasonFor(prefs(), opening({ title: "Serveur" }), "job_type")).toMatchObject({ verdict: "unknown", missing: "preference" });
  });
});

describe("matching: place", () => {
  it.each([
    ["the same commune", { places: [{ name: "Lyon", inseeCode: "69123" }] }, LYON, undefined, "agrees", "same_commune", 1],
    ["the same town abroad, by name", { places: [{ name: "Liège" }] }, { kind: "town", name: "LIEGE", country: "BE" }, undefined, "agrees", "same_town", 1],
    ["the same EPCI", { places: [{ name: "Lyon", inseeCode: "69123" }] }, VILLEURBANNE, undefined, "agrees", "same_epci", 0.85],
    ["the same department", { places: [{ name: "Lyon", inseeCode: "69123" }] }, VILLEFRANCHE, undefined, "agrees", "same_department", 0.6],
    ["another department", { places: [{ name: "Lyon", inseeCode: "69123" }] }, SAINT_ETIENNE, undefined, "differs", "other_department", 0],
    ["within the km limit across a department border", { places: [{ name: "Lyon", inseeCode: "69123" }], maxTravelKm: 40 }, VIENNE, undefined, "agrees", "within_distance", null],
    ["beyond the km limit in the same department", { places: [{ name: "Lyon", inseeCode: "69123" }], maxTravelKm: 20 }, VILLEFRANCHE, undefined, "differs", "beyond_distance", 0],
    ["within 90 minutes (37.5 km at 25 km/h)", { places: [{ name: "Lyon", inseeCode: "69123" }], maxTravelMinutes: 90 }, VIENNE, undefined, "agrees", "within_distance", null],
    ["beyond 60 minutes (25 km)", { places: [{ name: "Lyon", inseeCode: "69123" }], maxTravelMinutes: 60 }, VIENNE, undefined, "differs", "beyond_distance", 0],
    ["the tighter of km and minutes", { places: [{ name: "Lyon", inseeCode: "69123" }], maxTravelKm: 100, maxTravelMinutes: 60 }, VIENNE, undefined, "differs", "beyond_distance", 0],
    ["no coordinates: back to departments", { places: [{ name: "Lyon", inseeCode: "69123" }], maxTravelKm: 100 }, BOURG, undefined, "differs", "other_department", 0],
    ["distance from home when known", { maxTravelKm: 10 }, LYON, "69266", "agrees", "within_distance", null],
    ["no place and no home", {}, LYON, undefined, "unknown", null, 0],
    ["an opening without a place", { places: [{ name: "Lyon", inseeCode: "69123" }] }, null, undefined, "unknown", null, 0],
    ["another town abroad, no coordinates", { places: [{ name: "Liège" }] }, { kind: "town", name: "Namur", country: "BE" }, undefined, "unknown", "other_town", 0],
  ] as const)("%s", (_label, over, place, home, verdict, level, fit) => {
    const reason = reasonFor(prefs(over as Partial<MatchPreferences>), opening({ place: place as WorkPlace | null }), "place", home);
    expect(reason.verdict).toBe(verdict);
    expect(reason.criterion === "place" && reason.detail.level).toBe(level);
    if (fit !== null) expect(reason.fit).toBeCloseTo(fit);
    else expect(reason.fit).toBeGreaterThanOrEqual(0.7);
  });

  it("says how far and what the limit is", () => {
    const reason = reasonFor(prefs({ places: [{ name: "Lyon", inseeCode: "69123" }], maxTravelKm: 40 }), opening({ place: VIENNE }), "place");
    expect(reason.criterion === "place" && reason.detail).toMatchObject({ nearestPlace: "Lyon", distanceKm: 26.1, travelKm: 33.9, maxKm: 40 });
  });

  it("reads the department from the code when the geography has no entry", () => {
    expect(departmentOfInseeCode("2A004")).toBe("2A");
    expect(departmentOfInseeCode("97411")).toBe("974");
    const reason = reasonFor(prefs({ places: [{ name: "Ajaccio", inseeCode: "2A004" }] }), opening({ place: commune("2A041", "Bastelicaccia") }), "place");
    expect(reason).toMatchObject({ verdict: "agrees", detail: { level: "same_department" } });
  });

  it("measures straight-line distances and converts minutes with the stated speed", () => {
    expect(haversineKm({ lat: 48.8566, lon: 2.3522 }, { lat: 45.764, lon: 4.8357 })).toBeCloseTo(391.5, 1);
    expect(travelLimitKm({ maxTravelMinutes: 45 })).toBeCloseTo(18.75);
    expect(travelLimitKm({ maxTravelMinutes: 45 }, { detourFactor: 1.3, travelSpeedKmh: 40 })).toBeCloseTo(30);
    expect(travelLimitKm({})).toBeNull();
  });
});

describe("matching: hours", () => {
  it.each([
    [20, 30, 24, "agrees", null],
    [20, 30, 30, "agrees", null],
    [20, 30, 35, "differs", null],
    [20, 30, 17.5, "differs", null],
    [null, 20, 17.5, "agrees", null],
    [24, null, 35, "agrees", null],
    [null, null, 24, "unknown", "preference"],
    [20, 30, null, "unknown", "opening"],
    [null, null, null, "unknown", "both"],
  ] as const)("wants %s-%s h, offered %s: %s", (min, max, offered, verdict, missing) => {
    expect(reasonFor(prefs({ hoursPerWeekMin: min, hoursPerWeekMax: max }), opening({ hoursPerWeek: offered }), "hours")).toMatchObject({ verdict, missing });
  });
});

describe("matching: schedule", () => {
  it.each([
    [["weekday_daytime"], ["mornings"], "agrees", []],
    [["mornings", "afternoons"], ["mornings"], "agrees", []],
    [["weekday_daytime"], ["weekends"], "differs", ["weekends"]],
    [["mornings"], ["mornings", "evenings"], "differs", ["evenings"]],
    [["mornings"], ["weekday_daytime"], "differs", ["weekday_daytime"]],
    [["flexible"], ["nights"], "agrees", []],
    [["mornings"], ["flexible"], "agrees", []],
    [[], ["mornings"], "unknown", []],
    [["mornings"], [], "unknown", []],
  ] as const)("chose %j, offered %j: %s", (chosen, offered, verdict, outside) => {
    const reason = reasonFor(prefs({ schedule: [...chosen] }), opening({ schedule: [...offered] }), "schedule");
    expect(reason.verdict).toBe(verdict);
    expect(reason.criterion === "schedule" && reason.detail.outside).toEqual(outside);
  });
});

describe("matching: environment", () => {
  it.each([
    ["calme, en équipe", { preferred: ["quiet", "team"], avoided: [] }],
    ["Pas de bruit, mais une bonne équipe", { preferred: ["team"], avoided: ["busy"] }],
    ["Je ne veux pas travailler seul", { preferred: [], avoided: ["alone"] }],
    ["pas de contact avec le public", { preferred: [], avoided: ["public_facing"] }],
    ["I don't want customers", { preferred: [], avoided: ["public_facing"] }],
    ["Dehors si possible, avec des collègues", { preferred: ["outdoors", "team"], avoided: [] }],
    ["seulement le matin", { preferred: [], avoided: [] }],
    ["", { preferred: [], avoided: [] }],
  ] as const)("reads %j", (text, expected) => {
    const read = environmentFromText(text);
    expect({ preferred: [...read.preferred].sort(), avoided: [...read.avoided].sort() }).toEqual({
      preferred: [...expected.preferred].sort(),
      avoided: [...expected.avoided].sort(),
    });
  });

  it.each([
    ["calme", ["quiet"], "agrees", null],
    ["calme", ["busy"], "differs", null],
    ["pas de contact avec le public", ["public_facing"], "differs", null],
    ["pas de contact avec le public", ["desk"], "unknown", null],
    ["pas de bruit", ["quiet"], "agrees", null],
    ["", ["quiet"], "unknown", "preference"],
    ["calme", [], "unknown", "opening"],
  ] as const)("wants %j, opening %j: %s", (text, tags, verdict, missing) => {
    expect(reasonFor(prefs({ environment: text }), opening({ environment: [...tags] }), "environment")).toMatchObject({ verdict, missing });
  });
});

describe("matching: score", () => {
  const full = prefs({
    jobTypes: ["serveur"],
    places: [{ name: "Lyon", inseeCode: "69123" }],
    hoursPerWeekMin: 20,
    hoursPerWeekMax: 30,
    schedule: ["weekday_daytime"],
    environment: "en équipe",
  });
  const good = opening({ title: "Serveur", place: LYON, hoursPerWeek: 24, schedule: ["mornings"], environment: ["team"] });
  const score = (p: MatchPreferences, o: MatchableOpening) => {
    const m = explainMatch(p, participantGeoOf(p, geo), o, resolveWorkPlace(o.place, geo));
    return [m.score, m.coverage];
  };

  it.each([
    ["everything agrees", full, good, [100, 100]],
    ["only the job type is known, and agrees: unknowns do not lower the score", prefs({ jobTypes: ["serveur"] }), good, [100, 30]],
    ["job type agrees (3), hours differ (2)", prefs({ jobTypes: ["serveur"], hoursPerWeekMax: 10 }), good, [60, 50]],
    ["only the place is known: same EPCI", prefs({ places: [{ name: "Lyon", inseeCode: "69123" }] }), opening({ place: VILLEURBANNE }), [85, 30]],
    ["nothing known", prefs(), opening(), [0, 0]],
  ] as const)("%s", (_label, p, o, expected) => expect(score(p, o)).toEqual(expected));
});

describe("ranking", () => {
  const person = {
    preferences: prefs({ jobTypes: ["serveur"], places: [{ name: "Lyon", inseeCode: "69123" }], hoursPerWeekMin: 20, hoursPerWeekMax: 30 }),
  };
  const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, "0")}`;
  const all = opening({ id: id(1), title: "Serveur", place: LYON, hoursPerWeek: 24 });
  const partly = opening({ id: id(2), title: "Serveur", place: LYON, hoursPerWeek: 35 });
  const unknown = opening({ id: id(3), title: "Serveur" });
  const nearby = opening({ id: id(4), title: "Serveur", place: VILLEURBANNE, hoursPerWeek: 24 });
  const none = opening({ id: id(5), title: "Comptable", place: SAINT_ETIENNE, hoursPerWeek: 39 });
  const filled = opening({ id: id(6), title: "Serveur", place: LYON, hoursPerWeek: 24, status: "filled" });
  const silent = opening({ id: id(7), title: "Comptable" });

  it("orders by score, then evidence, then fewer disagreements, and leaves out openings that are not open", () => {
    const ranked = rankOpeningsForParticipant(person, [none, silent, unknown, partly, filled, nearby, all], geo);
    expect(ranked.map((r) => [r.opening.id, r.score])).toEqual([
      [id(1), 100],
      [id(3), 100],
      [id(4), 94],
      [id(2), 75],
      [id(7), 0],
      [id(5), 0],
    ]);
  });

  it("applies the limit and the minimum score", () => {
    const ranked = rankOpeningsForParticipant(person, [none, unknown, partly, all], geo, { limit: 2, minScore: 80 });
    expect(ranked.map((r) => r.opening.id)).toEqual([id(1), id(3)]);
  });

  it("is stable on ties (opening id)", () => {
    const twin = { ...all, id: id(0) };
    expect(rankOpeningsForParticipant(person, [all, twin], geo).map((r) => r.opening.id)).toEqual([id(0), id(1)]);
  });

  it("ranks people for an opening", () => {
    const people = [
      { participantId: id(11), preferences: prefs({ jobTypes: ["comptable"] }) },
      { participantId: id(12), preferences: prefs({ jobTypes: ["serveuse"], places: [{ name: "Villeurbanne", inseeCode: "69266" }] }) },
      { participantId: id(13), preferences: prefs() },
      { participantId: id(14), preferences: prefs({ jobTypes: ["serveur"], places: [{ name: "Lyon", inseeCode: "69123" }] }) },
    ];
    const ranked = rankParticipantsForOpening(all, people, geo);
    expect(ranked.map((r) => [r.participant.participantId, r.score])).toEqual([
      [id(14), 100],
      [id(12), 93],
      [id(13), 0],
      [id(11), 0],
    ]);
  });

  // Speed is the benchmark's business (bench/run.ts, route "matches"); this checks the ranking at that size.
  it("ranks 2,000 openings for one person: best first, the limit kept, every kept one explained", () => {
    const places = [LYON, VILLEURBANNE, VILLEFRANCHE, VIENNE, SAINT_ETIENNE, BOURG];
    const titles = ["Serveur en salle", "Agent d'entretien", "Plongeur", "Employé libre-service", "Jardinier paysagiste", "Préparateur de commandes"];
    const openings = Array.from({ length: 2000 }, (_, i) =>
      opening({
        id: id(100 + i),
        title: titles[i % titles.length],
        occupationCode: ["G18", "K22", "G16", "D15", "A12", "N11"][i % 6],
        place: places[i % places.length],
        hoursPerWeek: 15 + (i % 25),
        schedule: i % 3 === 0 ? ["mornings"] : ["weekends"],
        environment: i % 2 === 0 ? ["team"] : ["public_facing"],
      }),
    );
    const rich = {
      preferences: prefs({
        jobTypes: ["serveur", "espaces verts", "plongeur"],
        places: [{ name: "Lyon", inseeCode: "69123" }, { name: "Vienne", inseeCode: "38544" }],
        maxTravelMinutes: 45,
        hoursPerWeekMin: 20,
        hoursPerWeekMax: 30,
        schedule: ["weekday_daytime"],
        environment: "calme, en équipe, pas de public",
      }),
    };
    const all = rankOpeningsForParticipant(rich, openings, geo);
    const ranked = rankOpeningsForParticipant(rich, openings, geo, { limit: 20 });
    expect(all).toHaveLength(2000);
    expect(ranked).toHaveLength(20);
    expect(ranked.map((m) => m.opening.id)).toEqual(all.slice(0, 20).map((m) => m.opening.id));
    for (let i = 1; i < all.length; i++) expect(all[i - 1].score).toBeGreaterThanOrEqual(all[i].score);
    for (const m of ranked) expect(m.reasons).toHaveLength(5);
    // The best fit is a waiter's job in Lyon: a preferred job type in a preferred commune.
    expect(ranked[0].opening.title).toBe("Serveur en salle");
  });
});

describe("matches query", () => {
  it("reads mine=true as the reader's own people, anything else as everyone", async () => {
    const { openingMatchesQuery } = await import("./match.contract");
    expect(openingMatchesQuery.parse({ mine: "true" })).toMatchObject({ mine: true, limit: 20, minScore: 0 });
    expect(openingMatchesQuery.parse({})).toMatchObject({ mine: false });
    expect(openingMatchesQuery.safeParse({ mine: "yes" }).success).toBe(false);
  });
});
