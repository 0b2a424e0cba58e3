import { sql } from "drizzle-orm";
import { bigint, date, index, integer, jsonb, pgSequence, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { participants } from "./participants";
import { programs } from "./programs";
import { users } from "./users";

/**
 * The person's time on the caseload: opened on the referral date (IPS Grow: accepted onto the caseload), closed on
 * the day the closure was recorded; a re-opened file starts a new episode. Outcomes count people per episode, so a
 * closure and a return are never read from the event log on every report. Kept by the participants module in the
 * transaction of the status change.
 */
export const caseloadEpisodes = pgTable(
  "caseload_episodes",
  {
    id: uuid("id").primaryKey(),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    programId: uuid("program_id").notNull().references(() => programs.id),
    openedOn: date("opened_on", { mode: "string" }).notNull(),
    closedOn: date("closed_on", { mode: "string" }),
    closureReason: text("closure_reason"),
  },
  (t) => [index("caseload_episodes_program_opened_idx").on(t.programId, t.openedOn), index("caseload_episodes_participant_idx").on(t.participantId, t.openedOn)],
);

/** Participant-reported outcomes: WHO-5 well-being and satisfaction, at entry then every 6 months. */
export const questionnaires = pgTable(
  "questionnaires",
  {
    id: uuid("id").primaryKey(),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    programId: uuid("program_id").notNull().references(() => programs.id),
    kind: text("kind").notNull(),
    answeredOn: date("answered_on", { mode: "string" }).notNull(),
    /** Item answers in the questionnaire's order (WHO-5: 0-5 each). */
    answers: jsonb("answers").notNull(),
    /** The questionnaire's score (WHO-5: 0-100), kept for summaries. */
    score: smallint("score").notNull(),
    /** Filled in by the person alone, or with the specialist. */
    mode: text("mode").notNull(),
    comment: text("comment").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("questionnaires_participant_idx").on(t.participantId, t.answeredOn), index("questionnaires_program_idx").on(t.programId, t.answeredOn)],
);

/** A fidelity self-assessment (IPS-25) of a program for a period: scores, evidence and the action plan. */
export const fidelityReviews = pgTable(
  "fidelity_reviews",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    scaleVersion: text("scale_version").notNull(),
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    reviewedOn: date("reviewed_on", { mode: "string" }).notNull(),
    /** Reviewers' names (a review is done by two, who may come from outside the team). */
    reviewers: jsonb("reviewers").notNull().default([]),
    /** Per item id: { score: 1-5 | null, evidence: string, suggestedScore: number | null }. */
    items: jsonb("items").notNull().default({}),
    /** Actions: { id, action, itemIds, owner, dueDate, done }. */
    actionPlan: jsonb("action_plan").notNull().default([]),
    status: text("status").notNull().default("draft"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("fidelity_reviews_program_idx").on(t.programId, t.periodTo)],
);

/** A program's own values for the thresholds DOMAIN.md marks unconfirmed (e.g. Sv10's 95%), with who set them. */
export const programFidelitySettings = pgTable("program_fidelity_settings", {
  programId: uuid("program_id")
    .primaryKey()
    .references(() => programs.id, { onDelete: "cascade" }),
  thresholds: jsonb("thresholds").notNull().default({}),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** Where the outcome data versions come from: a value is never given twice, so a version names one state of a program. */
export const outcomeDataVersionSeq = pgSequence("outcome_data_version_seq");

/**
 * Each program's outcome data version (ADR 0011): set to a new value of the sequence, in the writing transaction, by
 * statement-level triggers (migration 0013) on every write the trends read: a person's program or specialist, a
 * caseload episode, a job, an employer's setting, a program's country. The server keeps a program's trend counts
 * with the version they were computed at, and reads them again when it moved. No row: never kept.
 */
export const outcomeDataVersions = pgTable("outcome_data_versions", {
  programId: uuid("program_id")
    .primaryKey()
    .references(() => programs.id, { onDelete: "cascade" }),
  version: bigint("version", { mode: "bigint" })
    .notNull()
    .default(sql`nextval('outcome_data_version_seq')`),
});
