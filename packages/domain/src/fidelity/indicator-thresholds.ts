import { z } from "zod";

/**
 * The score cut-offs of the IPS-25 items the records can score (INDICATORS.md gives each rule). DOMAIN.md,
 * "Fidelity: the IPS-25 scale", is the source: a value it gives without "(unconfirmed)" is `confirmed` and fixed;
 * every other value (DOMAIN.md's unconfirmed ones, the ones taken from the IPS manual as we read it, and
 * Passerelle's own choices) is `unconfirmed`, names where it comes from, and may be adjusted by a program.
 *
 * A cut-off is the bound a value must reach for a score: `at_least` items (shares, contacts per week) score 5
 * when value >= score5, 4 when value >= score4, ... and 1 below score2; `at_most` items (caseload size, days)
 * score 5 when value <= score5, and so on. Values are compared as computed (20.4 people per full-time specialist
 * is above 20, so it scores 4), never rounded first.
 */
export const thresholdStatuses = ["confirmed", "unconfirmed"] as const;
export type ThresholdStatus = (typeof thresholdStatuses)[number];

export interface ThresholdValue {
  value: number;
  status: ThresholdStatus;
  /** Where the value comes from (DOMAIN.md, the IPS manual, Passerelle's choice, or the program). */
  source: string;
}

export const cutoffKeys = ["score5", "score4", "score3", "score2"] as const;
export type CutoffKey = (typeof cutoffKeys)[number];

export type ThresholdUnit = "people_per_fte" | "share" | "days" | "contacts_per_week";

export interface ItemThresholds {
  direction: "at_least" | "at_most";
  unit: ThresholdUnit;
  cutoffs: Record<CutoffKey, ThresholdValue>;
  /** The rule's other figures (windows in days, coverage share...), same confirmed/unconfirmed marking. */
  params: Record<string, ThresholdValue>;
}

/** The items with cut-offs: the computed ones, and S2 (partly computed: its cut-offs are shown, not applied). */
export const thresholdItemIds = ["S1", "S2", "S3", "O1", "Sv1", "Sv4", "Sv6", "Sv8", "Sv9", "Sv10", "Sv12", "Sv13"] as const;
export type ThresholdItemId = (typeof thresholdItemIds)[number];
export type FidelityThresholds = Record<ThresholdItemId, ItemThresholds>;

const DOMAIN = "DOMAIN.md, IPS-25 table";
const MANUAL = "IPS-25 manual anchors as Passerelle reads them (to be checked against the manual)";
const PASSERELLE = "Passerelle's choice (no anchor in DOMAIN.md)";
const WORKLIST = "Passerelle's worklist rule (worklist settings, RULES.md)";

const confirmed = (value: number): ThresholdValue => ({ value, status: "confirmed", source: DOMAIN });
const unconfirmed = (value: number, source: string): ThresholdValue => ({ value, status: "unconfirmed", source });
const cutoffs = (s5: ThresholdValue, s4: ThresholdValue, s3: ThresholdValue, s2: ThresholdValue): Record<CutoffKey, ThresholdValue> => ({
  score5: s5,
  score4: s4,
  score3: s3,
  score2: s2,
});

