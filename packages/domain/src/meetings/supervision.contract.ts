import { z } from "zod";
import { isoDate, listOf, longText, versionField } from "../shared/primitives";

/**
 * Supervision recorded by the team lead: weekly group supervision (client-centred, reviewing people's progress)
 * and field mentoring (the team lead alongside a specialist with an employer or a person). These feed the fidelity
 * items on the vocational unit and the supervisor's role (IPS-25 O5 and O6).
 */
export const supervisionKinds = ["group_supervision", "field_mentoring"] as const;
export const supervisionKindSchema = z.enum(supervisionKinds);
export type SupervisionKind = z.infer<typeof supervisionKindSchema>;

export const supervisionSessionSchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  kind: supervisionKindSchema,
  date: isoDate,
  durationMinutes: z.number().int(),
  leaderId: z.uuid().nullable(),
  leaderName: z.string().nullable(),
  attendees: z.array(z.object({ id: z.uuid(), name: z.string() })),
  topics: z.string(),
  notes: z.string(),
  version: z.number().int(),
});
export type SupervisionSession = z.infer<typeof supervisionSessionSchema>;
export const supervisionSessionListSchema = listOf(supervisionSessionSchema);

export const listSupervisionQuery = z.object({
  programId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

const duration = z.number().int().min(5).max(600);

export const createSupervisionInput = z.object({
  programId: z.uuid().optional(),
  kind: supervisionKindSchema,
  date: isoDate,
  durationMinutes: duration.default(60),
  /** Program members who took part (the leader is the author). */
  attendeeIds: z.array(z.uuid()).max(50).default([]),
  topics: longText(2_000).default(""),
  notes: longText(10_000).default(""),
});
export type CreateSupervisionInput = z.infer<typeof createSupervisionInput>;

export const updateSupervisionInput = z.object({
  version: versionField,
  kind: supervisionKindSchema.optional(),
  date: isoDate.optional(),
  durationMinutes: duration.optional(),
  attendeeIds: z.array(z.uuid()).max(50).optional(),
  topics: longText(2_000).optional(),
  notes: longText(10_000).optional(),
});
export type UpdateSupervisionInput = z.infer<typeof updateSupervisionInput>;

