import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { participants } from "./participants";
import { programs } from "./programs";
import { users } from "./users";

/** The weekly integrated meeting (employment team + care team). The agenda is computed, not stored. */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    date: date("date", { mode: "string" }).notNull(),
    startTime: text("start_time").notNull().default(""),
    place: text("place").notNull().default(""),
    status: text("status").notNull().default("planned"),
    /** [{ userId | null, name, role/service, present }]: team members and care-team guests. */
    attendance: jsonb("attendance").notNull().default([]),
    generalNotes: text("general_notes").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("meetings_program_date_idx").on(t.programId, t.date)],
);

/** What was said about one person at a meeting; notes shared with the care team or not, decisions always shared. */
export const meetingDiscussions = pgTable(
  "meeting_discussions",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id").notNull().references(() => meetings.id, { onDelete: "cascade" }),
    programId: uuid("program_id").notNull().references(() => programs.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    notes: text("notes").notNull().default(""),
    sharedWithCareTeam: boolean("shared_with_care_team").notNull().default(false),
    decisions: text("decisions").notNull().default(""),
    authorId: uuid("author_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meeting_discussions_meeting_idx").on(t.meetingId), index("meeting_discussions_participant_idx").on(t.participantId, t.createdAt)],
);

/** Action items decided at a meeting; open ones reappear on the next agenda until done. */
export const actionItems = pgTable(
  "action_items",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    meetingId: uuid("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    participantId: uuid("participant_id").references(() => participants.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    ownerId: uuid("owner_id").references(() => users.id),
    dueDate: date("due_date", { mode: "string" }),
    doneOn: date("done_on", { mode: "string" }),
    doneBy: uuid("done_by").references(() => users.id),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("action_items_program_open_idx").on(t.programId, t.doneOn), index("action_items_meeting_idx").on(t.meetingId)],
);

/** A person the team flagged for discussion at the next meeting; resolved when a meeting discusses them. */
export const meetingFlags = pgTable(
  "meeting_flags",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    reason: text("reason").notNull().default(""),
    flaggedBy: uuid("flagged_by").references(() => users.id),
    flaggedOn: date("flagged_on", { mode: "string" }).notNull(),
    resolvedMeetingId: uuid("resolved_meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meeting_flags_program_open_idx").on(t.programId, t.resolvedMeetingId)],
);
