import type { Opening, UpdateOpeningInput } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { checkedPlace, inseeCodeOf, throwIfInvalid } from "./opening-rules";
import { findOpeningProgram, getOpening, type OpeningRow, searchTitleOf, updateOpeningIfVersion } from "./openings.repository";
import { sameValue } from "../../platform/same-value";

const fields = [
  "title",
  "occupationCode",
  "hoursPerWeek",
  "schedule",
  "place",
  "environment",
  "requirements",
  "description",
  "source",
  "status",
  "closesOn",
] as const;


/**
 * Corrections and status changes (open, filled, closed; a filled opening may reopen when the hire falls
 * through). Optimistic concurrency: a stale version writes nothing and answers the current record (409).
 */
export const updateOpening = async (ctx: AppContext, actor: Actor, id: string, input: UpdateOpeningInput): Promise<Opening> => {
  const programId = await findOpeningProgram(ctx.database.db, id);
  if (!programId) throw notFound();
  authorizeProgram(actor, programId, "opening.write");
  const errors: { path: string; message: string }[] = [];
  const place = input.place === undefined ? undefined : checkedPlace(input.place, errors);
  throwIfInvalid(errors);
  return ctx.database.db.transaction(async (tx) => {
    const current = await getOpening(tx, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(current);

    const changes: Partial<OpeningRow> = {};
    const changed: string[] = [];
    for (const field of fields) {
      const next: unknown = field === "place" ? place : input[field];
      if (next === undefined || sameValue(next, current[field])) continue;
      Object.assign(changes, { [field]: next ?? null });
      changed.push(field);
    }
    if (changed.length === 0) return current;
    if (changes.title !== undefined) changes.searchTitle = searchTitleOf(changes.title);
    if (changed.includes("place")) changes.inseeCode = inseeCodeOf(place ?? null);

    const ok = await updateOpeningIfVersion(tx, id, input.version, changes, ctx.clock.now());
    if (!ok) throw staleVersion(await getOpening(tx, id));
    await appendEvent(tx, ctx.clock, {
      type: "opening.updated",
      actor,
      programId,
      participantId: null,
      data: { openingId: id, fields: changed, ...(changes.status ? { status: changes.status } : {}) },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "opening", recordId: id, programId });
    const updated = await getOpening(tx, id);
    if (!updated) throw notFound();
    return updated;
  });
};
