import { z } from "zod";

export const auditEntrySchema = z.object({
  id: z.uuid(),
  at: z.string(),
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string().nullable(),
  participantId: z.uuid().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuery = z.object({
  participantId: z.uuid(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export const auditListSchema = z.object({ items: z.array(auditEntrySchema), total: z.number().int() });
