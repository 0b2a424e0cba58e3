import { type BrainstormList, effectiveStatus } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { Actor } from "../../platform/journal";
import type { BrainstormServices } from "./brainstorm-services";
import { listSessionFacts, toSession } from "./brainstorms.repository";

/** The program's sessions, newest first: the open ones to go back to, the ended ones to export. */
export const listBrainstorms = async (svc: BrainstormServices, actor: Actor, programId: string): Promise<BrainstormList> => {
  authorizeProgram(actor, programId, "brainstorm.lead");
  const now = svc.clock.now();
  const rows = await listSessionFacts(svc.database.db, programId);
  return { items: rows.map((f) => toSession(f, effectiveStatus(f.row, now))) };
};
