import { z } from "zod";
import { shortText } from "../shared/primitives";

/** INSEE commune code: 5 characters, Corsica's departments written 2A / 2B (as in the career profile). */
export const inseeCodeSchema = z.string().regex(/^[0-9][0-9AB][0-9]{3}$/, { message: "invalid_insee_code" });

/** ISO 3166-1 alpha-2, upper case ("FR", "BE"). */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, { message: "invalid_country" });

/**
 * Where a job, an opening or an employer is. In France a commune (INSEE code), which the server's geography
 * (`@etalab/decoupage-administratif`) places in an intercommunality (EPCI) and a department; elsewhere
 * (Belgium first) a free-text town and its country. `name` is kept with the code so a list reads without a lookup.
 */
export const workPlaceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("commune"),
    inseeCode: inseeCodeSchema,
    name: shortText(120).min(1, { message: "required" }),
    postalCode: z.string().trim().max(10).nullish(),
  }),
  z.object({
    kind: z.literal("town"),
    name: shortText(120).min(1, { message: "required" }),
    country: countryCodeSchema,
    postalCode: z.string().trim().max(10).nullish(),
  }),
]);
export type WorkPlace = z.infer<typeof workPlaceSchema>;

/** Lower case, no accents, hyphens and apostrophes as spaces: "Saint-Étienne" and "saint etienne" are one town. */
export const normalizePlaceName = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** A French commune as the picker shows it: what GET /api/places/communes answers, from the server's geography. */
export const communeSummarySchema = z.object({
  inseeCode: z.string(),
  name: z.string(),
  postalCodes: z.array(z.string()),
  department: z.object({ code: z.string(), name: z.string() }),
  /** The intercommunality (EPCI, by its SIREN); null for the few communes outside any (islands). */
  epci: z.object({ code: z.string(), name: z.string() }).nullable(),
});
export type CommuneSummary = z.infer<typeof communeSummarySchema>;

/** GET /api/places/communes?q=: a name's beginning (accents ignored), a postal code or its first digits, or an INSEE code. */
export const communeSearchQuery = z.object({ q: z.string().trim().min(1).max(100) });
export const communeListSchema = z.object({ items: z.array(communeSummarySchema).max(20) });
export type CommuneList = z.infer<typeof communeListSchema>;
