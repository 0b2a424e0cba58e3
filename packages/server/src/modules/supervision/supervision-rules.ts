import type { Executor } from "../../platform/db";
import { AppError } from "../../platform/errors";
import { listMembers } from "../programs/programs.repository";

/** Attendees are members of the program (the team lead's team); duplicates are dropped. */
export const checkAttendees = async (db: Executor, programId: string, ids: string[]): Promise<string[]> => {
  if (ids.length === 0) return [];
  const members = new Set((await listMembers(db, programId)).map((m) => m.userId));
  const problems = ids.flatMap((id, i) => (members.has(id) ? [] : [{ path: `attendeeIds.${i}`, message: "unknown_member" }]));
  if (problems.length) throw new AppError("validation", { fields: problems });
  return [...new Set(ids)];
};
