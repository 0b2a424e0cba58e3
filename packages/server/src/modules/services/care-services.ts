import { type CareServices, type SetCareServicesInput, checkCareServicesChoice, uniqueIds } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { getParticipant, updateParticipantIfVersion } from "../participants/participants.repository";
import { currentReferentIds, getCareServices, registerFacts, replaceParticipantReferents } from "./services.repository";

/** A person's referring service and psychosocial referents. Health information: every read is audited. */
export const readCareServices = async (ctx: AppContext, actor: Actor, participantId: string): Promise<CareServices> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "participant.read");
  const care = await getCareServices(db, participantId);
  if (!care) throw notFound();
  await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "care_services", recordId: participantId, programId, participantId });
  return care;
};

/**
 * Sets the person's referring service and replaces their referents, in one transaction that bumps the person's
 * version (409 when stale). This is also an access change: a clinician sees a consenting person when their service
 * is the referring service or a referent's service (platform/access.ts), so changing these changes which
 * clinicians see the person, from the next request on.
 */
export const setCareServices = async (ctx: AppContext, actor: Actor, participantId: string, input: SetCareServicesInput): Promise<CareServices> => {
  const { programId } = await authorizeParticipant(ctx.database.db, actor, participantId, "participant.update");
  const referentIds = uniqueIds(input.referentIds);
  return ctx.database.db.transaction(async (tx) => {
    const person = await getParticipant(tx, participantId);
    if (!person) throw notFound();
    if (person.version !== input.version) throw staleVersion(await getCareServices(tx, participantId));
    const current = { referringServiceId: person.referringServiceId, referentIds: await currentReferentIds(tx, participantId) };

    const facts = await registerFacts(tx, input.referringServiceId ? [input.referringServiceId] : [], referentIds);
    const fields = checkCareServicesChoice(programId, { referringServiceId: input.referringServiceId, referentIds }, current, facts.services, facts.referents);
    if (fields.length > 0) throw new AppError("validation", { fields });

    const sameReferents = current.referentIds.length === referentIds.length && referentIds.every((id, i) => current.referentIds[i] === id);
    if (current.referringServiceId === input.referringServiceId && sameReferents) {
      const unchanged = await getCareServices(tx, participantId);
      if (!unchanged) throw notFound();
      return unchanged;
    }
    const ok = await updateParticipantIfVersion(tx, participantId, input.version, { referringServiceId: input.referringServiceId }, ctx.clock.now());
    if (!ok) throw staleVersion(await getCareServices(tx, participantId));
    await replaceParticipantReferents(tx, participantId, referentIds, ctx.clock.now());

    const updated = await getCareServices(tx, participantId);
    if (!updated) throw notFound();
    await appendEvent(tx, ctx.clock, {
      type: "care_services.updated",
      actor,
      programId,
      participantId,
      data: {
        referringServiceId: updated.referringService?.id ?? null,
        referringServiceName: updated.referringService?.name ?? null,
        previousReferringServiceId: current.referringServiceId,
        referentIds: updated.referents.map((r) => r.id),
        referentNames: updated.referents.map((r) => r.name),
      },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "care_services", recordId: participantId, programId, participantId });
    return updated;
  });
};
