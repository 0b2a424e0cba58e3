import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { employerContacts, employers } from "./employers";
import { programs } from "./programs";
import { users } from "./users";

/** Job openings the team knows of, per program (the openings contract). */
export const openings = pgTable(
  "openings",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    employerId: uuid("employer_id").notNull().references(() => employers.id),
    title: text("title").notNull(),
    /** Lower-case, accent-free title, for search; set by the use cases on every write of the title. */
    searchTitle: text("search_title").notNull(),
    occupationCode: text("occupation_code"),
    hoursPerWeek: real("hours_per_week"),
    schedule: text("schedule").array().notNull().default([]),
    /** A WorkPlace (commune with its INSEE code, or a town and its country). */
    place: jsonb("place"),
    /** The commune's INSEE code when the place is in France, for filters without reading JSON. */
    inseeCode: text("insee_code"),
    environment: text("environment").array().notNull().default([]),
    requirements: text("requirements").notNull().default(""),
    description: text("description").notNull().default(""),
    status: text("status").notNull().default("open"),
    source: text("source").notNull(),
    employerContactId: uuid("employer_contact_id").references(() => employerContacts.id, { onDelete: "set null" }),
    postedOn: date("posted_on", { mode: "string" }),
    closesOn: date("closes_on", { mode: "string" }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    // Matching reads every open opening of a program; lists filter by status and order by date.
    index("openings_program_status_idx").on(t.programId, t.status, t.createdAt),
    index("openings_employer_idx").on(t.employerId),
    // The open openings' fingerprint (matching re-reads them only when it changes), from this index alone: one
    // request of a person's matches no longer reads the 2,000 open rows.
    index("openings_open_versions_idx").on(t.programId, t.id, t.version).where(sql`${t.status} = 'open'`),
  ],
);
