import type { CreateService, Service } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { getService, insertReferents, insertService } from "./services.repository";

/** Adds a partner service to the program's register, with the referents known so far. */
export const createService = async (ctx: AppContext, actor: Actor, input: CreateService): Promise<Service> => {
  const programId = input.programId ?? (actor.memberships.length === 1 ? actor.memberships[0].programId : undefined);
  if (!programId) throw new AppError("validation", { fields: [{ path: "programId", message: "program_required" }] });
  authorizeProgram(actor, programId, "service.write");
  return ctx.database.db.transaction(async (tx) => {
    const id = newId();
    const now = ctx.clock.now();
    await insertService(tx, {
      id,
      programId,
      name: input.name,
      kind: input.kind,
      address: input.address,
      phone: input.phone,
      email: input.email,
      notes: input.notes,
      createdAt: now,
      updatedAt: now,
    });
    await insertReferents(
      tx,
      input.referents.map((r) => ({ id: newId(), serviceId: id, programId, ...r, createdAt: now })),
    );
    await appendEvent(tx, ctx.clock, { type: "service.created", actor, programId, participantId: null, data: { serviceId: id, kind: input.kind } });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "service", recordId: id, programId });
    const created = await getService(tx, id);
    if (!created) throw notFound();
    return created;
  });
};
