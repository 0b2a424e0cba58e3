import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { jobs } from "./jobs";
import { participants } from "./participants";
import { programs } from "./programs";
import { users } from "./users";

/**
 * Benefits plans: a simulation saved to a participant's record with what the person decided. The inputs
 * (situation, scenarios) and the results computed by the server on that day are kept as JSON: a snapshot that
 * later parameter changes do not rewrite. `program_id` and `plan_date` serve the fidelity item "work incentives
 * planning" (people with a plan, by program and period).
 */
export const benefitPlans = pgTable(
  "benefit_plans",
  {
    id: uuid("id").primaryKey(),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    programId: uuid("program_id").notNull().references(() => programs.id),
    /** Whose rules computed it: FR today, BE next. */
    country: text("country").notNull(),
    planDate: date("plan_date", { mode: "string" }).notNull(),
    situation: jsonb("situation").notNull(),
    scenarios: jsonb("scenarios").notNull(),
    results: jsonb("results").notNull(),
    returnToWorkCumulation: boolean("return_to_work_cumulation").notNull(),
    decision: text("decision").notNull().default(""),
    /** The job the plan was made for (before a start or a change of hours or pay). */
    jobId: uuid("job_id").references(() => jobs.id, { onDelete: "set null" }),
    /** Topics covered in the session (benefits planning record): codes of the benefits contract. */
    topics: text("topics").array().notNull().default([]),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("benefit_plans_participant_idx").on(t.participantId, t.planDate, t.createdAt),
    index("benefit_plans_program_date_idx").on(t.programId, t.planDate),
  ],
);
