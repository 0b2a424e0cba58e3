import type { EventType, Role } from "@passerelle/domain";
import { auditLog, events } from "../db/schema/index";
import type { Clock } from "./clock";
import type { Executor } from "./db";
import { newId } from "./ids";

export type Actor = {
  userId: string;
  name: string;
  email: string;
  locale: "fr" | "en";
  isAdmin: boolean;
  memberships: { programId: string; programName: string; role: Role; serviceId: string | null }[];
  ip: string;
};

export type EventEntry = {
  type: EventType;
  actor: Actor | null;
  programId: string | null;
  participantId: string | null;
  data?: Record<string, unknown>;
};

/** Rows per INSERT when many events are appended at once (an import of thousands of employers). */
const EVENTS_PER_INSERT = 500;

/**
 * Appends domain events in the caller's transaction, in multi-row inserts: a change that concerns several people
 * (a contact for three people, a bulk reassignment, an import) costs one statement, not one per event.
 */
export const appendEvents = async (tx: Executor, clock: Clock, entries: readonly EventEntry[]): Promise<void> => {
  const at = clock.now();
  const rows = entries.map((entry) => ({
    id: newId(),
    type: entry.type,
    at,
    actorId: entry.actor?.userId ?? null,
    programId: entry.programId,
    participantId: entry.participantId,
    data: entry.data ?? {},
  }));
  for (let i = 0; i < rows.length; i += EVENTS_PER_INSERT) await tx.insert(events).values(rows.slice(i, i + EVENTS_PER_INSERT));
};

/** Appends a domain event in the caller's transaction: it becomes part of the participant's timeline. */
export const appendEvent = (tx: Executor, clock: Clock, entry: EventEntry): Promise<void> => appendEvents(tx, clock, [entry]);

export type AuditEntry = {
  actor: Actor | null;
  action: string;
  recordType: string;
  recordId?: string | null;
  programId?: string | null;
  participantId?: string | null;
  ip?: string | null;
};

export type AuditRow = typeof auditLog.$inferInsert & { at: Date };

/**
 * The audit_log row of an entry at `at`. A read that is one statement (the worklist's facts) inserts it in that
 * same statement rather than in a second one.
 */
export const auditRow = (entry: AuditEntry, at: Date): AuditRow => ({
  id: newId(),
  at,
  userId: entry.actor?.userId ?? null,
  action: entry.action,
  recordType: entry.recordType,
  recordId: entry.recordId ?? null,
  programId: entry.programId ?? null,
  participantId: entry.participantId ?? null,
  ip: entry.ip ?? entry.actor?.ip ?? null,
});

/**
 * Records who read or changed what, when and from where, in multi-row inserts: a read that names several people
 * (the minutes of a meeting) audits each of them in one statement. Never stores the content itself.
 */
export const recordAudits = async (tx: Executor, clock: Clock, entries: readonly AuditEntry[]): Promise<void> => {
  const at = clock.now();
  const rows = entries.map((entry) => auditRow(entry, at));
  for (let i = 0; i < rows.length; i += EVENTS_PER_INSERT) await tx.insert(auditLog).values(rows.slice(i, i + EVENTS_PER_INSERT));
};

/** Records who read or changed what, when and from where. Never stores the content itself. */
export const recordAudit = (tx: Executor, clock: Clock, entry: AuditEntry): Promise<void> => recordAudits(tx, clock, [entry]);
