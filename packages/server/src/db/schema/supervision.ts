import { date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { programs } from "./programs";
import { users } from "./users";

/** Weekly group supervision and field mentoring sessions led by the team lead (fidelity: unit and supervisor items). */
export const supervisionSessions = pgTable(
  "supervision_sessions",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    kind: text("kind").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    durationMinutes: integer("duration_minutes").notNull().default(60),
    leaderId: uuid("leader_id").references(() => users.id),
    attendeeIds: uuid("attendee_ids").array().notNull().default([]),
    topics: text("topics").notNull().default(""),
    notes: text("notes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("supervision_sessions_program_date_idx").on(t.programId, t.date)],
);
