import { z } from "zod";
import { listOf, longText, requiredName, shortText, versionField } from "../shared/primitives";

/**
 * A program's register of partner mental health services (IPS principle 2, integration with mental health
 * treatment): the services the people are followed by, and their psychosocial referents (référent·e·s soin).
 */

/**
 * CMP (centre médico-psychologique), hospital ward, CATTP, day hospital, medico-social service (SAMSAH, SAVS),
 * association (GEM, club house...), private practice (psychiatrist, psychologist), other.
 */
export const serviceKinds = ["cmp", "hospital_ward", "cattp", "day_hospital", "medico_social", "association", "private_practice", "other"] as const;
export const serviceKindSchema = z.enum(serviceKinds);
export type ServiceKind = z.infer<typeof serviceKindSchema>;

/** Contact details are optional: "" when unknown (the columns are not null). */
const optionalPhone = z
  .string()
  .trim()
  .max(30)
  .refine((v) => v === "" || /^\+?[0-9 ().\-/]{6,30}$/.test(v), { message: "invalid_phone" });
const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === "" || z.email().safeParse(v).success, { message: "invalid_email" });

export const serviceReferentSchema = z.object({
  id: z.uuid(),
  serviceId: z.uuid(),
  name: z.string(),
  /** Nurse, psychiatrist, psychologist, social worker, case manager... in the service's own words. */
  profession: z.string(),
  phone: z.string(),
  email: z.string(),
  archived: z.boolean(),
});
export type ServiceReferent = z.infer<typeof serviceReferentSchema>;

export const serviceSchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  name: z.string(),
  kind: serviceKindSchema,
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  notes: z.string(),
  /** An archived service stays on the records that name it but is no longer offered in choices. */
  archived: z.boolean(),
  referents: z.array(serviceReferentSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Service = z.infer<typeof serviceSchema>;
export const serviceListSchema = listOf(serviceSchema);
export type ServiceList = z.infer<typeof serviceListSchema>;

const referentFields = {
  name: requiredName,
  profession: shortText(120).default(""),
  phone: optionalPhone.default(""),
  email: optionalEmail.default(""),
};

/** POST /api/services/:id/referents. */
export const createReferentInput = z.object(referentFields);
export type CreateReferentInput = z.input<typeof createReferentInput>;
export type CreateReferent = z.output<typeof createReferentInput>;

/** PATCH /api/services/:id/referents/:referentId: the fields sent replace the stored ones; `archived` retires them. */
export const updateReferentInput = z.object({
  name: requiredName.optional(),
  profession: shortText(120).optional(),
  phone: optionalPhone.optional(),
  email: optionalEmail.optional(),
  archived: z.boolean().optional(),
});
export type UpdateReferentInput = z.infer<typeof updateReferentInput>;

const serviceFields = {
  name: requiredName,
  kind: serviceKindSchema,
  address: shortText(300).default(""),
  phone: optionalPhone.default(""),
  email: optionalEmail.default(""),
  notes: longText(2_000).default(""),
};

/** POST /api/services. The referents may be given at once (a new partner often comes with its team). */
export const createServiceInput = z.object({
  programId: z.uuid().optional(),
  ...serviceFields,
  referents: z.array(createReferentInput).max(30).default([]),
});
export type CreateServiceInput = z.input<typeof createServiceInput>;
export type CreateService = z.output<typeof createServiceInput>;

/** PATCH /api/services/:id: the fields sent replace the stored ones; `version` is the one read (409 when stale). */
export const updateServiceInput = z.object({
  version: versionField,
  name: requiredName.optional(),
  kind: serviceKindSchema.optional(),
  address: shortText(300).optional(),
  phone: optionalPhone.optional(),
  email: optionalEmail.optional(),
  notes: longText(2_000).optional(),
  archived: z.boolean().optional(),
});
export type UpdateServiceInput = z.infer<typeof updateServiceInput>;

/** GET /api/services: the register of a program; archived services only on request (the register page). */
export const listServicesQuery = z.object({
  programId: z.uuid().optional(),
  includeArchived: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
});
export type ListServicesQuery = z.infer<typeof listServicesQuery>;

/** A participant's psychosocial referent, with what it takes to reach them. */
export const careReferentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  profession: z.string(),
  phone: z.string(),
  email: z.string(),
  serviceId: z.uuid(),
  serviceName: z.string(),
});
export type CareReferent = z.infer<typeof careReferentSchema>;

/** GET /api/participants/:id/care-services: the structured version of the free-text referral fields. */
export const careServicesSchema = z.object({
  referringService: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  referents: z.array(careReferentSchema),
  /** The participant's version (the PUT bumps it). */
  version: z.number().int(),
});
export type CareServices = z.infer<typeof careServicesSchema>;

export const MAX_REFERENTS_PER_PARTICIPANT = 10;

/**
 * PUT /api/participants/:id/care-services: the referring service and the whole list of referents (replaced).
 * `version` is the participant's.
 */
export const setCareServicesInput = z.object({
  version: versionField,
  referringServiceId: z.uuid().nullable(),
  referentIds: z.array(z.uuid()).max(MAX_REFERENTS_PER_PARTICIPANT),
});
export type SetCareServicesInput = z.infer<typeof setCareServicesInput>;
