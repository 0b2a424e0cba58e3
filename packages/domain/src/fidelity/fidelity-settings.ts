import { z } from "zod";
import { fidelityThresholdOverridesSchema } from "./indicator-thresholds";
import { defaultExemplaryFrom } from "./scale";

/**
 * A program's values for what the scale leaves unconfirmed, stored in program_fidelity_settings.thresholds:
 * the indicator cut-off overrides of indicator-thresholds.ts (`{ "Sv10": { "score5": 0.9 } }`) and, under
 * `band`, the exemplary band's lower bound (`{ "band": { "exemplaryFrom": 112 } }`). The indicators must read
 * the overrides through `indicatorOverridesOf` (their schema is strict and would refuse the `band` key).
 */
export const exemplaryFromRange = { min: 100, max: 125 } as const;

const bandSettingsSchema = z
  .object({ exemplaryFrom: z.number().int().min(exemplaryFromRange.min).max(exemplaryFromRange.max).optional() })
  .strict();

export type FidelitySettingsProblem = { path: string; message: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The stored value without the band: what resolveThresholds reads. */
export const indicatorOverridesOf = (stored: unknown): Record<string, unknown> => {
  if (!isObject(stored)) return {};
  const { band: _band, ...overrides } = stored;
  return overrides;
};

/** The program's exemplary lower bound, or the scale's 115 when unset or unreadable. */
export const exemplaryFromOf = (stored: unknown): number => {
  if (!isObject(stored)) return defaultExemplaryFrom;
  const parsed = bandSettingsSchema.safeParse(stored.band ?? {});
  return parsed.success ? (parsed.data.exemplaryFrom ?? defaultExemplaryFrom) : defaultExemplaryFrom;
};

/** Zod's issue codes as the keys of the translated messages (the custom ones of the thresholds keep their own). */
const messageOf = (issue: z.core.$ZodIssue): string => {
  if (issue.code === "custom") return `fidelity_${issue.message}`;
  if (issue.code === "unrecognized_keys") return "fidelity_unknown_threshold";
  return "fidelity_threshold_out_of_range";
};

const pathOf = (prefix: string[], issue: z.core.$ZodIssue): string => {
  const base = [...prefix, ...issue.path.map(String)];
  // An unknown key is named, so the screen (and the 422) says which one.
  if (issue.code === "unrecognized_keys") return [...base, issue.keys[0] ?? ""].join(".");
  return base.join(".");
};

/** Checks a program's settings: keys known, values in range, cut-offs in order, confirmed values untouched. */
export const checkFidelitySettings = (thresholds: Record<string, unknown>): FidelitySettingsProblem[] => {
  const problems: FidelitySettingsProblem[] = [];
  const overrides = indicatorOverridesOf(thresholds);
  const parsed = fidelityThresholdOverridesSchema.safeParse(overrides);
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => ({ path: pathOf(["thresholds"], issue), message: messageOf(issue) })));
  if (thresholds.band !== undefined) {
    const band = bandSettingsSchema.safeParse(thresholds.band);
    if (!band.success) problems.push(...band.error.issues.map((issue) => ({ path: pathOf(["thresholds", "band"], issue), message: messageOf(issue) })));
  }
  return problems;
};

const storedThresholdsSchema = z.record(z.string(), z.record(z.string(), z.number()));

export const fidelitySettingsSchema = z.object({
  programId: z.uuid(),
  /** As stored (overrides only, the defaults are in the domain); {} while the program has set nothing. */
  thresholds: storedThresholdsSchema,
  exemplaryFrom: z.number().int(),
  /** 0 while nothing is stored: the first save sends 0. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type FidelitySettings = z.infer<typeof fidelitySettingsSchema>;

export const updateFidelitySettingsInput = z.object({
  version: z.number().int().min(0),
  /** Checked by checkFidelitySettings (422 naming the key) rather than by the body schema (400). */
  thresholds: z.record(z.string(), z.unknown()),
});
export type UpdateFidelitySettingsInput = z.infer<typeof updateFidelitySettingsInput>;

/** A stored value read back for the screen: the numbers only (anything else was never accepted). */
export const storedThresholdsOf = (stored: unknown): FidelitySettings["thresholds"] => {
  const parsed = storedThresholdsSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
};
