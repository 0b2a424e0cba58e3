import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { participants } from "./participants";
import { programs } from "./programs";
import { users } from "./users";

/** The employer relationship register: one per program, shared by the team. */
export const employers = pgTable(
  "employers",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    name: text("name").notNull(),
    siret: text("siret"),
    nafCode: text("naf_code"),
    setting: text("setting").notNull().default("ordinary"),
    address: text("address"),
    /** A WorkPlace (commune with its INSEE code, or a town and its country). */
    place: jsonb("place"),
    size: text("size"),
    stage: text("stage").notNull().default("prospect"),
    /** The people met at the employer's: name, role, phone, email. */
    contactPeople: jsonb("contact_people").notNull().default([]),
    notes: text("notes").notNull().default(""),
    /** The specialists who know this employer. */
    specialistIds: uuid("specialist_ids").array().notNull().default([]),
    /** Kept by the employer-contact use case so lists never scan the log. */
    lastContactDate: date("last_contact_date", { mode: "string" }),
    /** The earliest open next step with this employer; kept by the employer-contact use case. */
    nextStepDate: date("next_step_date", { mode: "string" }),
    /** Lower-case, accent-free name, for search; set by the use cases on every write of the name. */
    searchName: text("search_name").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    // Name order within a program and name prefixes (`like 'boul%'`): the "C" collation orders by bytes and serves
    // `like 'prefix%'` in any database collation, so one index gives a search's first page in name order, and its
    // count from the index alone (employers.repository.ts, searchEmployersByName).
    index("employers_program_name_c_idx").on(t.programId, sql`(${t.searchName} collate "C")`, t.id),
    index("employers_program_stage_idx").on(t.programId, t.stage),
    // "Contains" search (`like '%q%'`) beyond the first character: trigrams of the name but its first letter
    // (pg_trgm, migration 0005). A name contains q when it starts with q (the index above) or when q occurs further
    // on (this one), so a search typed as a prefix ("boul") finds its few other matches here without rechecking
    // the hundreds that start with it, as a trigram index of the whole name did.
    index("employers_search_name_tail_trgm_idx").using("gin", sql`substr(${t.searchName}, 2) gin_trgm_ops`),
  ],
);

/** The job development log: every contact with an employer, generic, for named people, or an awareness session. */
export const employerContacts = pgTable(
  "employer_contacts",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    employerId: uuid("employer_id").notNull().references(() => employers.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id),
    date: date("date", { mode: "string" }).notNull(),
    faceToFace: boolean("face_to_face").notNull(),
    kind: text("kind").notNull(),
    /** The people the contact was for (kind for_participant). */
    participantIds: uuid("participant_ids").array().notNull().default([]),
    peopleMet: text("people_met").array().notNull().default([]),
    purpose: text("purpose").notNull().default(""),
    hiringNeeds: text("hiring_needs").notNull().default(""),
    outcome: text("outcome").notNull().default(""),
    nextStep: text("next_step").notNull().default(""),
    nextStepDate: date("next_step_date", { mode: "string" }),
    nextStepDoneOn: date("next_step_done_on", { mode: "string" }),
    /** Awareness sessions: who attended ({ name, role, employerId? }). */
    attendees: jsonb("attendees").notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("employer_contacts_employer_date_idx").on(t.employerId, t.date),
    index("employer_contacts_program_date_idx").on(t.programId, t.date),
    // "My week": the open next steps of one specialist (or of the program), and whether a later contact of the
    // same thread (employer x author) replaced them. Partial: done steps, most of the log, are not indexed.
    index("employer_contacts_open_step_author_idx")
      .on(t.authorId, t.nextStepDate)
      .where(sql`${t.nextStepDoneOn} is null and ${t.nextStepDate} is not null`),
    index("employer_contacts_open_step_program_idx")
      .on(t.programId, t.nextStepDate)
      .where(sql`${t.nextStepDoneOn} is null and ${t.nextStepDate} is not null`),
    index("employer_contacts_thread_idx").on(t.employerId, t.authorId, t.date, t.createdAt, t.id),
    // "My week": a specialist's employer contacts of the week, against the target of 6 face to face.
    index("employer_contacts_author_date_idx").on(t.authorId, t.date),
  ],
);

/**
 * The people each employer contact was for, one row per (contact, person): the per-person questions ("the latest
 * face-to-face employer contact for this person", the fidelity and outcome counts) read an index instead of
 * unnesting `employer_contacts.participant_ids`. Written by the employer-contact use case in the same transaction;
 * `participant_ids` stays the record's own list.
 */
export const employerContactPeople = pgTable(
  "employer_contact_people",
  {
    employerContactId: uuid("employer_contact_id").notNull().references(() => employerContacts.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    programId: uuid("program_id").notNull().references(() => programs.id),
    date: date("date", { mode: "string" }).notNull(),
    faceToFace: boolean("face_to_face").notNull(),
    kind: text("kind").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.employerContactId, t.participantId] }),
    index("employer_contact_people_participant_idx").on(t.participantId, t.faceToFace, t.kind, t.date),
  ],
);
