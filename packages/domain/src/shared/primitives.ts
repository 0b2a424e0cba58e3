import { z } from "zod";

/** A calendar date as the user means it (no time zone): YYYY-MM-DD, validated as a real day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalid_date" })
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  }, { message: "invalid_date" });

export const uuid = z.uuid();

/** Free text typed by a person: trimmed, bounded so a paste cannot flood the database. */
export const shortText = (max = 200) => z.string().trim().max(max);
export const longText = (max = 10_000) => z.string().trim().max(max);

export const requiredName = z.string().trim().min(1, { message: "required" }).max(120);

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const versionField = z.number().int().min(1);
