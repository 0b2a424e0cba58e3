import type { Executor } from "../../platform/db";
import { AppError } from "../../platform/errors";
import { applicationOfParticipant, findEmployerInProgram, openingInProgram } from "./jobs.repository";

type Field = { path: string; message: string };

/**
 * The references a job may carry must belong to the same program (employer, opening) or the same person
 * (application): anything else is refused with 422, never stored.
 */
export const checkJobReferences = async (
  db: Executor,
  scope: { programId: string; participantId: string },
  refs: { employerId?: string | null; openingId?: string | null; applicationId?: string | null },
): Promise<{ employer: { id: string; name: string; setting: string } | null }> => {
  const fields: Field[] = [];
  const employer = refs.employerId ? await findEmployerInProgram(db, scope.programId, refs.employerId) : null;
  if (refs.employerId && !employer) fields.push({ path: "employerId", message: "unknown_employer" });
  if (refs.openingId && !(await openingInProgram(db, scope.programId, refs.openingId))) fields.push({ path: "openingId", message: "unknown_opening" });
  if (refs.applicationId && !(await applicationOfParticipant(db, scope.participantId, refs.applicationId))) {
    fields.push({ path: "applicationId", message: "unknown_application" });
  }
  if (fields.length > 0) throw new AppError("unprocessable", { fields });
  return { employer };
};
