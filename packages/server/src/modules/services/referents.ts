import type { CreateReferent, ServiceReferent, UpdateReferentInput } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { authorizeService } from "./read-services";
import { type ReferentRow, findReferentRow, insertReferents, toReferent, updateReferentRow } from "./services.repository";

/** Adds a psychosocial referent to a partner service. Journaled as a change of the service. */
export const addReferent = async (ctx: AppContext, actor: Actor, serviceId: string, input: CreateReferent): Promise<ServiceReferent> => {
  const programId = await authorizeService(ctx, actor, serviceId, "service.write");
  return ctx.database.db.transaction(async (tx) => {
    const id = newId();
    await insertReferents(tx, [{ id, serviceId, programId, ...input, createdAt: ctx.clock.now() }]);
    await appendEvent(tx, ctx.clock, { type: "service.updated", actor, programId, participantId: null, data: { serviceId, referentId: id, fields: ["referents"] } });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "service_referent", recordId: id, programId });
    const created = await findReferentRow(tx, id);
    if (!created) throw notFound();
    return toReferent(created);
  });
};

const fields = ["name", "profession", "phone", "email", "archived"] as const;

/**
 * Edits or archives a referent (someone who left the service). An archived referent stays on the records that
 * name them, so that the people they followed keep their history; they are no longer offered for new choices.
 */
export const updateReferent = async (
  ctx: AppContext,
  actor: Actor,
  serviceId: string,
  referentId: string,
  input: UpdateReferentInput,
): Promise<ServiceReferent> => {
  const programId = await authorizeService(ctx, actor, serviceId, "service.write");
  return ctx.database.db.transaction(async (tx) => {
    const current = await findReferentRow(tx, referentId);
    if (!current || current.serviceId !== serviceId) throw notFound();
    const changes: Partial<ReferentRow> = {};
    const changed: string[] = [];
    for (const field of fields) {
      const next = input[field];
      if (next === undefined || next === current[field]) continue;
      Object.assign(changes, { [field]: next });
      changed.push(field);
    }
    if (changed.length === 0) return toReferent(current);
    await updateReferentRow(tx, referentId, changes);
    await appendEvent(tx, ctx.clock, {
      type: "service.updated",
      actor,
      programId,
      participantId: null,
      data: { serviceId, referentId, fields: changed.map((f) => `referents.${f}`) },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "service_referent", recordId: referentId, programId });
    return toReferent({ ...current, ...changes });
  });
};
