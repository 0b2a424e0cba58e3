import type { Executor } from "../../platform/db";
import { AppError } from "../../platform/errors";
import { findMemberRole } from "../programs/programs.repository";

/** A specialist assigned to a person must work in the person's program, as a specialist or team lead. */
export const assertAssignable = async (
  db: Executor,
  programId: string,
  specialistId: string | null | undefined,
  peerSupporterId: string | null | undefined,
): Promise<void> => {
  if (specialistId) {
    const role = await findMemberRole(db, programId, specialistId);
    if (role !== "specialist" && role !== "team_lead") {
      throw new AppError("validation", { fields: [{ path: "specialistId", message: "unknown_specialist" }] });
    }
  }
  if (peerSupporterId) {
    const role = await findMemberRole(db, programId, peerSupporterId);
    if (role !== "peer") throw new AppError("validation", { fields: [{ path: "peerSupporterId", message: "unknown_peer" }] });
  }
};
