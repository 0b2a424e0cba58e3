import { scheduleOptions } from "../career-profile/profile.contract";
import { occupationFamilyOf, occupationMatchesFilter } from "../occupations/occupations";
import type { OpeningStatus } from "../openings/opening.contract";
import type { WorkPlace } from "../openings/place.contract";
import { type EnvironmentPreference, environmentFromText, oppositeTag, type WorkEnvironmentTag, workEnvironmentTags } from "./environment";
import {
  defaultTravelAssumptions,
  haversineKm,
  type ParticipantGeo,
  type ResolvedPlace,
  type TravelAssumptions,
  travelLimitKm,
} from "./geo";
import { type Match, type MatchCriterion, matchCriteria, type MatchMissing, type MatchReason, type MatchVerdict, type PlaceLevel } from "./match.contract";
import { matchesAnyWord, significantTokens, wordKeys, wordProbes } from "./text";

type ScheduleOption = (typeof scheduleOptions)[number];

/** The career profile's preferences (the profile contract's output type fits). */
export type MatchPreferences = {
  jobTypes: readonly string[];
  hoursPerWeekMin?: number | null;
  hoursPerWeekMax?: number | null;
  schedule: readonly ScheduleOption[];
  places: readonly { name: string; inseeCode?: string | null }[];
  maxTravelMinutes?: number | null;
  maxTravelKm?: number | null;
  environment: string;
};

/** What matching reads of an opening (the opening contract's output type fits). */
export type MatchableOpening = {
  id: string;
  title: string;
  occupationCode?: string | null;
  hoursPerWeek?: number | null;
  schedule: readonly ScheduleOption[];
  place?: WorkPlace | null;
  environment: readonly WorkEnvironmentTag[];
  status?: OpeningStatus;
};

/**
 * How much each criterion counts. Data, not code: a program could tune it, and the explanation never depends on
 * it. Job type and place lead (they are what people say first), hours next, schedule and environment after.
 */
export type MatchWeights = Record<MatchCriterion, number>;
export const defaultMatchWeights: MatchWeights = { job_type: 3, place: 3, hours: 2, schedule: 1, environment: 1 };

/** How fully each agreeing place level agrees. `within_distance` is computed: 1 at 0 km down to 0.7 at the limit. */
export const placeLevelFit: Record<Exclude<PlaceLevel, "within_distance">, number> = {
  same_commune: 1,
  same_town: 1,
  same_epci: 0.85,
  same_department: 0.6,
  beyond_distance: 0,
  other_department: 0,
  other_town: 0,
};

export type MatchOptions = { weights?: MatchWeights; travel?: TravelAssumptions };

/** The person's side, computed once per person: tokens, sets, resolved places, the travel limit, environment tags. */
export type PreparedPreferences = {
  /**
   * `probes`: each token's look-up keys in an opening's `wordKeys` (see `wordProbes`); `bits`: the job type's tokens
   * among the bits of `wordBits`, and `needed`, how many of them must be found (`jobTypeMatches`).
   */
  jobTypes: { label: string; tokens: string[]; probes: Int32Array[]; code: string | null; bits: number; needed: number }[];
  /**
   * Every job-type token numbered as a bit (at most 32): `wordBits[key]` = the tokens that key finds. One pass over
   * an opening's keys then tells every token found at once. Null with more than 32 tokens (each is looked up).
   */
  wordBits: Uint32Array | null;
  hoursMin: number | null;
  hoursMax: number | null;
  schedule: ScheduleOption[];
  scheduleSet: Set<ScheduleOption>;
  /** The slots the person's choice covers ("weekday daytime" covers mornings and afternoons), as bits (`scheduleBits`). */
  scheduleCovered: number;
  geo: ParticipantGeo;
  referencePlaces: ResolvedPlace[];
  origins: { lat: number; lon: number }[];
  maxKm: number | null;
  environment: EnvironmentPreference;
  environmentWanted: Set<WorkEnvironmentTag>;
  environmentUnwanted: Set<WorkEnvironmentTag>;
  /** The two sets above as bits (`environmentBits`). */
  environmentWantedBits: number;
  environmentUnwantedBits: number;
  travel: TravelAssumptions;
};

