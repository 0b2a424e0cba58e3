import { type CloseOne, type UpdateCloseOne, closeOneSharingIssues } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { sameValue } from "../../platform/same-value";
import { consentFacts } from "./add-close-one";
import { type CloseOneRow, getCloseOne, updateCloseOneIfVersion } from "./network.repository";

const fields = ["name", "relation", "phone", "email", "consentId", "mayShare", "notes", "archived"] as const;

/**
 * Edits or archives a close one with optimistic concurrency (stale version: 409 with the current record). Only
 * what the patch changes is judged against the consent rule: a phone number can be corrected while the family
 * consent is withdrawn, a topic cannot be added then.
 */
export const updateCloseOne = async (ctx: AppContext, actor: Actor, participantId: string, id: string, input: UpdateCloseOne): Promise<CloseOne> => {
  const { programId } = await authorizeParticipant(ctx.database.db, actor, participantId, "network.write");
  return ctx.database.db.transaction(async (tx) => {
    const current = await getCloseOne(tx, participantId, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(current);

    const changes: Partial<CloseOneRow> = {};
    const changed: string[] = [];
    for (const field of fields) {
      const next = input[field];
      if (next === undefined) continue;
      if (!sameValue(next ?? null, current[field])) {
        Object.assign(changes, { [field]: next ?? null });
        changed.push(field);
      }
    }
    if (changed.length === 0) return current;

    const consentId = changes.consentId !== undefined ? changes.consentId : current.consentId;
    const mayShare = (changes.mayShare ?? current.mayShare) as CloseOne["mayShare"];
    const touched = { consentId: changed.includes("consentId"), mayShare: changed.includes("mayShare") };
    const issues = closeOneSharingIssues({ consentId, mayShare }, await consentFacts(tx, participantId, consentId), touched);
    if (issues.length > 0) throw new AppError("unprocessable", { fields: issues });

    if (!(await updateCloseOneIfVersion(tx, id, input.version, changes, ctx.clock.now()))) throw staleVersion(await getCloseOne(tx, participantId, id));
    const name = changes.name ?? current.name;
    const relation = changes.relation ?? current.relation;
    await appendEvent(tx, ctx.clock, {
      type: "close_one.updated",
      actor,
      programId,
      participantId,
      data: { closeOneId: id, name, relation, fields: changed, ...(changes.archived !== undefined ? { archived: changes.archived } : {}) },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "close_one", recordId: id, programId, participantId });
    const updated = await getCloseOne(tx, participantId, id);
    if (!updated) throw notFound();
    return updated;
  });
};
