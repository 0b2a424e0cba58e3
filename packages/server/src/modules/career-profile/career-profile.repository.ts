import { desc, eq } from "drizzle-orm";
import { type CareerProfileData, careerProfileDataSchema } from "@passerelle/domain";
import { careerProfiles, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

const select = {
  version: careerProfiles.version,
  data: careerProfiles.data,
  savedAt: careerProfiles.savedAt,
  savedBy: users.name,
};

const toVersion = (r: { version: number; data: unknown; savedAt: Date; savedBy: string | null }) => ({
  version: r.version,
  // Stored documents are re-read through the current schema, so fields added later get their defaults.
  data: careerProfileDataSchema.parse(r.data),
  savedAt: r.savedAt.toISOString(),
  savedBy: r.savedBy,
});

export const latestProfile = async (db: Executor, participantId: string) => {
  const [row] = await db
    .select(select)
    .from(careerProfiles)
    .leftJoin(users, eq(users.id, careerProfiles.savedBy))
    .where(eq(careerProfiles.participantId, participantId))
    .orderBy(desc(careerProfiles.version))
    .limit(1);
  return row ? toVersion(row) : null;
};

export const profileHistory = async (db: Executor, participantId: string) =>
  (
    await db
      .select(select)
      .from(careerProfiles)
      .leftJoin(users, eq(users.id, careerProfiles.savedBy))
      .where(eq(careerProfiles.participantId, participantId))
      .orderBy(desc(careerProfiles.version))
      .limit(200)
  ).map(toVersion);

export const insertProfileVersion = async (
  db: Executor,
  values: { participantId: string; version: number; data: CareerProfileData; savedAt: Date; savedBy: string },
): Promise<void> => {
  await db.insert(careerProfiles).values(values);
};

