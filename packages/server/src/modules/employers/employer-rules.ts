import type { Executor } from "../../platform/db";
import { AppError } from "../../platform/errors";
import { findMemberRole } from "../programs/programs.repository";

/** The specialists who know an employer work in its program (specialists, team leads, program administrators). */
export const assertProgramSpecialists = async (db: Executor, programId: string, ids: readonly string[], alreadyKnown: readonly string[] = []): Promise<void> => {
  const fields: { path: string; message: string }[] = [];
  for (const [i, id] of ids.entries()) {
    if (alreadyKnown.includes(id)) continue;
    const role = await findMemberRole(db, programId, id);
    if (role !== "specialist" && role !== "team_lead" && role !== "admin") fields.push({ path: `specialistIds.${i}`, message: "unknown_specialist" });
  }
  if (fields.length > 0) throw new AppError("validation", { fields });
};

export const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