export const defaultFidelityThresholds: FidelityThresholds = {
  // <= 20 active people per full-time specialist (4: 21-25, 3: 26-30, 2: 31-40, 1: 41+).
  S1: { direction: "at_most", unit: "people_per_fte", cutoffs: cutoffs(confirmed(20), confirmed(25), confirmed(30), confirmed(40)), params: {} },
  // >= 96% of specialist time on employment services (4: 90-95, 3: 75-89, 2: 60-74, 1: < 60).
  S2: { direction: "at_least", unit: "share", cutoffs: cutoffs(confirmed(0.96), confirmed(0.9), confirmed(0.75), confirmed(0.6)), params: {} },
  // "The same specialist does every phase for a person": share of people served by their one specialist only.
  S3: {
    direction: "at_least",
    unit: "share",
    cutoffs: cutoffs(unconfirmed(0.95, PASSERELLE), unconfirmed(0.85, PASSERELLE), unconfirmed(0.7, PASSERELLE), unconfirmed(0.5, PASSERELLE)),
    params: {},
  },
  // Share of specialists attached to <= 2 referring services that supply >= 90% of their caseload.
  O1: {
    direction: "at_least",
    unit: "share",
    cutoffs: cutoffs(unconfirmed(1, PASSERELLE), unconfirmed(0.75, PASSERELLE), unconfirmed(0.5, PASSERELLE), unconfirmed(0.25, PASSERELLE)),
    params: { maxServices: confirmed(2), minCoverage: confirmed(0.9) },
  },
  // "Everyone offered benefits planning before a job starts": share of job starts with a plan before them.
  Sv1: {
    direction: "at_least",
    unit: "share",
    cutoffs: cutoffs(unconfirmed(0.95, PASSERELLE), unconfirmed(0.75, PASSERELLE), unconfirmed(0.5, PASSERELLE), unconfirmed(0.25, PASSERELLE)),
    params: { planValidDays: unconfirmed(90, WORKLIST) },
  },
  // First face-to-face employer contact within 30 days of entry on average (manual: 31-60, 61-150, 151-270, 271+).
  Sv4: {
    direction: "at_most",
    unit: "days",
    cutoffs: cutoffs(confirmed(30), unconfirmed(60, MANUAL), unconfirmed(150, MANUAL), unconfirmed(270, MANUAL)),
    params: {},
  },
  // >= 6 face-to-face employer contacts per specialist per week (manual: 5, 3-4, 2, < 2).
  Sv6: {
    direction: "at_least",
    unit: "contacts_per_week",
    cutoffs: cutoffs(confirmed(6), unconfirmed(5, MANUAL), unconfirmed(3, MANUAL), unconfirmed(2, MANUAL)),
    params: {},
  },
  // 85-100% of jobs of different types (unconfirmed; manual: 70-84, 50-69, 25-49, < 25).
  Sv8: {
    direction: "at_least",
    unit: "share",
    cutoffs: cutoffs(unconfirmed(0.85, DOMAIN), unconfirmed(0.7, MANUAL), unconfirmed(0.5, MANUAL), unconfirmed(0.25, MANUAL)),
    params: {},
  },
  // 85-100% of jobs with different employers (manual: 70-84, 50-69, 25-49, < 25).
  Sv9: {
    direction: "at_least",
    unit: "share",
    cutoffs: cutoffs(confirmed(0.85), unconfirmed(0.7, MANUAL), unconfirmed(0.5, MANUAL), unconfirmed(0.25, MANUAL)),
    params: {},
  },
  // >= 95% of jobs competitive (unconfirmed; manual: 80-94, 65-79, 50-64, < 50).
  Sv10: {
    direction: "at_least",
    unit: "share",
    cutoffs: cutoffs(unconfirmed(0.95, DOMAIN), unconfirmed(0.8, MANUAL), unconfirmed(0.65, MANUAL), unconfirmed(0.5, MANUAL)),
    params: {},
  },
  // Share of the follow-along checks met: in person soon after a start and after an end, then every month for a year.
  Sv12: {
    direction: "at_least",
    unit: "share",
    cutoffs: cutoffs(unconfirmed(0.9, PASSERELLE), unconfirmed(0.75, PASSERELLE), unconfirmed(0.5, PASSERELLE), unconfirmed(0.25, PASSERELLE)),
    params: {
      startContactDays: unconfirmed(7, WORKLIST),
      endContactDays: unconfirmed(3, WORKLIST),
      followAlongMonths: unconfirmed(12, `${DOMAIN} ("support for about a year")`),
    },
  },
  // >= 65% of specialist time in the community (manual: 50-64, 40-49, 30-39, < 30).
  Sv13: {
    direction: "at_least",
    unit: "share",
    cutoffs: cutoffs(confirmed(0.65), unconfirmed(0.5, MANUAL), unconfirmed(0.4, MANUAL), unconfirmed(0.3, MANUAL)),
    params: {},
  },
};

/** What a program may set: a bound's range by unit (a share is 0-1, days and people are whole-ish counts). */
const unitRange: Record<ThresholdUnit, { min: number; max: number }> = {
  people_per_fte: { min: 1, max: 500 },
  share: { min: 0, max: 1 },
  days: { min: 0, max: 730 },
  contacts_per_week: { min: 0, max: 100 },
};
const paramRange: Record<string, { min: number; max: number; int: boolean }> = {
  planValidDays: { min: 0, max: 365, int: true },
  startContactDays: { min: 0, max: 60, int: true },
  endContactDays: { min: 0, max: 60, int: true },
  followAlongMonths: { min: 1, max: 36, int: true },
  maxServices: { min: 1, max: 10, int: true },
  minCoverage: { min: 0, max: 1, int: false },
};

const itemOverrideSchema = (itemId: ThresholdItemId) => {
  const item = defaultFidelityThresholds[itemId];
  const { min, max } = unitRange[item.unit];
  const bound = z.number().min(min).max(max);
  const shape: Record<string, z.ZodOptional<z.ZodNumber>> = {};
  for (const key of cutoffKeys) shape[key] = bound.optional();
  for (const name of Object.keys(item.params)) {
    const range = paramRange[name] ?? { min: 0, max: 1000, int: false };
    const base = z.number().min(range.min).max(range.max);
    shape[name] = (range.int ? base.int() : base).optional();
  }
  return z.object(shape).strict();
};

