import type { SupervisionSession, UpdateSupervisionInput } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound, staleVersion } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import { sameValue } from "../../platform/same-value";
import { checkAttendees } from "./supervision-rules";
import { findSupervisionProgram, getSupervisionSession, updateSupervisionIfVersion } from "./supervision.repository";

const fields = ["kind", "date", "durationMinutes", "topics", "notes"] as const;

/** Corrects a session (optimistic: a stale version gets 409 with the current session). */
export const updateSupervision = async (ctx: AppContext, actor: Actor, id: string, input: UpdateSupervisionInput): Promise<SupervisionSession> => {
  const programId = await findSupervisionProgram(ctx.database.db, id);
  if (!programId) throw notFound();
  authorizeProgram(actor, programId, "supervision.write");
  return ctx.database.db.transaction(async (tx) => {
    const current = await getSupervisionSession(tx, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(current);
    const changes: Record<string, unknown> = {};
    for (const field of fields) {
      if (input[field] !== undefined && !sameValue(input[field], current[field])) changes[field] = input[field];
    }
    if (input.attendeeIds !== undefined) {
      const attendeeIds = await checkAttendees(tx, programId, input.attendeeIds);
      if (!sameValue(attendeeIds, current.attendees.map((a) => a.id))) changes.attendeeIds = attendeeIds;
    }
    if (Object.keys(changes).length === 0) return current;
    if (!(await updateSupervisionIfVersion(tx, id, input.version, changes, ctx.clock.now()))) throw staleVersion(await getSupervisionSession(tx, id));
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "supervision_session", recordId: id, programId });
    const updated = await getSupervisionSession(tx, id);
    if (!updated) throw notFound();
    return updated;
  });
};
