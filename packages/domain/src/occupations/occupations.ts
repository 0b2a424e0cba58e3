import { z } from "zod";
import romeData from "./data/rome-domains.json";

/**
 * The occupation classification shipped with the app: ROME grands domaines (A..N) and domaines professionnels
 * (letter + 2 digits). Records store the code only, so the labels can be corrected without touching data.
 * Provenance and what was checked: data/README.md.
 */

export type OccupationDomain = { code: string; labelFr: string; labelEn: string };
export type OccupationFamily = OccupationDomain & { grandDomaine: OccupationDomain };

export const romeGrandsDomaines: readonly OccupationDomain[] = romeData.grandsDomaines;
export const romeDomaines: readonly OccupationDomain[] = romeData.domaines;
export const romeProvenance = romeData.provenance;

const grandByCode = new Map(romeGrandsDomaines.map((g) => [g.code, g]));
const familyByCode = new Map<string, OccupationFamily>(
  romeDomaines.map((d) => {
    const grandDomaine = grandByCode.get(d.code.charAt(0));
    if (!grandDomaine) throw new Error(`ROME domaine without grand domaine: ${d.code}`);
    return [d.code, { ...d, grandDomaine }];
  }),
);

/** A domaine professionnel code, e.g. `G18`. Only codes of the shipped list are accepted. */
export const occupationCodeSchema = z
  .string()
  .regex(/^[A-N][0-9]{2}$/, { message: "invalid_occupation_code" })
  .refine((code) => familyByCode.has(code), { message: "unknown_occupation_code" });
export type OccupationCode = z.infer<typeof occupationCodeSchema>;

/** A filter on occupations: a domaine professionnel (`G18`) or a whole grand domaine (`G`). */
export const occupationFilterSchema = z
  .string()
  .regex(/^[A-N]([0-9]{2})?$/, { message: "invalid_occupation_code" })
  .refine((code) => grandByCode.has(code) || familyByCode.has(code), { message: "unknown_occupation_code" });

export const occupationFamilyOf = (code: string | null | undefined): OccupationFamily | null =>
  (code && familyByCode.get(code)) || null;

export const grandDomaineOf = (code: string | null | undefined): OccupationDomain | null =>
  (code && grandByCode.get(code.charAt(0))) || null;

/** Does `code` fall under `filter` (the same domaine, or a domaine of the filtered grand domaine)? */
export const occupationMatchesFilter = (code: string | null | undefined, filter: string): boolean =>
  !!code && (filter.length === 1 ? code.charAt(0) === filter : code === filter);

/** The label to show for a code in the user's language; the code itself when unknown (old data stays readable). */
export const occupationLabel = (code: string, locale: "fr" | "en"): string => {
  const found = familyByCode.get(code) ?? grandByCode.get(code);
  if (!found) return code;
  return locale === "fr" ? found.labelFr : found.labelEn;
};

/** The list for a picker: grands domaines with their domaines, in code order. */
export const occupationTree = (): { grandDomaine: OccupationDomain; domaines: OccupationDomain[] }[] =>
  romeGrandsDomaines.map((grandDomaine) => ({
    grandDomaine,
    domaines: romeDomaines.filter((d) => d.code.charAt(0) === grandDomaine.code),
  }));