/**
 * A program's overrides (`program_fidelity_settings.thresholds`): partial, keyed like the defaults, e.g.
 * `{ "Sv10": { "score5": 0.9 } }`. Only unconfirmed values may be changed (DOMAIN.md's confirmed ones are the
 * scale itself: "threshold_confirmed"), and the resolved cut-offs must keep their order, 5 strictest
 * ("thresholds_out_of_order").
 */
export const fidelityThresholdOverridesSchema = z
  .object(Object.fromEntries(thresholdItemIds.map((id) => [id, itemOverrideSchema(id).optional()])) as Record<ThresholdItemId, z.ZodOptional<ReturnType<typeof itemOverrideSchema>>>)
  .strict()
  .superRefine((overrides, ctx) => {
    for (const itemId of thresholdItemIds) {
      const given = overrides[itemId];
      if (!given) continue;
      const item = defaultFidelityThresholds[itemId];
      for (const [key, value] of Object.entries(given)) {
        if (value === undefined) continue;
        const current = (item.cutoffs as Record<string, ThresholdValue>)[key] ?? item.params[key];
        if (current?.status === "confirmed") ctx.addIssue({ code: "custom", path: [itemId, key], message: "threshold_confirmed" });
      }
      const bounds = cutoffKeys.map((key) => (given as Record<string, number | undefined>)[key] ?? item.cutoffs[key].value);
      for (let i = 1; i < bounds.length; i += 1) {
        const inOrder = item.direction === "at_least" ? bounds[i - 1]! >= bounds[i]! : bounds[i - 1]! <= bounds[i]!;
        if (!inOrder) ctx.addIssue({ code: "custom", path: [itemId, cutoffKeys[i]!], message: "thresholds_out_of_order" });
      }
    }
  });
export type FidelityThresholdOverrides = z.infer<typeof fidelityThresholdOverridesSchema>;

const PROGRAM = "set by the program";

/**
 * The thresholds a program works with: the defaults with its overrides applied. A value the program set keeps
 * the `unconfirmed` status (it is not the scale's) and names the program as its source. Keys that are not items
 * (the review band's setting shares the stored column) are left aside; stored overrides that no longer parse (a
 * key renamed since) are ignored rather than failing the indicators.
 */
export const resolveThresholds = (overrides: unknown): FidelityThresholds => {
  const stored = typeof overrides === "object" && overrides !== null && !Array.isArray(overrides) ? (overrides as Record<string, unknown>) : {};
  const items = Object.fromEntries(thresholdItemIds.filter((id) => stored[id] !== undefined).map((id) => [id, stored[id]]));
  const parsed = fidelityThresholdOverridesSchema.safeParse(items);
  const valid: FidelityThresholdOverrides = parsed.success ? parsed.data : {};
  const resolved = {} as FidelityThresholds;
  for (const itemId of thresholdItemIds) {
    const item = defaultFidelityThresholds[itemId];
    const given = (valid[itemId] ?? {}) as Record<string, number | undefined>;
    const apply = (current: ThresholdValue, key: string): ThresholdValue =>
      given[key] === undefined ? current : { value: given[key]!, status: "unconfirmed", source: PROGRAM };
    resolved[itemId] = {
      direction: item.direction,
      unit: item.unit,
      cutoffs: cutoffs(apply(item.cutoffs.score5, "score5"), apply(item.cutoffs.score4, "score4"), apply(item.cutoffs.score3, "score3"), apply(item.cutoffs.score2, "score2")),
      params: Object.fromEntries(Object.entries(item.params).map(([name, value]) => [name, apply(value, name)])),
    };
  }
  return resolved;
};

/**
 * The score a value meets, and whether an unconfirmed cut-off decided it: reaching score s reads the bounds of
 * 5 down to s (a 1 reads them all), so only those count as "used".
 */
export const scoreAgainst = (value: number, item: ItemThresholds): { score: 1 | 2 | 3 | 4 | 5; usesUnconfirmed: boolean } => {
  const meets = (bound: number) => (item.direction === "at_least" ? value >= bound : value <= bound);
  const scores = [5, 4, 3, 2] as const;
  let usesUnconfirmed = false;
  for (let i = 0; i < cutoffKeys.length; i += 1) {
    const cutoff = item.cutoffs[cutoffKeys[i]!];
    if (cutoff.status === "unconfirmed") usesUnconfirmed = true;
    if (meets(cutoff.value)) return { score: scores[i]!, usesUnconfirmed };
  }
  return { score: 1, usesUnconfirmed };
};

/** The cut-offs as rule parameters for the screen (`score5`, ... then the item's params by name). */
export const thresholdParams = (item: ItemThresholds): Record<string, number> => ({
  ...Object.fromEntries(cutoffKeys.map((key) => [key, item.cutoffs[key].value])),
  ...Object.fromEntries(Object.entries(item.params).map(([name, value]) => [name, value.value])),
});
