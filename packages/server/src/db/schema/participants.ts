import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { programs } from "./programs";
import { services } from "./services";
import { users } from "./users";

export const participants = pgTable(
  "participants",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    referralDate: date("referral_date", { mode: "string" }).notNull(),
    referralSource: text("referral_source"),
    referringService: text("referring_service"),
    referentName: text("referent_name"),
    /** The partner service that referred the person (its clinicians may see them, with care-team consent). */
    referringServiceId: uuid("referring_service_id").references(() => services.id, { onDelete: "set null" }),
    specialistId: uuid("specialist_id").references(() => users.id),
    peerSupporterId: uuid("peer_supporter_id").references(() => users.id),
    status: text("status").notNull().default("referred"),
    closureReason: text("closure_reason"),
    closureNote: text("closure_note"),
    /** Kept in step by the contact use case so caseload filters never scan the contact log. */
    lastContactDate: date("last_contact_date", { mode: "string" }),
    /** Lower-cased "first last" for search; set by the repository on every write. */
    searchName: text("search_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("participants_program_status_idx").on(t.programId, t.status),
    index("participants_specialist_idx").on(t.specialistId),
    // The caseload page: one specialist's people in name order, read straight from the index.
    index("participants_program_specialist_name_idx").on(t.programId, t.specialistId, t.lastName, t.firstName, t.id),
    index("participants_program_name_idx").on(t.programId, t.lastName, t.firstName),
    // A clinician's people: those their service referred (the other way in is a psychosocial referent).
    index("participants_referring_service_idx").on(t.referringServiceId),
  ],
);

/** Every save of a career profile is a new row: the history is the table itself. */
export const careerProfiles = pgTable(
  "career_profiles",
  {
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    data: jsonb("data").notNull(),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
    savedBy: uuid("saved_by").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.version] })],
);

export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey(),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    scope: text("scope").notNull(),
    details: text("details").notNull().default(""),
    givenOn: date("given_on", { mode: "string" }).notNull(),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnOn: date("withdrawn_on", { mode: "string" }),
    withdrawnBy: uuid("withdrawn_by").references(() => users.id),
  },
  (t) => [index("consents_participant_idx").on(t.participantId, t.scope)],
);

export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey(),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    programId: uuid("program_id").notNull().references(() => programs.id),
    date: date("date", { mode: "string" }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    mode: text("mode").notNull(),
    place: text("place"),
    withWhom: text("with_whom").array().notNull(),
    phase: text("phase").notNull(),
    notes: text("notes").notNull().default(""),
    authorId: uuid("author_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("contacts_participant_date_idx").on(t.participantId, t.date),
    index("contacts_program_date_idx").on(t.programId, t.date),
    // "When was the person last seen" (weekly meeting agenda, my week): the latest contact with the person, one
    // backward probe answered from the index alone, without visiting contacts with family or employers only.
    index("contacts_participant_seen_idx").on(t.participantId, t.date).where(sql`'participant' = any(${t.withWhom})`),
  ],
);
