import { z } from "zod";
import { roleSchema } from "../access/roles";
import { countrySchema, membershipSchema } from "../programs/program.contract";

/** A role in a program; for a clinician, the partner service they belong to (another role gives none). */
export const membershipInputSchema = z.object({ programId: z.uuid(), role: roleSchema, serviceId: z.uuid().nullish() });
export type MembershipInput = z.infer<typeof membershipInputSchema>;
import { requiredName } from "../shared/primitives";

export const locales = ["fr", "en"] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

const email = z.string().trim().toLowerCase().pipe(z.email({ message: "invalid_email" })).pipe(z.string().max(254));
/** Long passphrases welcome; 10 characters minimum (ANSSI / CNIL guidance for password-only authentication). */
export const newPassword = z.string().min(10, { message: "password_too_short" }).max(200);

export const loginInput = z.object({ email: z.string().trim().toLowerCase().max(254), password: z.string().max(200) });

export const setupInput = z.object({
  programName: requiredName,
  country: countrySchema.default("FR"),
  adminName: requiredName,
  email,
  password: newPassword,
});

export const setupStatus = z.object({ needed: z.boolean() });

export const changePasswordInput = z.object({ currentPassword: z.string().max(200), newPassword });

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  locale: localeSchema,
  isAdmin: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

export const meSchema = z.object({ user: userSchema, memberships: z.array(membershipSchema) });
export type Me = z.infer<typeof meSchema>;

export const updateMeInput = z.object({ locale: localeSchema.optional(), name: requiredName.optional() });

export const createUserInput = z.object({
  email,
  name: requiredName,
  password: newPassword,
  isAdmin: z.boolean().default(false),
  memberships: z.array(membershipInputSchema).max(50).default([]),
});

export const userWithMembershipsSchema = userSchema.extend({ memberships: z.array(membershipSchema) });
export type UserWithMemberships = z.infer<typeof userWithMembershipsSchema>;

export const setMembershipsInput = z.object({
  memberships: z.array(membershipInputSchema).max(50),
});
