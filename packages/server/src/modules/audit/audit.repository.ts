import { count, desc, eq } from "drizzle-orm";
import type { AuditEntry } from "@passerelle/domain";
import { auditLog, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export const participantAccessHistory = async (db: Executor, participantId: string, limit: number, offset: number): Promise<{ items: AuditEntry[]; total: number }> => {
  const where = eq(auditLog.participantId, participantId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ a: auditLog, userName: users.name })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return {
    total,
    items: rows.map(({ a, userName }) => ({
      id: a.id,
      at: a.at.toISOString(),
      userId: a.userId,
      userName,
      action: a.action,
      recordType: a.recordType,
      recordId: a.recordId,
      participantId: a.participantId,
      ip: a.ip,
    })),
  };
};
