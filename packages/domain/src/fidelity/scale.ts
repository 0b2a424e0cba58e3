import { z } from "zod";
import { fidelityItemIdSchema, fidelityItemIds, fidelitySections, type FidelityItemId, type FidelitySection } from "./indicator.contract";
import { ips25Scale } from "./scale-ips25";

/**
 * The IPS-25 fidelity scale as versioned data (items, sections, what each score means where the sources say it,
 * the values DOMAIN.md marks unconfirmed) and the scoring of a review. A review records the version it was scored
 * against, so a later edition of the scale never silently re-reads an old review.
 */
export const localizedTextSchema = z.object({ fr: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const fidelitySourceSchema = z.object({
  id: z.string(),
  citation: z.string(),
  /** A stable reference (DOI) when the source has one; never a guessed address. */
  doi: z.string().nullable(),
});
export type FidelitySource = z.infer<typeof fidelitySourceSchema>;

/** What a score means; null where neither DOMAIN.md nor the sources give the anchor (never invented). */
export const scoreAnchorsSchema = z.object({
  "1": localizedTextSchema.nullable(),
  "2": localizedTextSchema.nullable(),
  "3": localizedTextSchema.nullable(),
  "4": localizedTextSchema.nullable(),
  "5": localizedTextSchema.nullable(),
});
export type ScoreAnchors = z.infer<typeof scoreAnchorsSchema>;

/** A value of the scale DOMAIN.md marks unconfirmed; `settingKey` names the program setting that adjusts it, if any. */
export const unconfirmedValueSchema = z.object({
  key: z.string(),
  label: localizedTextSchema,
  /** The default value (a share 0-1, a count or a score), null when the unconfirmed part is a practice, not a number. */
  value: z.number().nullable(),
  settingKey: z.string().nullable(),
  /** Where the value comes from, for the screen ("d'où elle vient"). */
  origin: localizedTextSchema,
  sourceIds: z.array(z.string()),
});
export type UnconfirmedValue = z.infer<typeof unconfirmedValueSchema>;

export const fidelityScaleItemSchema = z.object({
  id: fidelityItemIdSchema,
  section: z.enum(fidelitySections),
  title: localizedTextSchema,
  description: localizedTextSchema,
  anchors: scoreAnchorsSchema,
  /** How much the records can tell (DOMAIN.md): a computed indicator, partial evidence, or the reviewers alone. */
  computability: z.enum(["computed", "partial", "reviewer"]),
  unconfirmed: z.array(unconfirmedValueSchema),
  sourceIds: z.array(z.string()),
});
export type FidelityScaleItem = z.infer<typeof fidelityScaleItemSchema>;

export const fidelityBands = ["exemplary", "good", "fair", "not_ips"] as const;
export const fidelityBandSchema = z.enum(fidelityBands);
export type FidelityBand = z.infer<typeof fidelityBandSchema>;

/** A band's range of totals; `from` of the exemplary band is the program's (unconfirmed) value. */
export const fidelityBandRangeSchema = z.object({ band: fidelityBandSchema, from: z.number().int(), to: z.number().int(), unconfirmed: z.boolean() });
export type FidelityBandRange = z.infer<typeof fidelityBandRangeSchema>;

export const fidelityScaleSchema = z.object({
  version: z.string(),
  name: z.string(),
  maxScore: z.number().int(),
  sections: z.array(z.object({ id: z.enum(fidelitySections), title: localizedTextSchema, itemIds: z.array(fidelityItemIdSchema) })),
  items: z.array(fidelityScaleItemSchema),
  bands: z.array(fidelityBandRangeSchema),
  bandsUnconfirmed: z.array(unconfirmedValueSchema),
  sources: z.array(fidelitySourceSchema),
});
export type FidelityScale = z.infer<typeof fidelityScaleSchema>;

export const currentFidelityScaleVersion = ips25Scale.version;
export const fidelityScales: Readonly<Record<string, FidelityScale>> = { [ips25Scale.version]: ips25Scale };
export const fidelityScaleVersions = Object.keys(fidelityScales);

export const fidelityScaleFor = (version: string): FidelityScale | undefined => fidelityScales[version];
export const currentFidelityScale = (): FidelityScale => ips25Scale;

/** Default lower bound of the exemplary band (DOMAIN.md: "115-125 exemplary (unconfirmed range)"). */
export const defaultExemplaryFrom = 115;
const goodFrom = 100;
const fairFrom = 74;

/** The bands with the program's exemplary lower bound (which may not go under the good band's). */
export const fidelityBandRanges = (exemplaryFrom: number = defaultExemplaryFrom): FidelityBandRange[] => [
  { band: "exemplary", from: exemplaryFrom, to: 125, unconfirmed: true },
  { band: "good", from: goodFrom, to: exemplaryFrom - 1, unconfirmed: false },
  { band: "fair", from: fairFrom, to: goodFrom - 1, unconfirmed: false },
  { band: "not_ips", from: 25, to: fairFrom - 1, unconfirmed: false },
];

export const fidelityBandFor = (total: number, exemplaryFrom: number = defaultExemplaryFrom): FidelityBand => {
  if (total >= exemplaryFrom) return "exemplary";
  if (total >= goodFrom) return "good";
  if (total >= fairFrom) return "fair";
  return "not_ips";
};

export const sectionOf = (itemId: FidelityItemId): FidelitySection =>
  itemId.startsWith("Sv") ? "services" : itemId.startsWith("O") ? "organization" : "staffing";

/** A scored item as a review holds it; anything but an integer 1-5 counts as not scored. */
export type ScoredItems = Partial<Record<FidelityItemId, { score?: number | null } | null | undefined>>;

const validScore = (value: unknown): number | null =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;

export const sectionScoreSchema = z.object({
  section: z.enum(fidelitySections),
  sum: z.number().int(),
  max: z.number().int(),
  scored: z.number().int(),
  missing: z.number().int(),
});
export type SectionScore = z.infer<typeof sectionScoreSchema>;

export const reviewScoreSchema = z.object({
  /** The total out of 125, only when all 25 items are scored. */
  total: z.number().int().nullable(),
  /** The sum of the items scored so far (equals total when complete). */
  partialSum: z.number().int(),
  scored: z.number().int(),
  missing: z.number().int(),
  missingItemIds: z.array(fidelityItemIdSchema),
  sections: z.array(sectionScoreSchema),
  /** The band of the total; null until every item is scored (a partial sum says nothing of the band). */
  band: fidelityBandSchema.nullable(),
});
export type ReviewScore = z.infer<typeof reviewScoreSchema>;

export const scoreReview = (items: ScoredItems, options: { exemplaryFrom?: number } = {}): ReviewScore => {
  const missingItemIds: FidelityItemId[] = [];
  const sections = fidelitySections.map((section) => ({ section, sum: 0, max: 0, scored: 0, missing: 0 }));
  let partialSum = 0;
  for (const itemId of fidelityItemIds) {
    const entry = sections.find((s) => s.section === sectionOf(itemId))!;
    entry.max += 5;
    const score = validScore(items[itemId]?.score);
    if (score === null) {
      entry.missing += 1;
      missingItemIds.push(itemId);
      continue;
    }
    entry.sum += score;
    entry.scored += 1;
    partialSum += score;
  }
  const complete = missingItemIds.length === 0;
  return {
    total: complete ? partialSum : null,
    partialSum,
    scored: fidelityItemIds.length - missingItemIds.length,
    missing: missingItemIds.length,
    missingItemIds,
    sections,
    band: complete ? fidelityBandFor(partialSum, options.exemplaryFrom) : null,
  };
};
