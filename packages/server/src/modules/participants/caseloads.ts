import { CASELOAD_LIMIT, type CaseloadOverview, isActiveStatus, type ParticipantStatus } from "@passerelle/domain";
import { authorizeProgram, programsWith } from "../../platform/access";
import { addDays, parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { type Actor, appendEvents, recordAudits } from "../../platform/journal";
import { listAllProgramIds } from "../programs/programs.repository";
import { assertAssignable } from "./assignment-rules";
import { caseloadRows, reassignParticipants } from "./participants.repository";

/** Each specialist's active caseload against the IPS limit of 20, for a team lead. */
export const caseloadOverview = async (ctx: AppContext, actor: Actor, programId: string | undefined): Promise<CaseloadOverview> => {
  const db = ctx.database.db;
  const target = programId ?? programsWith(actor, "caseload.overview", actor.isAdmin ? await listAllProgramIds(db) : [])[0]?.programId;
  if (!target) throw new AppError("forbidden");
  authorizeProgram(actor, target, "caseload.overview");
  const since = addDays(parisDate(ctx.clock.now()), -30);
  const rows = await caseloadRows(db, target, since);
  const bySpecialist = new Map<string, CaseloadOverview["rows"][number]>();
  for (const r of rows) {
    const key = r.specialistId ?? "none";
    const entry = bySpecialist.get(key) ?? { specialistId: r.specialistId, specialistName: r.specialistName, active: 0, byStatus: {}, noContact30Days: 0 };
    entry.byStatus[r.status] = (entry.byStatus[r.status] ?? 0) + r.n;
    if (isActiveStatus(r.status as ParticipantStatus)) {
      entry.active += r.n;
      entry.noContact30Days += r.noContact;
    }
    bySpecialist.set(key, entry);
  }
  const result = [...bySpecialist.values()].sort((a, b) => b.active - a.active);
  return { programId: target, limit: CASELOAD_LIMIT, rows: result };
};

/** Bulk reassignment by a team lead, one event per person so each timeline shows the change. */
export const reassign = async (
  ctx: AppContext,
  actor: Actor,
  input: { participantIds: string[]; specialistId: string | null },
): Promise<{ updated: number }> => {
  const db = ctx.database.db;
  const programIds = programsWith(actor, "caseload.reassign", actor.isAdmin ? await listAllProgramIds(db) : []).map((p) => p.programId);
  if (programIds.length === 0) throw new AppError("forbidden");
  return db.transaction(async (tx) => {
    const moved = await reassignParticipants(tx, input.participantIds, programIds, input.specialistId, ctx.clock.now());
    for (const programId of new Set(moved.map((m) => m.programId))) await assertAssignable(tx, programId, input.specialistId, null);
    // One event and one audit row per person, written in multi-row inserts (a caseload of 20 is two statements).
    await appendEvents(
      tx,
      ctx.clock,
      moved.map((m) => ({
        type: "participant.assigned" as const,
        actor,
        programId: m.programId,
        participantId: m.id,
        data: { specialistId: input.specialistId, previousSpecialistId: m.from, bulk: true },
      })),
    );
    await recordAudits(
      tx,
      ctx.clock,
      moved.map((m) => ({ actor, action: "reassign", recordType: "participant", recordId: m.id, programId: m.programId, participantId: m.id })),
    );
    return { updated: moved.length };
  });
};
