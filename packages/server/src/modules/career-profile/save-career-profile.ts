import type { CareerProfile, CareerProfileData } from "@passerelle/domain";
import { emptyCareerProfile } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { lockParticipant } from "../participants/participants.repository";
import { insertProfileVersion, latestProfile } from "./career-profile.repository";

export const currentProfile = async (db: Executor, participantId: string): Promise<CareerProfile> => {
  const latest = await latestProfile(db, participantId);
  return latest ? { participantId, ...latest } : { participantId, version: 0, data: emptyCareerProfile(), savedAt: null, savedBy: null };
};

/** Every save is a new version; the previous ones stay readable in the history. */
export const saveCareerProfile = async (
  ctx: AppContext,
  actor: Actor,
  participantId: string,
  input: { version: number; data: CareerProfileData },
): Promise<CareerProfile> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "profile.write");
  await db.transaction(async (tx) => {
    // One writer at a time per person: the row lock makes "read latest version, insert next" safe.
    await lockParticipant(tx, participantId);
    const latest = await currentProfile(tx, participantId);
    if (latest.version !== input.version) throw staleVersion(latest);
    const version = latest.version + 1;
    await insertProfileVersion(tx, { participantId, version, data: input.data, savedAt: ctx.clock.now(), savedBy: actor.userId });
    await appendEvent(tx, ctx.clock, { type: "profile.saved", actor, programId, participantId, data: { version } });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "career_profile", recordId: participantId, programId, participantId });
  });
  return currentProfile(db, participantId);
};
