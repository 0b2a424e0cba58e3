import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Domain events, appended in the transaction of the change: the participant's timeline. */
export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id"),
    participantId: uuid("participant_id"),
    actorId: uuid("actor_id"),
    type: text("type").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    data: jsonb("data").notNull().default({}),
  },
  (t) => [index("events_participant_at_idx").on(t.participantId, t.at)],
);

/** Every read and write of a participant's record, and every security-relevant action: who, when, what, from where. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    userId: uuid("user_id"),
    programId: uuid("program_id"),
    participantId: uuid("participant_id"),
    action: text("action").notNull(),
    recordType: text("record_type").notNull(),
    recordId: text("record_id"),
    ip: text("ip"),
  },
  (t) => [index("audit_participant_at_idx").on(t.participantId, t.at)],
);
