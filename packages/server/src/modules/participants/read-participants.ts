import { type ListParticipantsQuery, type Participant, participantScope } from "@passerelle/domain";
import { authorizeParticipant, authorizeProgram, programsWith, serviceIn } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import { listAllProgramIds } from "../programs/programs.repository";
import { getParticipant, listParticipants, type VisibleScope } from "./participants.repository";

export const listVisibleParticipants = async (ctx: AppContext, actor: Actor, query: ListParticipantsQuery) => {
  const db = ctx.database.db;
  let scopes: VisibleScope[];
  if (query.programId) {
    const role = authorizeProgram(actor, query.programId, "participant.list");
    scopes = [{ programId: query.programId, scope: participantScope(role), userId: actor.userId, serviceId: serviceIn(actor, query.programId) }];
  } else {
    const all = actor.isAdmin ? await listAllProgramIds(db) : [];
    scopes = programsWith(actor, "participant.list", all).map((p) => ({
      programId: p.programId,
      scope: participantScope(p.role),
      userId: actor.userId,
      serviceId: serviceIn(actor, p.programId),
    }));
  }
  return listParticipants(db, scopes, query);
};

/** Reading one person's record is audited: the access history shows who opened it, when, from where. */
export const readParticipant = async (ctx: AppContext, actor: Actor, id: string): Promise<Participant> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, id, "participant.read");
  const participant = await getParticipant(db, id);
  if (!participant) throw notFound();
  await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "participant", recordId: id, programId, participantId: id });
  return participant;
};
