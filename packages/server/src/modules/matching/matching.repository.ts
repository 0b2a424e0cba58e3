import { and, desc, eq, ne, sql } from "drizzle-orm";
import { careerProfileDataSchema, type MatchPreferences, type ParticipantStatus } from "@passerelle/domain";
import { auditLog, careerProfiles, participants, users } from "../../db/schema/index";
import type { Clock } from "../../platform/clock";
import type { Executor } from "../../platform/db";
import { newId } from "../../platform/ids";
import type { Actor } from "../../platform/journal";

export type MatchCandidate = {
  participantId: string;
  participantName: string;
  status: ParticipantStatus;
  specialistId: string | null;
  specialistName: string | null;
  preferences: MatchPreferences;
};

const preferencesSchema = careerProfileDataSchema.shape.preferences;
const noPreferences = (): MatchPreferences => preferencesSchema.parse(undefined);

/**
 * The people an opening may be proposed to: the program's active (not closed) participants, with the preferences
 * of their latest career profile. Two queries whatever the program's size: the people, then one profile each
 * (DISTINCT ON), reading only the preferences out of the stored document.
 */
export const activeCandidates = async (db: Executor, programId: string, specialistId: string | null): Promise<MatchCandidate[]> => {
  const inProgram = and(
    eq(participants.programId, programId),
    ne(participants.status, "closed"),
    specialistId ? eq(participants.specialistId, specialistId) : undefined,
  );
  const people = await db
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      status: participants.status,
      specialistId: participants.specialistId,
      specialistName: users.name,
    })
    .from(participants)
    .leftJoin(users, eq(users.id, participants.specialistId))
    .where(inProgram);
  if (people.length === 0) return [];
  const profiles = await db
    .selectDistinctOn([careerProfiles.participantId], { participantId: careerProfiles.participantId, preferences: sql<unknown>`${careerProfiles.data}->'preferences'` })
    .from(careerProfiles)
    .innerJoin(participants, eq(participants.id, careerProfiles.participantId))
    .where(inProgram)
    .orderBy(careerProfiles.participantId, desc(careerProfiles.version));
  const preferencesOf = new Map(profiles.map((p) => [p.participantId, p.preferences]));
  return people.map((p) => {
    // Stored documents are re-read through the current schema, so fields added later get their defaults.
    const parsed = preferencesSchema.safeParse(preferencesOf.get(p.id) ?? undefined);
    return {
      participantId: p.id,
      participantName: `${p.firstName} ${p.lastName}`,
      status: p.status as ParticipantStatus,
      specialistId: p.specialistId,
      specialistName: p.specialistName,
      preferences: parsed.success ? parsed.data : noPreferences(),
    };
  });
};

/**
 * An opening's matches show each listed person's preferences: the read goes into each person's access history,
 * in one insert.
 */
export const recordMatchReads = async (db: Executor, clock: Clock, actor: Actor, programId: string, openingId: string, participantIds: string[]): Promise<void> => {
  const at = clock.now();
  const rows: (typeof auditLog.$inferInsert)[] = participantIds.map((participantId) => ({
    id: newId(),
    at,
    userId: actor.userId,
    programId,
    participantId,
    action: "read_matches",
    recordType: "career_profile",
    recordId: openingId,
    ip: actor.ip,
  }));
  rows.push({ id: newId(), at, userId: actor.userId, programId, participantId: null, action: "read_matches", recordType: "opening", recordId: openingId, ip: actor.ip });
  await db.insert(auditLog).values(rows);
};
