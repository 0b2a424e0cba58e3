import type { Permission, Role } from "@passerelle/domain";
import { authorizeParticipant } from "./access";
import type { AppContext } from "./context";
import { type Actor, recordAudit } from "./journal";

/**
 * Every read of a part of a person's record goes through here: the access policy decides, then the read is
 * written to the access history (who, when, which part, from where) before anything is returned.
 */
export const authorizeAuditedRead = async (
  ctx: AppContext,
  actor: Actor,
  participantId: string,
  permission: Permission,
  recordType: string,
  action = "read",
): Promise<{ programId: string; role: Role }> => {
  const access = await authorizeParticipant(ctx.database.db, actor, participantId, permission);
  await recordAudit(ctx.database.db, ctx.clock, { actor, action, recordType, recordId: participantId, programId: access.programId, participantId });
  return access;
};
