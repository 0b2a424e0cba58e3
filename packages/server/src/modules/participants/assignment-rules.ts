import type { Executor } from "../../platform/db";
import { AppError } from "../../platform/errors";
import { findMemberRole } from "../programs/programs.repository";
import { findServicePrograms } from "../services/services.repository";

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

/** A referring service must be one of the program's partner services (422 otherwise, nothing saved). */
export const assertServiceOfProgram = async (db: Executor, programId: string, serviceId: string | null | undefined): Promise<void> => {
  if (!serviceId) return;
  const programOf = await findServicePrograms(db, [serviceId]);
  if (programOf.get(serviceId) !== programId) throw new AppError("validation", { fields: [{ path: "referringServiceId", message: "unknown_service" }] });
};
