import { z } from "zod";
import { requiredName } from "../shared/primitives";
import { roleSchema } from "../access/roles";

export const countries = ["FR", "BE"] as const;
export const countrySchema = z.enum(countries);

export const programSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  country: countrySchema,
  createdAt: z.string(),
});
export type Program = z.infer<typeof programSchema>;

export const createProgramInput = z.object({ name: requiredName, country: countrySchema.default("FR") });

/** A clinician's membership names their partner service (`serviceId`): they see that service's people only. */
export const membershipSchema = z.object({ programId: z.uuid(), programName: z.string(), role: roleSchema, serviceId: z.uuid().nullable() });
export type Membership = z.infer<typeof membershipSchema>;

export const memberSchema = z.object({ userId: z.uuid(), name: z.string(), email: z.string(), role: roleSchema });
export type Member = z.infer<typeof memberSchema>;
