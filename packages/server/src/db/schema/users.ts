import { boolean, index, integer, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { programs } from "./programs";
import { services } from "./services";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    locale: text("locale", { enum: ["fr", "en"] }).notNull().default("fr"),
    isAdmin: boolean("is_admin").notNull().default(false),
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    programId: uuid("program_id").notNull().references(() => programs.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["admin", "team_lead", "specialist", "clinician", "peer", "network"] }).notNull(),
    /** A clinician account belongs to one partner service of the program: it sees that service's people only. */
    serviceId: uuid("service_id").references(() => services.id, { onDelete: "set null" }),
    /** Share of a full-time post in this program (fidelity S1: caseload per full-time specialist). */
    fte: real("fte").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.userId, t.programId] }), index("memberships_program_idx").on(t.programId)],
);

/** Server-side sessions: the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Failed sign-in attempts per client address, for the login rate limit (stateless app servers share it). */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: uuid("id").primaryKey(),
    ip: text("ip").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("login_attempts_ip_at_idx").on(t.ip, t.at)],
);
