import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { employers } from "./employers";
import { participants } from "./participants";
import { programs } from "./programs";
import { users } from "./users";

/** A worklist item set aside for one person (or employer) until a date, with a reason. */
export const worklistSnoozes = pgTable(
  "worklist_snoozes",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    rule: text("rule").notNull(),
    participantId: uuid("participant_id").references(() => participants.id, { onDelete: "cascade" }),
    employerId: uuid("employer_id").references(() => employers.id, { onDelete: "cascade" }),
    /** No foreign key: a snooze without job covers every job of the rule, one with a job outlives nothing. */
    jobId: uuid("job_id"),
    until: date("until", { mode: "string" }).notNull(),
    reason: text("reason").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("worklist_snoozes_program_until_idx").on(t.programId, t.until)],
);

/** The thresholds of the IPS timing rules, per program; no row = the defaults. */
export const programWorklistSettings = pgTable("program_worklist_settings", {
  programId: uuid("program_id").primaryKey().references(() => programs.id),
  settings: jsonb("settings").notNull(),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});
