import { type Application, type ApplicationTransitionCheck, type ChangeApplicationStatusInput, checkApplicationTransition } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { appendApplicationEventIfVersion, getApplication } from "./applications.repository";

type Refusal = Extract<ApplicationTransitionCheck, { ok: false }>["reason"];

/** Each refusal of the transition rule, as a 422 on the field the user has to change. */
const refusalField: Record<Refusal, string> = {
  invalid_transition: "status",
  reason_required: "reason",
  reason_not_applicable: "reason",
  date_before_previous: "date",
  date_in_future: "date",
};

export const transitionRefused = (reason: Refusal): AppError =>
  new AppError(reason === "invalid_transition" ? "invalid_transition" : "unprocessable", {
    fields: [{ path: refusalField[reason], message: `application_${reason}` }],
  });

/** One dated step forward (checked by the domain's transition table), with optimistic concurrency. */
export const changeApplicationStatus = async (ctx: AppContext, actor: Actor, id: string, input: ChangeApplicationStatusInput): Promise<Application> => {
  const db = ctx.database.db;
  const found = await getApplication(db, id);
  if (!found) throw notFound();
  const { programId } = await authorizeParticipant(db, actor, found.participantId, "job.write");
  return db.transaction(async (tx) => {
    const current = await getApplication(tx, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(current);
    const last = current.history[current.history.length - 1] ?? { status: current.status, date: current.createdAt.slice(0, 10) };
    const check = checkApplicationTransition(last, input, parisDate(ctx.clock.now()));
    if (!check.ok) throw transitionRefused(check.reason);
    const ok = await appendApplicationEventIfVersion(tx, id, input.version, [...current.history, check.event], ctx.clock.now());
    if (!ok) throw staleVersion(await getApplication(tx, id));
    await appendEvent(tx, ctx.clock, {
      type: "application.status_changed",
      actor,
      programId,
      participantId: current.participantId,
      data: { applicationId: id, title: current.title, employerName: current.employerName, from: current.status, to: check.event.status, date: check.event.date, reason: check.event.reason },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "application", recordId: id, programId, participantId: current.participantId });
    const updated = await getApplication(tx, id);
    if (!updated) throw notFound();
    return updated;
  });
};
