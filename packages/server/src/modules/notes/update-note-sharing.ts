import type { Note, UpdateNoteSharingInput } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, forbidden, notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { findNoteScope, getNote, updateNoteSharingIfVersion } from "./notes.repository";

/**
 * Shares a note with the care team, or stops sharing it. The author decides, or the team lead (or an
 * administrator) for the team. A clinician's note stays shared; a private note does not exist for a clinician.
 */
export const updateNoteSharing = async (ctx: AppContext, actor: Actor, id: string, input: UpdateNoteSharingInput): Promise<Note> => {
  const db = ctx.database.db;
  const scope = await findNoteScope(db, id);
  if (!scope) throw notFound();
  const { programId, role } = await authorizeParticipant(db, actor, scope.participantId, "note.write");
  if (role === "clinician" && !scope.shared) throw notFound();
  if (scope.authorId !== actor.userId && role !== "team_lead" && role !== "admin") throw forbidden();
  if (role === "clinician" && !input.sharedWithCareTeam) {
    throw new AppError("unprocessable", { fields: [{ path: "sharedWithCareTeam", message: "clinician_note_shared" }] });
  }
  return db.transaction(async (tx) => {
    const current = await getNote(tx, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(current);
    if (current.sharedWithCareTeam === input.sharedWithCareTeam) return current;
    const ok = await updateNoteSharingIfVersion(tx, id, input.version, input.sharedWithCareTeam, ctx.clock.now());
    if (!ok) throw staleVersion(await getNote(tx, id));
    await appendEvent(tx, ctx.clock, {
      type: "note.sharing_changed",
      actor,
      programId,
      participantId: scope.participantId,
      data: { noteId: id, sharedWithCareTeam: input.sharedWithCareTeam },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "note", recordId: id, programId, participantId: scope.participantId });
    const updated = await getNote(tx, id);
    if (!updated) throw notFound();
    return updated;
  });
};
