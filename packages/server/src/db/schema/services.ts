import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { participants } from "./participants";
import { programs } from "./programs";

/** A program's register of partner mental health services (CMP, hospital ward, CATTP, medico-social, association...). */
export const services = pgTable(
  "services",
  {
    id: uuid("id").primaryKey(),
    programId: uuid("program_id").notNull().references(() => programs.id),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    address: text("address").notNull().default(""),
    phone: text("phone").notNull().default(""),
    email: text("email").notNull().default(""),
    notes: text("notes").notNull().default(""),
    archived: boolean("archived").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("services_program_name_idx").on(t.programId, t.name)],
);

/** The people of a partner service a participant may have as psychosocial referent (référent·e psychosocial·e). */
export const serviceReferents = pgTable(
  "service_referents",
  {
    id: uuid("id").primaryKey(),
    serviceId: uuid("service_id").notNull().references(() => services.id, { onDelete: "cascade" }),
    programId: uuid("program_id").notNull().references(() => programs.id),
    name: text("name").notNull(),
    profession: text("profession").notNull().default(""),
    phone: text("phone").notNull().default(""),
    email: text("email").notNull().default(""),
    archived: boolean("archived").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("service_referents_service_idx").on(t.serviceId)],
);

/** A participant's psychosocial referent(s); the referent's service is one of the person's care services. */
export const participantReferents = pgTable(
  "participant_referents",
  {
    participantId: uuid("participant_id").notNull().references(() => participants.id, { onDelete: "cascade" }),
    referentId: uuid("referent_id").notNull().references(() => serviceReferents.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.referentId] }), index("participant_referents_referent_idx").on(t.referentId)],
);
