import { and, asc, eq, inArray } from "drizzle-orm";
import type { Member, Program, Role } from "@passerelle/domain";
import { memberships, programs, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

const toProgram = (r: typeof programs.$inferSelect): Program => ({
  id: r.id,
  name: r.name,
  country: r.country,
  createdAt: r.createdAt.toISOString(),
});

export const listAllProgramIds = async (db: Executor): Promise<string[]> =>
  (await db.select({ id: programs.id }).from(programs)).map((r) => r.id);

export const listPrograms = async (db: Executor, ids: string[] | "all"): Promise<Program[]> => {
  if (ids !== "all" && ids.length === 0) return [];
  const query = db.select().from(programs);
  const rows = await (ids === "all" ? query : query.where(inArray(programs.id, ids))).orderBy(asc(programs.name));
  return rows.map(toProgram);
};

export const getProgram = async (db: Executor, id: string): Promise<Program | null> => {
  const [row] = await db.select().from(programs).where(eq(programs.id, id));
  return row ? toProgram(row) : null;
};

export const insertProgram = async (db: Executor, values: typeof programs.$inferInsert): Promise<Program> => {
  const [row] = await db.insert(programs).values(values).returning();
  return toProgram(row);
};

export const listMembers = async (db: Executor, programId: string): Promise<Member[]> =>
  db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.programId, programId))
    .orderBy(asc(users.name));

export const findMemberRole = async (db: Executor, programId: string, userId: string): Promise<Role | null> => {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.programId, programId), eq(memberships.userId, userId)));
  return row?.role ?? null;
};
