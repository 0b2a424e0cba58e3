import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { notFound } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";

/** The practice records whose only later change is their sharing with the care team. */
export type SharedPracticeTool = "routine" | "network_map" | "conversation";

/** How one tool's records are found, flagged and read back. */
export type PracticeSharingStore<T> = {
  tool: SharedPracticeTool;
  /** Whose record it is: what the access policy needs before anything of it is read. */
  findOwner: (db: Executor, id: string) => Promise<{ participantId: string } | null>;
  /** Sets the flag; true when it changed (false: it already was so, e.g. two people shared it at the same time). */
  setSharing: (db: Executor, id: string, shared: boolean) => Promise<boolean>;
  read: (db: Executor, id: string) => Promise<T | null>;
};

/**
 * Shares a practice record with the care team, or stops sharing it: the person's choice about an existing record,
 * not a new version (a new one would leave the old one visible after the person withdrew it). The request sets a
 * value, so it needs no version number: asking twice, or two people at once, ends in the same state. Only a real
 * change is written, as one `practice.sharing_changed` event (the tool, the record's id and the new value: never
 * its content) and one line of the access history.
 */
export const sharePracticeRecord = async <T>(ctx: AppContext, actor: Actor, id: string, shared: boolean, store: PracticeSharingStore<T>): Promise<T> => {
  const db = ctx.database.db;
  const owner = await store.findOwner(db, id);
  if (!owner) throw notFound();
  const { participantId } = owner;
  const { programId } = await authorizeParticipant(db, actor, participantId, "practice.write");
  return db.transaction(async (tx) => {
    if (await store.setSharing(tx, id, shared)) {
      await appendEvent(tx, ctx.clock, {
        type: "practice.sharing_changed",
        actor,
        programId,
        participantId,
        data: { tool: store.tool, recordId: id, sharedWithCareTeam: shared },
      });
      await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: store.tool, recordId: id, programId, participantId });
    }
    const record = await store.read(tx, id);
    if (!record) throw notFound();
    return record;
  });
};
