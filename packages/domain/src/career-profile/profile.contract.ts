import { z } from "zod";
import { isoDate, longText, shortText } from "../shared/primitives";

const optionalText = (max = 2000) => longText(max).default("");

export const disclosurePreferences = ["undecided", "full", "partial", "none"] as const;
export const rqthStatuses = ["unknown", "none", "pending", "granted", "expired"] as const;
export const scheduleOptions = ["weekday_daytime", "mornings", "afternoons", "evenings", "weekends", "nights", "flexible"] as const;
export const benefitKinds = ["aah", "prime_activite", "rsa", "pension_invalidite", "chomage", "ass", "apl", "other"] as const;

export const jobHistoryEntrySchema = z.object({
  title: shortText().min(1, { message: "required" }),
  employer: shortText().default(""),
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
  duties: optionalText(),
  wentWell: optionalText(),
  whyEnded: optionalText(),
});

export const educationEntrySchema = z.object({
  title: shortText().min(1, { message: "required" }),
  institution: shortText().default(""),
  year: z.number().int().min(1900).max(2100).nullish(),
  completed: z.boolean().default(true),
});

/** A place the person would work in: a French commune (INSEE code) where known, else a free-text town. */
export const placeSchema = z.object({
  name: shortText(120).min(1, { message: "required" }),
  inseeCode: z.string().regex(/^[0-9][0-9AB][0-9]{3}$/, { message: "invalid_insee_code" }).nullish(),
  postalCode: z.string().max(10).nullish(),
});

export const careerProfileDataSchema = z.object({
  workGoal: z.object({ dreamJob: optionalText(500), shortTermGoal: optionalText(500) }).default({ dreamJob: "", shortTermGoal: "" }),
  education: z.array(educationEntrySchema).max(50).default([]),
  certificates: z.array(shortText().min(1)).max(50).default([]),
  jobHistory: z.array(jobHistoryEntrySchema).max(100).default([]),
  strengths: optionalText(),
  interests: optionalText(),
  preferences: z
    .object({
      jobTypes: z.array(shortText(120).min(1)).max(30).default([]),
      hoursPerWeekMin: z.number().int().min(0).max(60).nullish(),
      hoursPerWeekMax: z.number().int().min(0).max(60).nullish(),
      schedule: z.array(z.enum(scheduleOptions)).max(scheduleOptions.length).default([]),
      places: z.array(placeSchema).max(30).default([]),
      maxTravelMinutes: z.number().int().min(0).max(300).nullish(),
      maxTravelKm: z.number().int().min(0).max(500).nullish(),
      environment: optionalText(1000),
    })
    .refine((p) => p.hoursPerWeekMin == null || p.hoursPerWeekMax == null || p.hoursPerWeekMin <= p.hoursPerWeekMax, {
      message: "hours_min_above_max",
      path: ["hoursPerWeekMax"],
    })
    .default({ jobTypes: [], schedule: [], places: [], environment: "" }),
  whatHelps: optionalText(),
  disclosure: z
    .object({ preference: z.enum(disclosurePreferences).default("undecided"), notes: optionalText(1000) })
    .default({ preference: "undecided", notes: "" }),
  benefits: z
    .object({ current: z.array(z.enum(benefitKinds)).max(benefitKinds.length).default([]), notes: optionalText(1000) })
    .default({ current: [], notes: "" }),
  rqth: z
    .object({ status: z.enum(rqthStatuses).default("unknown"), expiresOn: isoDate.nullish() })
    .default({ status: "unknown" }),
  /** Only if the person wants it written down (DOMAIN.md): never asked for, never required. */
  legalHistory: optionalText(1000),
});
export type CareerProfileData = z.infer<typeof careerProfileDataSchema>;

export const careerProfileSchema = z.object({
  participantId: z.uuid(),
  version: z.number().int(),
  data: careerProfileDataSchema,
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
});
export type CareerProfile = z.infer<typeof careerProfileSchema>;

/** `version` is the one the editor read (0 when there was no profile yet): a stale one is refused with 409. */
export const saveCareerProfileInput = z.object({ version: z.number().int().min(0), data: careerProfileDataSchema });

export const careerProfileVersionSchema = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  savedBy: z.string().nullable(),
  data: careerProfileDataSchema,
});
export const careerProfileHistorySchema = z.object({ items: z.array(careerProfileVersionSchema) });

export const emptyCareerProfile = (): CareerProfileData => careerProfileDataSchema.parse({});
