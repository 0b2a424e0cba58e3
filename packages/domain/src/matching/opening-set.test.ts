import { describe, expect, it } from "vitest";
import { emptyCareerProfile } from "../career-profile/profile.contract";
import type { WorkPlace } from "../openings/place.contract";
import { explainPrepared, type MatchableOpening, type MatchPreferences, prepareOpening, preparePreferences, scorePrepared } from "./explain-match";
import { type CommuneGeo, type GeoLookup, participantGeoOf, resolveWorkPlace } from "./geo";
import { openingSetOf, verdictCodesFor } from "./opening-set";
import { prepareOpeningsForMatching, rankOpeningSet } from "./rank";

const communes: Record<string, CommuneGeo> = {
  "69123": { inseeCode: "69123", epci: "metropole-lyon", department: "69", lat: 45.758, lon: 4.835 },
  "69266": { inseeCode: "69266", epci: "metropole-lyon", department: "69", lat: 45.771, lon: 4.88 },
  "38544": { inseeCode: "38544", epci: "vienne-condrieu", department: "38", lat: 45.525, lon: 4.874 },
  "01053": { inseeCode: "01053", epci: null, department: "01", lat: null, lon: null },
};
const geo: GeoLookup = { communeOf: (code) => communes[code] ?? null };
const places: (WorkPlace | null)[] = [
  { kind: "commune", inseeCode: "69123", name: "Lyon" },
  { kind: "commune", inseeCode: "69266", name: "Villeurbanne" },
  { kind: "commune", inseeCode: "38544", name: "Vienne" },
  { kind: "commune", inseeCode: "01053", name: "Bourg-en-Bresse" },
  { kind: "town", name: "Genève", country: "CH" },
  null,
];
const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, "0")}`;

/** Openings that share titles, places, hours, schedules and environments in many combinations (and some without). */
const openings: MatchableOpening[] = Array.from({ length: 600 }, (_, i) => ({
  id: id(i),
  title: ["Serveur en salle", "Serveuse", "Agent d'entretien", "Plongeur", "Jardinier paysagiste", "Employé"][i % 6],
  occupationCode: [null, "G18", "K22", "G16", "A12"][i % 5],
  hoursPerWeek: [null, 12, 20, 24, 35][i % 7 % 5],
  schedule: [[], ["mornings"], ["weekends"], ["mornings", "afternoons"], ["flexible"]][i % 11 % 5] as MatchableOpening["schedule"],
  place: places[i % 13 % places.length],
  environment: [[], ["team"], ["public_facing"], ["quiet", "outdoors"]][i % 4] as MatchableOpening["environment"],
  status: i % 17 === 0 ? "filled" : "open",
}));

const people: MatchPreferences[] = [
  emptyCareerProfile().preferences,
  {
    ...emptyCareerProfile().preferences,
    jobTypes: ["serveur", "espaces verts", "G16"],
    places: [{ name: "Lyon", inseeCode: "69123" }, { name: "Genève" }],
    maxTravelMinutes: 45,
    hoursPerWeekMin: 20,
    hoursPerWeekMax: 30,
    schedule: ["weekday_daytime"],
    environment: "calme, en équipe, pas de public",
  },
  { ...emptyCareerProfile().preferences, jobTypes: ["Agent d'entretien"], places: [{ name: "Bourg-en-Bresse", inseeCode: "01053" }], schedule: ["weekends"] },
];

describe("opening sets", () => {
  it("number each criterion's distinct keys once, in the order first met", () => {
    const set = openingSetOf(prepareOpeningsForMatching(openings, geo));
    // Job type: title x occupation code (30 pairs); place: 6; hours: 5; schedule: 5; environment: 4.
    expect(set.firstWith.map((f) => f.length)).toEqual([30, 6, 5, 5, 4]);
    set.keyOf.forEach((keys, criterion) => {
      for (let i = 0; i < openings.length; i++) expect(set.firstWith[criterion][keys[i]]).toBeLessThanOrEqual(i);
    });
  });

  it("give every opening the score that judging it alone gives", () => {
    const prepared = prepareOpeningsForMatching(openings, geo);
    const set = openingSetOf(prepared);
    for (const preferences of people) {
      const person = preparePreferences(preferences, participantGeoOf(preferences, geo));
      const codes = verdictCodesFor(person, set);
      prepared.forEach((o, i) => {
        const alone = scorePrepared(person, prepareOpening(o.opening, resolveWorkPlace(o.opening.place, geo)));
        // The codes of an opening's keys are its own verdicts: agreeing with its fit, else -1 (differs) or -2 (unknown).
        const reasons = explainPrepared(person, o).reasons;
        reasons.forEach((r, c) => expect(codes[c][set.keyOf[c][i]]).toBe(r.verdict === "agrees" ? r.fit : r.verdict === "differs" ? -1 : -2));
        expect(explainPrepared(person, o).score).toBe(alone.score);
      });
      const ranked = rankOpeningSet(person, set);
      const expected = prepared
        .filter((o) => o.opening.status === "open")
        .map((o) => ({ id: o.opening.id, ...scorePrepared(person, o) }))
        .sort((a, b) => b.score - a.score || b.agreeWeight - a.agreeWeight || a.differWeight - b.differWeight || (a.id < b.id ? -1 : 1));
      expect(ranked.map((m) => [m.opening.id, m.score])).toEqual(expected.map((e) => [e.id, e.score]));
      expect(rankOpeningSet(person, set, { limit: 7, minScore: 30 }).map((m) => m.opening.id)).toEqual(
        expected.filter((e) => e.score >= 30).slice(0, 7).map((e) => e.id),
      );
    }
  });
});
