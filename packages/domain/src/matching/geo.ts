import type { WorkPlace } from "../openings/place.contract";
import { normalizeWords } from "./text";

/**
 * Geography for matching, behind an interface so the domain stays free of data files: the server backs
 * `GeoLookup` with `@etalab/decoupage-administratif` (commune -> EPCI, department; coordinates where it has them).
 */
export type CommuneGeo = {
  inseeCode: string;
  /** SIREN of the intercommunality (EPCI) the commune belongs to. */
  epci?: string | null;
  department: string;
  lat?: number | null;
  lon?: number | null;
};

export interface GeoLookup {
  communeOf(inseeCode: string): CommuneGeo | null;
}

/** A lookup that knows nothing: matching still works on codes and names (department read from the code). */
export const noGeoLookup: GeoLookup = { communeOf: () => null };

/** The department of an INSEE commune code: 2 characters ("69", "2A"), 3 for overseas departments ("974"). */
export const departmentOfInseeCode = (inseeCode: string): string => (inseeCode.startsWith("97") ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2));

/** The lookup's answer, or what the code alone says (same commune, same department) when the data has no entry. */
export const resolveCommune = (lookup: GeoLookup, inseeCode: string): CommuneGeo =>
  lookup.communeOf(inseeCode) ?? { inseeCode, department: departmentOfInseeCode(inseeCode), epci: null, lat: null, lon: null };

const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle ("as the crow flies") distance in km between two points in decimal degrees. */
export const haversineKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
};

/**
 * How a travel limit is compared with a straight-line distance. Assumptions, kept as parameters because they vary
 * with the territory and the means of transport:
 * - `detourFactor`: a trip is longer than the straight line between commune centres; 1.3 is the usual order of
 *   magnitude of the road-to-straight-line ratio in France. The estimated travel distance is straight line x factor.
 * - `travelSpeedKmh`: to turn "at most 45 minutes" into kilometres, an average door-to-door speed; 25 km/h sits
 *   between urban public transport and a car in town. 45 min -> 18.75 km of travel.
 * - Distances run between commune centres (the data has no addresses), so within one commune the distance is 0.
 */
export type TravelAssumptions = { detourFactor: number; travelSpeedKmh: number };
export const defaultTravelAssumptions: TravelAssumptions = { detourFactor: 1.3, travelSpeedKmh: 25 };

/** The travel distance the person accepts, in km: the tighter of their km and minutes limits; null when unknown. */
export const travelLimitKm = (
  preferences: { maxTravelKm?: number | null; maxTravelMinutes?: number | null },
  assumptions: TravelAssumptions = defaultTravelAssumptions,
): number | null => {
  const limits: number[] = [];
  if (preferences.maxTravelKm != null) limits.push(preferences.maxTravelKm);
  if (preferences.maxTravelMinutes != null) limits.push((preferences.maxTravelMinutes / 60) * assumptions.travelSpeedKmh);
  return limits.length === 0 ? null : Math.min(...limits);
};

/** A place with its geography resolved once, so comparing it with 2,000 openings does no lookups. */
export type ResolvedPlace = {
  name: string;
  /** Accent-free lower-case name, for places outside France (or French ones without a code). */
  key: string;
  country: string | null;
  commune: CommuneGeo | null;
};

export const resolvePlaceLike = (
  place: { name: string; inseeCode?: string | null; country?: string | null },
  lookup: GeoLookup,
): ResolvedPlace => ({
  name: place.name,
  key: normalizeWords(place.name),
  country: place.inseeCode ? "FR" : (place.country ?? null),
  commune: place.inseeCode ? resolveCommune(lookup, place.inseeCode) : null,
});

export const resolveWorkPlace = (place: WorkPlace | null | undefined, lookup: GeoLookup): ResolvedPlace | null =>
  place ? resolvePlaceLike(place.kind === "commune" ? { name: place.name, inseeCode: place.inseeCode } : { name: place.name, country: place.country }, lookup) : null;

/**
 * The participant side of the place criterion: the places the person would work in (career profile) and, when the
 * server knows it, the commune they live in, from which travel distances are measured.
 */
export type ParticipantGeo = { places: ResolvedPlace[]; home: ResolvedPlace | null };

export const participantGeoOf = (
  preferences: { places: readonly { name: string; inseeCode?: string | null }[] },
  lookup: GeoLookup,
  homeInseeCode?: string | null,
): ParticipantGeo => ({
  places: preferences.places.map((p) => resolvePlaceLike(p, lookup)),
  home: homeInseeCode ? resolvePlaceLike({ name: homeInseeCode, inseeCode: homeInseeCode }, lookup) : null,
});
