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
  memberships: { programId: string; programName: string; role: Role }[];
  ip: string;
};

/** Appends a domain event in the caller's transaction: it becomes part of the participant's timeline. */
export const appendEvent = async (
  tx: Executor,
  clock: Clock,
  entry: { type: EventType; actor: Actor | null; programId: string | null; participantId: string | null; data?: Record<string, unknown> },
): Promise<void> => {
  await tx.insert(events).values({
    id: newId(),
    type: entry.type,
    at: clock.now(),
    actorId: entry.actor?.userId ?? null,
    programId: entry.programId,
    participantId: entry.participantId,
    data: entry.data ?? {},
  });
};

/** Records who read or changed what, when and from where. Never stores the content itself. */
export const recordAudit = async (
  tx: Executor,
  clock: Clock,
  entry: {
    actor: Actor | null;
    action: string;
    recordType: string;
    recordId?: string | null;
    programId?: string | null;
    participantId?: string | null;
    ip?: string | null;
  },
): Promise<void> => {
  await tx.insert(auditLog).values({
    id: newId(),
    at: clock.now(),
    userId: entry.actor?.userId ?? null,
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId ?? null,
    programId: entry.programId ?? null,
    participantId: entry.participantId ?? null,
    ip: entry.ip ?? entry.actor?.ip ?? null,
  });
};
