import type { Permission, Role } from "@passerelle/domain";
import { authorizeParticipant, authorizeProgram, programsWith } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { AppError, forbidden, notFound } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { listAllProgramIds } from "../programs/programs.repository";
import { findMeetingProgram } from "./meetings.repository";

/** The program asked for, or the user's first program where they hold the permission (as the worklist does). */
export const meetingProgram = async (ctx: AppContext, actor: Actor, programId: string | undefined, permission: Permission): Promise<string> => {
  const target = programId ?? programsWith(actor, permission, actor.isAdmin ? await listAllProgramIds(ctx.database.db) : [])[0]?.programId;
  if (!target) throw forbidden();
  authorizeProgram(actor, target, permission);
  return target;
};

export const authorizeMeeting = async (db: Executor, actor: Actor, id: string, permission: Permission): Promise<{ programId: string; role: Role }> => {
  const programId = await findMeetingProgram(db, id);
  if (!programId) throw notFound();
  return { programId, role: authorizeProgram(actor, programId, permission) };
};

/**
 * The people among `ids` the actor may see, by the one participant policy (platform/access.ts): for a clinician,
 * care-team consent and one of the person's services is theirs. A meeting discusses a dozen people: one scope
 * read each.
 */
export const visibleParticipants = async (db: Executor, actor: Actor, ids: string[]): Promise<Set<string>> => {
  const visible = new Set<string>();
  for (const id of new Set(ids)) {
    try {
      await authorizeParticipant(db, actor, id, "meeting.read");
      visible.add(id);
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== "not_found" && error.code !== "forbidden")) throw error;
    }
  }
  return visible;
};
