import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, real, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { jobs } from "./jobs";
import { participants } from "./participants";
import { programs } from "./programs";
import { users } from "./users";

/*
 * The practice tools of the IMPE manual (issue 7): records the person and the specialist fill in together.
 * Each person-level record carries `shared_with_care_team`: a clinician (with the person's care-team consent)
 * reads only the records marked shared. The tools' structured content lives in jsonb validated by the domain's
 * zod contracts: the manual's forms change with practice, and no report reads inside them.
 */

/** "Ma semaine" (chapter 2): each save is a new version, so the week before and after a job start stay side by side. */
export const routines = pgTable(
  "routines",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    /** The version's name, e.g. "Avant la reprise", "Avec l'emploi chez Bioforce". */
    label: text("label").notNull(),
    /** The day this week starts to apply. */
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    /** The job this week is built around (a version made for a job start). */
    jobId: uuid("job_id").references(() => jobs.id, { onDelete: "set null" }),
    /** First and last hour of the grid (manual: 9h to 22h). */
    firstHour: smallint("first_hour").notNull().default(9),
    lastHour: smallint("last_hour").notNull().default(22),
    /** Activities placed on the grid ({ day, start, end, category, label }[]). */
    activities: jsonb("activities").notNull().default([]),
    /** The manual's 13 building questions, answered in the person's words (question key -> answer). */
    answers: jsonb("answers").notNull().default({}),
    sharedWithCareTeam: boolean("shared_with_care_team").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("routines_participant_idx").on(t.participantId, t.validFrom)],
);

/** "Mes objectifs" (chapter 2): SMART goals with small steps, progress and what was learned. */
export const goals = pgTable(
  "goals",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    goal: text("goal").notNull(),
    /** What makes it specific, measurable, action-oriented, realistic and timely ({ specific, measurable, ... }). */
    smart: jsonb("smart").notNull().default({}),
    /** Small steps ({ id, label, done, doneOn }[]). */
    steps: jsonb("steps").notNull().default([]),
    dueOn: date("due_on", { mode: "string" }),
    reviewOn: date("review_on", { mode: "string" }),
    status: text("status").notNull(),
    /** Progress reviews, oldest first ({ on, progress, learned, smallestChange }[]). */
    reviews: jsonb("reviews").notNull().default([]),
    sharedWithCareTeam: boolean("shared_with_care_team").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("goals_participant_idx").on(t.participantId, t.createdAt)],
);

/** Solution-focused conversations (chapter 3): the miracle question, scales, resources, the next small step. */
export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    /** The guided note's answers, in the person's own words (see the domain contract). */
    content: jsonb("content").notNull().default({}),
    sharedWithCareTeam: boolean("shared_with_care_team").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conversations_participant_idx").on(t.participantId, t.heldOn)],
);

/** Social Skills Training plans (chapter 5, the 7 steps). Measures are rows of their own (`sst_measures`). */
export const sstPlans = pgTable(
  "sst_plans",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    situation: text("situation").notNull(),
    /** One of the manual's five domains (peer relations, self-control, methodology, compliance, assertion). */
    domain: text("domain").notNull(),
    targetBehaviour: text("target_behaviour").notNull(),
    /** How the behaviour is measured (what is counted or rated, and the unit). */
    measureDefinition: text("measure_definition").notNull(),
    /** The plan's details: techniques, intervention start, dated adjustments, generalisation, fading, worksheet. */
    content: jsonb("content").notNull().default({}),
    status: text("status").notNull(),
    sharedWithCareTeam: boolean("shared_with_care_team").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("sst_plans_participant_idx").on(t.participantId, t.createdAt)],
);

/** One observation of the target behaviour: a date, a value, who observed it. */
export const sstMeasures = pgTable(
  "sst_measures",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id").notNull().references(() => sstPlans.id, { onDelete: "cascade" }),
    measuredOn: date("measured_on", { mode: "string" }).notNull(),
    value: real("value").notNull(),
    /** self, specialist, employer, family, other. */
    observer: text("observer").notNull(),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sst_measures_plan_idx").on(t.planId, t.measuredOn)],
);

/** "Mon réseau de soutien" (chapter 6): each save is a snapshot, compared side by side over time. */
export const networkMaps = pgTable(
  "network_maps",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    drawnOn: date("drawn_on", { mode: "string" }).notNull(),
    /** The people and organisations around the person ({ id, name, kind, supports, closeness, effect }[]). */
    members: jsonb("members").notNull().default([]),
    comment: text("comment").notNull().default(""),
    sharedWithCareTeam: boolean("shared_with_care_team").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("network_maps_participant_idx").on(t.participantId, t.drawnOn)],
);

/** A "Rêve / Réaliste / Critique" group session (chapter 4), led by a team member. */
export const brainstorms = pgTable(
  "brainstorms",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    leaderId: uuid("leader_id").notNull().references(() => users.id),
    topic: text("topic").notNull(),
    /** The short code phones join with; unique among open sessions, useless once the session ends. */
    joinCode: text("join_code").notNull(),
    /** open, ended. */
    status: text("status").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** A session left open expires: its code stops working even if the leader never ends it. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [index("brainstorms_program_idx").on(t.programId, t.createdAt), uniqueIndex("brainstorms_open_code_idx").on(t.joinCode).where(sql`status = 'open'`)],
);

/** A note on the wall. Nothing links it to whoever wrote it: no author, no token. */
export const brainstormNotes = pgTable(
  "brainstorm_notes",
  {
    id: uuid("id").primaryKey(),
    brainstormId: uuid("brainstorm_id").notNull().references(() => brainstorms.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    /** pool (not yet placed), dream, realistic, critic. */
    column: text("column").notNull(),
    position: integer("position").notNull(),
    revealed: boolean("revealed").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("brainstorm_notes_brainstorm_idx").on(t.brainstormId, t.column, t.position)],
);

/** An anonymous phone that joined a session: only a hash of its token, and how many notes it added (a flood limit). */
export const brainstormGuests = pgTable(
  "brainstorm_guests",
  {
    tokenHash: text("token_hash").primaryKey(),
    brainstormId: uuid("brainstorm_id").notNull().references(() => brainstorms.id, { onDelete: "cascade" }),
    notesAdded: integer("notes_added").notNull().default(0),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("brainstorm_guests_brainstorm_idx").on(t.brainstormId)],
);

/** A team member's self-evaluation grid of one chapter of the practice guide (for training, not for judgement). */
export const guideSelfEvaluations = pgTable(
  "guide_self_evaluations",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    /** The manual's chapter, 1 to 6. */
    chapter: smallint("chapter").notNull(),
    /**
     * The grid as one document { guideVersion, items, notes }: items are grid item id -> answer (true/false for a box,
     * 1-5 for agreement, written words for an open question); notes are the member's private notes (chapter 1: David).
     */
    answers: jsonb("answers").notNull().default({}),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("guide_self_evaluations_user_chapter_idx").on(t.programId, t.userId, t.chapter)],
);