/**
 * The opening's side, computed once per opening: its words (and their look-up keys, `wordKeys`), its schedule and
 * environment as bits, so that judging it for a person is a few set look-ups and bit operations.
 */
export type PreparedOpening = {
  opening: MatchableOpening;
  tokens: string[];
  tokenKeys: Int32Array;
  scheduleBits: number;
  environmentBits: number;
  geo: ResolvedPlace | null;
};

/**
 * Schedule slots and environment tags as bits of a number. An opening's value outside the lists (the contract does
 * not write one, but a stored row may be older) gets a bit of its own that no person's choice covers: such a slot
 * still differs, as it did when compared through sets. The person's side comes through the profile's schema, whose
 * enums allow no other value (and the environment tags are read from text into the known ones).
 */
const OTHER_VALUE_BIT = 1 << 30;
const bitsOf = (index: ReadonlyMap<string, number>, values: readonly string[], other: number): number => {
  let bits = 0;
  for (const v of values) bits |= index.get(v) ?? other;
  return bits;
};
const bitIndex = (values: readonly string[]): ReadonlyMap<string, number> => new Map(values.map((v, i) => [v, 1 << i]));
const scheduleIndex = bitIndex(scheduleOptions);
const environmentIndex = bitIndex(workEnvironmentTags);
const FLEXIBLE = scheduleIndex.get("flexible") ?? 0;
const DAYTIME_SLOTS = (scheduleIndex.get("mornings") ?? 0) | (scheduleIndex.get("afternoons") ?? 0);

const coordinatesOf = (place: ResolvedPlace | null): { lat: number; lon: number } | null =>
  place?.commune && place.commune.lat != null && place.commune.lon != null ? { lat: place.commune.lat, lon: place.commune.lon } : null;

/** A job type written as a ROME code ("G18", or "G" for a whole grand domaine) compares by code. */
const occupationCodePattern = /^[A-N]([0-9]{2})?$/;

export const preparePreferences = (preferences: MatchPreferences, geo: ParticipantGeo, options: MatchOptions = {}): PreparedPreferences => {
  const travel = options.travel ?? defaultTravelAssumptions;
  const environment = environmentFromText(preferences.environment ?? "");
  const wanted = new Set<WorkEnvironmentTag>(environment.preferred);
  const unwanted = new Set<WorkEnvironmentTag>(environment.avoided);
  for (const tag of environment.preferred) {
    const opposite = oppositeTag[tag];
    if (opposite) unwanted.add(opposite);
  }
  for (const tag of environment.avoided) {
    const opposite = oppositeTag[tag];
    if (opposite && !unwanted.has(opposite)) wanted.add(opposite);
  }
  const referencePlaces = geo.places.length > 0 ? geo.places : geo.home ? [geo.home] : [];
  const homeCoordinates = coordinatesOf(geo.home);
  const origins = homeCoordinates
    ? [homeCoordinates]
    : referencePlaces.flatMap((p) => {
        const c = coordinatesOf(p);
        return c ? [c] : [];
      });
  let bit = 0;
  const jobTypes = preferences.jobTypes.map((label) => {
    const trimmed = label.trim();
    const tokens = significantTokens(trimmed);
    const first = bit;
    bit += tokens.length;
    const bits = bit > 32 ? 0 : (bit === 32 ? 0xffffffff : (1 << bit) - 1) & ~((1 << first) - 1);
    return { label, tokens, probes: tokens.map(wordProbes), code: occupationCodePattern.test(trimmed) ? trimmed : null, bits, needed: neededWords(tokens.length) };
  });
  return {
    jobTypes,
    wordBits: bit > 32 ? null : wordBitsOf(jobTypes),
    hoursMin: preferences.hoursPerWeekMin ?? null,
    hoursMax: preferences.hoursPerWeekMax ?? null,
    schedule: [...preferences.schedule],
    scheduleSet: new Set(preferences.schedule),
    // A chosen slot covers itself; "weekday daytime" also covers mornings and afternoons (see `slotCovered`).
    scheduleCovered: bitsOf(scheduleIndex, preferences.schedule, 0) | (preferences.schedule.includes("weekday_daytime") ? DAYTIME_SLOTS : 0),
    geo,
    referencePlaces,
    origins,
    maxKm: travelLimitKm(preferences, travel),
    environment,
    environmentWanted: wanted,
    environmentUnwanted: unwanted,
    environmentWantedBits: bitsOf(environmentIndex, [...wanted], 0),
    environmentUnwantedBits: bitsOf(environmentIndex, [...unwanted], 0),
    travel,
  };
};

