import { type OutcomesQuery, outcomesScope } from "@passerelle/domain";
import { authorizeProgram, programsWith } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, forbidden } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { listAllProgramIds } from "../programs/programs.repository";
import { type OutcomesScope, isMemberOfAny } from "./outcomes.repository";

/**
 * Whose outcomes a request reads. With a program: its figures (another program: 404; a clinician, a peer or a
 * network member: 403). A specialist ("own" scope) always reads their own caseload: asking for the program gives
 * their figures, asking for a colleague is refused. A team lead or an admin may ask for one member's caseload.
 * Without a program: every program where the user reads the whole program's outcomes (an admin: all); a user who
 * is a specialist everywhere reads their own caseload in those programs.
 */
export const resolveOutcomesScope = async (
  ctx: AppContext,
  actor: Actor,
  query: Pick<OutcomesQuery, "programId" | "specialistId">,
): Promise<OutcomesScope> => {
  const db = ctx.database.db;
  let programs: { programId: string; scope: "program" | "own" }[];
  if (query.programId) {
    const role = authorizeProgram(actor, query.programId, "outcomes.read");
    programs = [{ programId: query.programId, scope: outcomesScope(role) === "own" ? "own" : "program" }];
  } else {
    const readable = programsWith(actor, "outcomes.read", actor.isAdmin ? await listAllProgramIds(db) : []).map((p) => ({
      programId: p.programId,
      scope: outcomesScope(p.role) === "own" ? ("own" as const) : ("program" as const),
    }));
    if (readable.length === 0) throw forbidden();
    const whole = readable.filter((p) => p.scope === "program");
    programs = whole.length > 0 ? whole : readable;
  }
  const programIds = programs.map((p) => p.programId).sort();

  if (programs.every((p) => p.scope === "own")) {
    if (query.specialistId && query.specialistId !== actor.userId) throw forbidden();
    return { programIds, specialistId: actor.userId };
  }
  if (query.specialistId) {
    if (!(await isMemberOfAny(db, query.specialistId, programIds))) {
      throw new AppError("unprocessable", { fields: [{ path: "specialistId", message: "unknown_specialist" }] });
    }
  }
  return { programIds, specialistId: query.specialistId ?? null };
};
