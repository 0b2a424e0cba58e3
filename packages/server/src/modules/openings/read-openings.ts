import type { ListOpeningsQuery, Opening } from "@passerelle/domain";
import { authorizeProgram, programsWith } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { forbidden, notFound } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { listAllProgramIds } from "../programs/programs.repository";
import { findOpeningProgram, getOpening, listOpenings } from "./openings.repository";

export const listVisibleOpenings = async (ctx: AppContext, actor: Actor, query: ListOpeningsQuery & { programId?: string }) => {
  const db = ctx.database.db;
  let programIds: string[];
  if (query.programId) {
    authorizeProgram(actor, query.programId, "opening.read");
    programIds = [query.programId];
  } else {
    const all = actor.isAdmin ? await listAllProgramIds(db) : [];
    programIds = programsWith(actor, "opening.read", all).map((p) => p.programId);
    if (programIds.length === 0 && !actor.isAdmin) throw forbidden();
  }
  return listOpenings(db, programIds, query);
};

/** Checks the opening exists for this user (404 otherwise) and that the role allows `permission` (403). */
export const authorizeOpening = async (ctx: AppContext, actor: Actor, id: string, permission: "opening.read" | "opening.write"): Promise<string> => {
  const programId = await findOpeningProgram(ctx.database.db, id);
  if (!programId) throw notFound();
  authorizeProgram(actor, programId, permission);
  return programId;
};

export const readOpening = async (ctx: AppContext, actor: Actor, id: string): Promise<Opening> => {
  await authorizeOpening(ctx, actor, id, "opening.read");
  const opening = await getOpening(ctx.database.db, id);
  if (!opening) throw notFound();
  return opening;
};
