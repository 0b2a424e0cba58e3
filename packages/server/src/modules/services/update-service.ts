import type { Service, UpdateServiceInput } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import { notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { authorizeService } from "./read-services";
import { type ServiceRow, findServiceRow, getService, updateServiceIfVersion } from "./services.repository";

const fields = ["name", "kind", "address", "phone", "email", "notes", "archived"] as const;

/**
 * Edits or archives a service with optimistic concurrency (409 and the current record when a colleague saved in
 * between). Archiving keeps the service on the records that name it, and its clinicians keep seeing those people:
 * it only stops the service being offered for new choices.
 */
export const updateService = async (ctx: AppContext, actor: Actor, id: string, input: UpdateServiceInput): Promise<Service> => {
  const programId = await authorizeService(ctx, actor, id, "service.write");
  return ctx.database.db.transaction(async (tx) => {
    const current = await findServiceRow(tx, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(await getService(tx, id));

    const changes: Partial<ServiceRow> = {};
    const changed: string[] = [];
    for (const field of fields) {
      const next = input[field];
      if (next === undefined || next === current[field]) continue;
      Object.assign(changes, { [field]: next });
      changed.push(field);
    }
    if (changed.length === 0) {
      const unchanged = await getService(tx, id);
      if (!unchanged) throw notFound();
      return unchanged;
    }
    const ok = await updateServiceIfVersion(tx, id, input.version, changes, ctx.clock.now());
    if (!ok) throw staleVersion(await getService(tx, id));
    await appendEvent(tx, ctx.clock, { type: "service.updated", actor, programId, participantId: null, data: { serviceId: id, fields: changed } });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "service", recordId: id, programId });
    const updated = await getService(tx, id);
    if (!updated) throw notFound();
    return updated;
  });
};
