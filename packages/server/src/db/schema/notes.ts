import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { participants } from "./participants";
import { programs } from "./programs";
import { users } from "./users";

/** Internal notes between colleagues about a participant; a note may be marked shared with the care team. */
export const participantNotes = pgTable(
  "participant_notes",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id),
    body: text("body").notNull(),
    sharedWithCareTeam: boolean("shared_with_care_team").notNull().default(false),
    mentionedUserIds: uuid("mentioned_user_ids").array().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("participant_notes_participant_idx").on(t.participantId, t.createdAt)],
);

/**
 * In-app notifications (mentions, referrals, action items). They carry ids, never text about the person: the
 * list is rendered at read time, through the access policy.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    programId: uuid("program_id").notNull().references(() => programs.id),
    kind: text("kind").notNull(),
    actorId: uuid("actor_id").references(() => users.id),
    participantId: uuid("participant_id").references(() => participants.id, { onDelete: "cascade" }),
    subjectId: uuid("subject_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);
