import type { Employer, UpdateEmployerInput } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { assertProgramSpecialists, unique } from "./employer-rules";
import { type EmployerRow, findEmployerProgram, getEmployer, searchNameOfEmployer, updateEmployerIfVersion } from "./employers.repository";
import { sameValue } from "../../platform/same-value";

const fields = ["name", "siret", "nafCode", "setting", "address", "place", "size", "stage", "contactPeople", "notes", "specialistIds"] as const;


/**
 * Edits an employer with optimistic concurrency: the caller sends the version it read; if a colleague saved in
 * between, nothing is written and the caller gets the current record (409).
 */
export const updateEmployer = async (ctx: AppContext, actor: Actor, id: string, input: UpdateEmployerInput): Promise<Employer> => {
  const programId = await findEmployerProgram(ctx.database.db, id);
  if (!programId) throw notFound();
  authorizeProgram(actor, programId, "employer.write");
  return ctx.database.db.transaction(async (tx) => {
    const current = await getEmployer(tx, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(current);

    const changes: Partial<EmployerRow> = {};
    const changed: string[] = [];
    for (const field of fields) {
      let next: unknown = input[field];
      if (next === undefined) continue;
      if (next === "" && field === "address") next = null;
      if (field === "specialistIds") next = unique(next as string[]);
      if (!sameValue(next, current[field])) {
        Object.assign(changes, { [field]: next ?? null });
        changed.push(field);
      }
    }
    if (changes.specialistIds) {
      // Someone who left the program may stay listed; only newly named specialists must be members.
      await assertProgramSpecialists(tx, programId, input.specialistIds ?? [], current.specialistIds);
    }
    if (changes.name !== undefined) changes.searchName = searchNameOfEmployer(changes.name);

    if (changed.length === 0) return current;
    const ok = await updateEmployerIfVersion(tx, id, input.version, changes, ctx.clock.now());
    if (!ok) throw staleVersion(await getEmployer(tx, id));
    await appendEvent(tx, ctx.clock, { type: "employer.updated", actor, programId, participantId: null, data: { employerId: id, fields: changed } });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "employer", recordId: id, programId });
    const updated = await getEmployer(tx, id);
    if (!updated) throw notFound();
    return updated;
  });
};
