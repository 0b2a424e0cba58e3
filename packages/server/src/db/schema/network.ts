import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { consents, participants } from "./participants";
import { programs } from "./programs";
import { users } from "./users";

/** Family and close ones the participant chose, with what may be shared with each (from a family consent record). */
export const closeOnes = pgTable(
  "close_ones",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    relation: text("relation").notNull(),
    phone: text("phone").notNull().default(""),
    email: text("email").notNull().default(""),
    /** The family consent record that allows sharing with this person (null: nothing may be shared). */
    consentId: uuid("consent_id").references(() => consents.id, { onDelete: "set null" }),
    /** What may be shared: a subset of the domain's sharing topics. */
    mayShare: text("may_share").array().notNull().default([]),
    notes: text("notes").notNull().default(""),
    archived: boolean("archived").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("close_ones_participant_idx").on(t.participantId)],
);

/** Contacts with close ones and family meetings. */
export const familyContacts = pgTable(
  "family_contacts",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    mode: text("mode").notNull(),
    closeOneIds: uuid("close_one_ids").array().notNull().default([]),
    participantPresent: boolean("participant_present").notNull().default(true),
    notes: text("notes").notNull().default(""),
    authorId: uuid("author_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("family_contacts_participant_idx").on(t.participantId, t.date)],
);
