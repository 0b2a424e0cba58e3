import { date, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { employers } from "./employers";
import { openings } from "./openings";
import { contacts, participants } from "./participants";
import { programs } from "./programs";
import { users } from "./users";

/** Applications (candidatures): each job a person goes for, with its dated history. */
export const applications = pgTable(
  "applications",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    openingId: uuid("opening_id").references(() => openings.id, { onDelete: "set null" }),
    employerId: uuid("employer_id").references(() => employers.id, { onDelete: "set null" }),
    employerName: text("employer_name").notNull().default(""),
    title: text("title").notNull(),
    status: text("status").notNull(),
    /** Every status with its date, oldest first (ApplicationEvent[]). */
    history: jsonb("history").notNull().default([]),
    /** The job created when the person was hired (no foreign key: jobs refer back to applications). */
    jobId: uuid("job_id"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("applications_participant_idx").on(t.participantId, t.createdAt), index("applications_opening_idx").on(t.openingId)],
);

/** Jobs: employment episodes of a participant; several may overlap. */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    employerId: uuid("employer_id").references(() => employers.id, { onDelete: "set null" }),
    employerName: text("employer_name").notNull().default(""),
    openingId: uuid("opening_id").references(() => openings.id, { onDelete: "set null" }),
    applicationId: uuid("application_id").references(() => applications.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    occupationCode: text("occupation_code"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    plannedEndDate: date("planned_end_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    /** The day the ending was recorded: the worklist's job-end clock starts when the team learns of it. */
    endRecordedOn: date("end_recorded_on", { mode: "string" }),
    hoursPerWeek: real("hours_per_week"),
    hourlyGrossWage: real("hourly_gross_wage"),
    contract: text("contract").notNull(),
    /** The team's decision on competitiveness, with its reason ({ competitive, reason }). */
    competitiveOverride: jsonb("competitive_override"),
    /** What was disclosed to the employer ({ level, details, disclosedOn }). */
    disclosure: jsonb("disclosure").notNull(),
    endReason: text("end_reason"),
    endedBy: text("ended_by"),
    endNote: text("end_note").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("jobs_participant_idx").on(t.participantId, t.startDate),
    // Outcomes and the worklist read a program's jobs by start and end.
    index("jobs_program_start_idx").on(t.programId, t.startDate),
    index("jobs_employer_idx").on(t.employerId),
  ],
);

/** The job search plan: every save is a new row (versioned like the career profile). */
export const jobSearchPlans = pgTable(
  "job_search_plans",
  {
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    data: jsonb("data").notNull(),
    /** Copied from data for the worklist and reviews without reading JSON. */
    nextReviewDate: date("next_review_date", { mode: "string" }),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
    savedBy: uuid("saved_by").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.version] })],
);

/** The follow-along support plan of a job: every save is a new row. */
export const supportPlans = pgTable(
  "support_plans",
  {
    jobId: uuid("job_id").notNull().references(() => jobs.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    data: jsonb("data").notNull(),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
    savedBy: uuid("saved_by").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.version] })],
);

/** Which supports of a job's plan a logged contact delivered. */
export const supportContactLinks = pgTable(
  "support_contact_links",
  {
    contactId: uuid("contact_id").primaryKey().references(() => contacts.id, { onDelete: "cascade" }),
    jobId: uuid("job_id").notNull().references(() => jobs.id, { onDelete: "cascade" }),
    supportIds: uuid("support_ids").array().notNull(),
    date: date("date", { mode: "string" }).notNull(),
  },
  (t) => [index("support_contact_links_job_idx").on(t.jobId, t.date)],
);