export const prepareOpening = (opening: MatchableOpening, geo: ResolvedPlace | null): PreparedOpening => {
  const titleTokens = significantTokens(opening.title);
  const familyTokens = familyTokensOf(opening.occupationCode);
  const tokens = familyTokens.length > 0 ? titleTokens.concat(familyTokens) : titleTokens;
  return {
    opening,
    tokens,
    tokenKeys: wordKeys(tokens),
    scheduleBits: bitsOf(scheduleIndex, opening.schedule, OTHER_VALUE_BIT),
    environmentBits: bitsOf(environmentIndex, opening.environment, OTHER_VALUE_BIT),
    geo,
  };
};

/** The words of each occupation family's labels (French and English), tokenized once per process. */
const familyTokenCache = new Map<string, string[]>();
const familyTokensOf = (code: string | null | undefined): string[] => {
  if (!code) return [];
  let tokens = familyTokenCache.get(code);
  if (!tokens) {
    const family = occupationFamilyOf(code);
    tokens = family ? significantTokens(`${family.labelFr} ${family.labelEn}`) : [];
    familyTokenCache.set(code, tokens);
  }
  return tokens;
};

const missingOf = (preferenceMissing: boolean, openingMissing: boolean): MatchMissing =>
  preferenceMissing && openingMissing ? "both" : preferenceMissing ? "preference" : openingMissing ? "opening" : null;

/**
 * The verdict of one criterion. Ranking judges every opening into one reused `Judgement` (no allocation per
 * pair), and builds the explained reasons only for the openings it returns.
 */
type Judgement = {
  verdict: MatchVerdict;
  fit: number;
  missing: MatchMissing;
  level: PlaceLevel | null;
  nearest: ResolvedPlace | null;
  distanceKm: number | null;
};
const newJudgement = (): Judgement => ({ verdict: "unknown", fit: 0, missing: null, level: null, nearest: null, distanceKm: null });
const judge = (out: Judgement, verdict: MatchVerdict, fit: number, missing: MatchMissing): void => {
  out.verdict = verdict;
  out.fit = verdict === "agrees" ? fit : 0;
  out.missing = missing;
  out.level = null;
  out.nearest = null;
  out.distanceKm = null;
};

/** Short job types must match fully ("espaces verts": both words), longer ones on two thirds of their words. */
const neededWords = (tokens: number): number => (tokens <= 2 ? tokens : Math.ceil((2 * tokens) / 3));

/** The table of `PreparedPreferences.wordBits`, as long as the largest key of a token (larger keys find none). */
const wordBitsOf = (jobTypes: readonly { probes: Int32Array[] }[]): Uint32Array => {
  let size = 0;
  for (const j of jobTypes) for (const probes of j.probes) for (const key of probes) size = Math.max(size, key + 1);
  const table = new Uint32Array(size);
  let bit = 0;
  for (const j of jobTypes) for (const probes of j.probes) {
    for (const key of probes) table[key] |= 1 << bit;
    bit++;
  }
  return table;
};

/** The person's job-type tokens found among the opening's words, as bits (`wordBits`). */
const wordsFound = (table: Uint32Array, keys: Int32Array): number => {
  let found = 0;
  for (let k = 0; k < keys.length; k++) if (keys[k] < table.length) found |= table[keys[k]];
  return found;
};

