import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { participants } from "./participants";
import { programs } from "./programs";
import { services } from "./services";
import { users } from "./users";

/**
 * A referral sent from the app by a clinician (or a team lead on their behalf). Zero exclusion: it ends either as
 * a caseload entry (accepted, participant_id set) or declined for one of the two reasons the domain allows.
 */
export const referrals = pgTable(
  "referrals",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    serviceId: uuid("service_id").references(() => services.id),
    referrerId: uuid("referrer_id").references(() => users.id),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    phone: text("phone").notNull().default(""),
    email: text("email").notNull().default(""),
    reason: text("reason").notNull().default(""),
    /** The person's wish to work, in their own words. */
    wishInOwnWords: text("wish_in_own_words").notNull().default(""),
    consentToShare: boolean("consent_to_share").notNull().default(false),
    consentDate: date("consent_date", { mode: "string" }),
    referredOn: date("referred_on", { mode: "string" }).notNull(),
    status: text("status").notNull().default("pending"),
    /** Outreach attempts while the person is not yet reached: [{ date, mode, note, by }]. */
    outreach: jsonb("outreach").notNull().default([]),
    specialistId: uuid("specialist_id").references(() => users.id),
    participantId: uuid("participant_id").references(() => participants.id),
    declineReason: text("decline_reason"),
    decidedOn: date("decided_on", { mode: "string" }),
    decidedBy: uuid("decided_by").references(() => users.id),
    decisionNote: text("decision_note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("referrals_program_status_idx").on(t.programId, t.status, t.referredOn),
    index("referrals_service_idx").on(t.serviceId, t.referredOn),
    index("referrals_referrer_idx").on(t.referrerId),
  ],
);
