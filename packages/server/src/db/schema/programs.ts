import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const programs = pgTable("programs", {
  id: uuid("id").primaryKey(),
  name: text("name").notNull(),
  country: text("country", { enum: ["FR", "BE"] }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