const bitCount = (n: number): number => {
  const a = n - ((n >>> 1) & 0x55555555);
  const b = (a & 0x33333333) + ((a >>> 2) & 0x33333333);
  return Math.imul((b + (b >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
};

/**
 * A job type agrees when its tokens are found among the opening's words (a word is found when `sameWord` holds with
 * one of them, see `wordKeys`) in the number `neededWords` asks; a ROME code compares with the opening's code.
 * `found`: the person's tokens found in this opening (`wordsFound`), or -1 to look each token up.
 */
const jobTypeAgrees = (j: PreparedPreferences["jobTypes"][number], o: PreparedOpening, found: number): boolean => {
  if (j.code && o.opening.occupationCode) return occupationMatchesFilter(o.opening.occupationCode, j.code);
  if (j.probes.length === 0) return false;
  if (found !== -1) return bitCount(found & j.bits) >= j.needed;
  let n = 0;
  for (const probes of j.probes) if (matchesAnyWord(o.tokenKeys, probes)) n++;
  return n >= j.needed;
};

const foundIn = (p: PreparedPreferences, o: PreparedOpening): number => (p.wordBits ? wordsFound(p.wordBits, o.tokenKeys) : -1);

const judgeJobType = (p: PreparedPreferences, o: PreparedOpening, out: Judgement): void => {
  if (p.jobTypes.length === 0) return judge(out, "unknown", 0, "preference");
  const found = foundIn(p, o);
  for (const j of p.jobTypes) if (jobTypeAgrees(j, o, found)) return judge(out, "agrees", 1, null);
  judge(out, "differs", 0, null);
};

/** A place verdict with its level (a module function, not a closure: this runs for every opening of every request). */
const placeJudged = (
  out: Judgement,
  verdict: MatchVerdict,
  level: PlaceLevel,
  fit: number,
  nearest: ResolvedPlace | null,
  distanceKm: number | null = null,
): void => {
  judge(out, verdict, fit, null);
  out.level = level;
  out.nearest = nearest;
  out.distanceKm = distanceKm;
};

const judgePlace = (p: PreparedPreferences, o: PreparedOpening, out: Judgement): void => {
  const refs = p.referencePlaces;
  const target = o.geo;
  if (refs.length === 0 || !target) return judge(out, "unknown", 0, missingOf(refs.length === 0, !target));
  const tc = target.commune;

  // 1. The very place the person named.
  for (const r of refs) {
    if (r.commune && tc && r.commune.inseeCode === tc.inseeCode) return placeJudged(out, "agrees", "same_commune", placeLevelFit.same_commune, r, 0);
    if ((!r.commune || !tc) && r.key === target.key && (r.country === null || target.country === null || r.country === target.country)) {
      return placeJudged(out, "agrees", "same_town", placeLevelFit.same_town, r);
    }
  }
  // 2. The person's travel limit, when both ends have coordinates: more precise than administrative borders.
  const targetCoordinates = coordinatesOf(target);
  if (p.maxKm !== null && targetCoordinates && p.origins.length > 0) {
    let best = Number.POSITIVE_INFINITY;
    for (const origin of p.origins) best = Math.min(best, haversineKm(origin, targetCoordinates));
    const travelKm = best * p.travel.detourFactor;
    const nearest = p.geo.home && coordinatesOf(p.geo.home) ? p.geo.home : nearestReference(refs, targetCoordinates);
    if (travelKm <= p.maxKm) return placeJudged(out, "agrees", "within_distance", p.maxKm === 0 ? 1 : 1 - 0.3 * (travelKm / p.maxKm), nearest, best);
    return placeJudged(out, "differs", "beyond_distance", 0, nearest, best);
  }
  // 3. Administrative closeness: the same intercommunality, then the same department.
  if (tc) {
    for (const r of refs) if (tc.epci && r.commune?.epci === tc.epci) return placeJudged(out, "agrees", "same_epci", placeLevelFit.same_epci, r);
    for (const r of refs) if (r.commune?.department === tc.department) return placeJudged(out, "agrees", "same_department", placeLevelFit.same_department, r);
    for (const r of refs) if (r.commune) return placeJudged(out, "differs", "other_department", 0, r);
  }
  // 4. Towns abroad, or unresolved, with other names and no coordinates: how far is unknown.
  judge(out, "unknown", 0, null);
  out.level = "other_town";
};

const nearestReference = (refs: readonly ResolvedPlace[], target: { lat: number; lon: number }): ResolvedPlace | null => {
  let best: ResolvedPlace | null = null;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const r of refs) {
    const c = coordinatesOf(r);
    if (!c) continue;
    const km = haversineKm(c, target);
    if (km < bestKm) {
      bestKm = km;
      best = r;
    }
  }
  return best;
};

const judgeHours = (p: PreparedPreferences, o: PreparedOpening, out: Judgement): void => {
  const offered = o.opening.hoursPerWeek ?? null;
  const noPreference = p.hoursMin === null && p.hoursMax === null;
  if (noPreference || offered === null) return judge(out, "unknown", 0, missingOf(noPreference, offered === null));
  const agrees = offered >= (p.hoursMin ?? 0) && offered <= (p.hoursMax ?? Number.POSITIVE_INFINITY);
  judge(out, agrees ? "agrees" : "differs", 1, null);
};

/** A chosen slot covers an offered one; "weekday daytime" covers weekday mornings and afternoons. */
const slotCovered = (chosen: Set<ScheduleOption>, offered: ScheduleOption): boolean =>
  chosen.has(offered) || (chosen.has("weekday_daytime") && (offered === "mornings" || offered === "afternoons"));

const judgeSchedule = (p: PreparedPreferences, o: PreparedOpening, out: Judgement): void => {
  const offered = o.opening.schedule;
  if (p.schedule.length === 0 || offered.length === 0) return judge(out, "unknown", 0, missingOf(p.schedule.length === 0, offered.length === 0));
  // Either side flexible: the person adapts, or the employer does.
  if ((p.scheduleCovered | o.scheduleBits) & FLEXIBLE) return judge(out, "agrees", 1, null);
  // Every offered slot covered by the person's choice (`slotCovered`, as bits), or it differs.
  judge(out, o.scheduleBits & ~p.scheduleCovered ? "differs" : "agrees", 1, null);
};

const judgeEnvironment = (p: PreparedPreferences, o: PreparedOpening, out: Judgement): void => {
  const offered = o.opening.environment;
  const noPreference = p.environment.preferred.length === 0 && p.environment.avoided.length === 0;
  if (noPreference || offered.length === 0) return judge(out, "unknown", 0, missingOf(noPreference, offered.length === 0));
  // One unwanted tag offered and it differs; else an agreeing tag agrees.
  if (o.environmentBits & p.environmentUnwantedBits) return judge(out, "differs", 0, null);
  // Without an agreeing tag, the opening describes things the person said nothing about.
  judge(out, o.environmentBits & p.environmentWantedBits ? "agrees" : "unknown", 1, null);
};

const judges: Record<MatchCriterion, (p: PreparedPreferences, o: PreparedOpening, out: Judgement) => void> = {
  job_type: judgeJobType,
  place: judgePlace,
  hours: judgeHours,
  schedule: judgeSchedule,
  environment: judgeEnvironment,
};

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** The explained reason of one criterion, from its judgement (the details are recomputed: only for returned matches). */
const reasonOf = (criterion: MatchCriterion, p: PreparedPreferences, o: PreparedOpening, j: Judgement): MatchReason => {
  const { verdict, fit, missing } = j;
  switch (criterion) {
    case "job_type":
      return {
        criterion,
        verdict,
        fit,
        missing,
        detail: {
          preferred: p.jobTypes.map((t) => t.label),
          matched: p.jobTypes.filter((t) => jobTypeAgrees(t, o, foundIn(p, o))).map((t) => t.label),
          occupationCode: o.opening.occupationCode ?? null,
        },
      };
    case "place":
      return {
        criterion,
        verdict,
        fit,
        missing,
        detail: {
          level: j.level,
          nearestPlace: j.nearest?.name ?? null,
          distanceKm: j.distanceKm === null ? null : round1(j.distanceKm),
          travelKm: j.distanceKm === null ? null : round1(j.distanceKm * p.travel.detourFactor),
          maxKm: p.maxKm === null ? null : round1(p.maxKm),
        },
      };
    case "hours":
      return { criterion, verdict, fit, missing, detail: { preferredMin: p.hoursMin, preferredMax: p.hoursMax, offered: o.opening.hoursPerWeek ?? null } };
    case "schedule": {
      const offered = [...o.opening.schedule];
      const flexible = p.scheduleSet.has("flexible") || offered.includes("flexible");
      const outside = flexible || p.schedule.length === 0 ? [] : offered.filter((slot) => !slotCovered(p.scheduleSet, slot));
      return { criterion, verdict, fit, missing, detail: { preferred: p.schedule, offered, outside } };
    }
    case "environment": {
      const offered = [...o.opening.environment];
      return {
        criterion,
        verdict,
        fit,
        missing,
        detail: {
          preferred: p.environment.preferred,
          avoided: p.environment.avoided,
          offered,
          agreeing: offered.filter((t) => p.environmentWanted.has(t)),
          conflicting: offered.filter((t) => p.environmentUnwanted.has(t)),
        },
      };
    }
  }
};

/** The numbers the ranking orders by, for one pair (the reasons are built later, for the returned pairs only). */
export type MatchScore = { score: number; coverage: number; agreeWeight: number; differWeight: number };

/** Reused by `scorePrepared`: matching is synchronous, so one set of judgements serves every call. */
const scratch = matchCriteria.map(() => newJudgement());

/** A criterion's verdict as one number: its fit (0..1) when it agrees, else `DIFFERS` or `UNKNOWN`. */
const DIFFERS = -1;
const UNKNOWN = -2;
const verdictCode = (j: Judgement): number => (j.verdict === "agrees" ? j.fit : j.verdict === "differs" ? DIFFERS : UNKNOWN);

/** A criterion's share of the sums: its weight when known; weighted by its fit when it agrees; its weight when it differs. */
const knownWeight = (code: number, w: number): number => (code === UNKNOWN ? 0 : w);
const agreeingWeight = (code: number, w: number): number => (code >= 0 ? w * code : 0);
const differingWeight = (code: number, w: number): number => (code === DIFFERS ? w : 0);

/** A sum over the five criteria in `matchCriteria`'s order, each verdict code with its weight. */
const sumOver = (
  share: (code: number, w: number) => number,
  weights: MatchWeights,
  jobType: number,
  place: number,
  hours: number,
  schedule: number,
  environment: number,
): number =>
  share(jobType, weights.job_type) + share(place, weights.place) + share(hours, weights.hours) + share(schedule, weights.schedule) + share(environment, weights.environment);

/**
 * The score of the five criteria's verdicts (`verdictCode`, in `matchCriteria`'s order), written into `into`. The
 * sums run in that order, as they always have: the same floating-point sums, so the same scores and the same ties.
 */
const scoreOf = (weights: MatchWeights, jobType: number, place: number, hours: number, schedule: number, environment: number, into: MatchScore): MatchScore => {
  const total = weights.job_type + weights.place + weights.hours + weights.schedule + weights.environment;
  const known = sumOver(knownWeight, weights, jobType, place, hours, schedule, environment);
  const agreeWeight = sumOver(agreeingWeight, weights, jobType, place, hours, schedule, environment);
  const differWeight = sumOver(differingWeight, weights, jobType, place, hours, schedule, environment);
  into.score = known === 0 ? 0 : Math.round((100 * agreeWeight) / known);
  into.coverage = total === 0 ? 0 : Math.round((100 * known) / total);
  into.agreeWeight = agreeWeight;
  into.differWeight = differWeight;
  return into;
};

/**
 * Judge the five criteria of one pair into `judgements` (in `matchCriteria`'s order) and sum them into `into`.
 * Each judge is called by name, not through the `judges` table: one call site per judge lets the engine inline it,
 * where the table's single call site saw five functions (this runs for 2,000 openings at every request).
 */
const judgeAll = (p: PreparedPreferences, o: PreparedOpening, weights: MatchWeights, judgements: Judgement[], into: MatchScore): MatchScore => {
  const [jobType, place, hours, schedule, environment] = judgements;
  judgeJobType(p, o, jobType);
  judgePlace(p, o, place);
  judgeHours(p, o, hours);
  judgeSchedule(p, o, schedule);
  judgeEnvironment(p, o, environment);
  return scoreOf(weights, verdictCode(jobType), verdictCode(place), verdictCode(hours), verdictCode(schedule), verdictCode(environment), into);
};

const emptyScore = (): MatchScore => ({ score: 0, coverage: 0, agreeWeight: 0, differWeight: 0 });

/** Score only: what the ranking computes for every candidate; written into `into` when given (no allocation). */
export const scorePrepared = (
  p: PreparedPreferences,
  o: PreparedOpening,
  weights: MatchWeights = defaultMatchWeights,
  into: MatchScore = emptyScore(),
): MatchScore => judgeAll(p, o, weights, scratch, into);

/**
 * What each criterion's verdict reads of an opening, as text, in `matchCriteria`'s order: two openings with the same
 * key get the same verdict from a person (the same words and occupation code; the same resolved place; the same
 * hours; the same schedule; the same environment). A program's openings share titles, towns, hours and the like,
 * so ranking judges each distinct key once per person (`OpeningSet`). Keep in step with the judges above.
 */
export const criterionKeysOf = (o: PreparedOpening): string[] => {
  const geo = o.geo;
  const c = geo?.commune;
  const place = geo ? [geo.key, geo.country ?? "", c ? [c.inseeCode, c.epci ?? "", c.department, c.lat ?? "", c.lon ?? ""].join("\u0001") : "-"].join("\u0000") : "";
  return [
    `${o.opening.occupationCode ?? ""}\u0000${o.tokens.join(" ")}`,
    place,
    `${o.opening.hoursPerWeek ?? ""}`,
    `${o.opening.schedule.length}:${o.scheduleBits}`,
    `${o.opening.environment.length}:${o.environmentBits}`,
  ];
};

/** The verdict of criterion number `criterion` (`matchCriteria`'s order) for one pair, as `verdictCode` says it. */
export const criterionCode = (criterion: number, p: PreparedPreferences, o: PreparedOpening): number => {
  const j = scratch[criterion];
  judges[matchCriteria[criterion]](p, o, j);
  return verdictCode(j);
};

/** `scorePrepared`'s score from the five criteria's `criterionCode`s, written into `into`. */
export const scoreOfCodes = scoreOf;

/** Score and reasons of one pair. */
export const explainPrepared = (p: PreparedPreferences, o: PreparedOpening, weights: MatchWeights = defaultMatchWeights): Match => {
  const judgements = matchCriteria.map(() => newJudgement());
  const { score, coverage } = judgeAll(p, o, weights, judgements, emptyScore());
  return { score, coverage, reasons: matchCriteria.map((criterion, i) => reasonOf(criterion, p, o, judgements[i])) };
};

/** Best first: higher score; then more agreeing weight (more evidence); then less differing weight. */
export const compareMatchScores = (a: MatchScore, b: MatchScore): number =>
  b.score - a.score || b.agreeWeight - a.agreeWeight || a.differWeight - b.differWeight;

/**
 * Why an opening fits a person, criterion by criterion, with a score. `participantGeo` comes from
 * `participantGeoOf(preferences, lookup, home)`, `openingGeo` from `resolveWorkPlace(opening.place, lookup)`.
 */
export const explainMatch = (
  preferences: MatchPreferences,
  participantGeo: ParticipantGeo,
  opening: MatchableOpening,
  openingGeo: ResolvedPlace | null,
  options: MatchOptions = {},
): Match =>
  explainPrepared(preparePreferences(preferences, participantGeo, options), prepareOpening(opening, openingGeo), options.weights);
