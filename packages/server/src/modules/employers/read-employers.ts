import { type EmployerDetail, type ListEmployersQuery, recentContactByOthers } from "@passerelle/domain";
import { authorizeProgram, programsWith } from "../../platform/access";
import { addDays, parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { forbidden, notFound } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { listAllProgramIds } from "../programs/programs.repository";
import {
  employerContactFacts,
  findEmployerProgram,
  getEmployer,
  isNameSearch,
  listEmployerSummaries,
  listEmployers,
  searchEmployersByName,
} from "./employers.repository";

/** The window of the "a colleague contacted this employer lately" notice. */
export const RECENT_CONTACT_DAYS = 30;

export const listVisibleEmployers = async (ctx: AppContext, actor: Actor, query: ListEmployersQuery & { programId?: string }) => {
  const db = ctx.database.db;
  let programIds: string[];
  if (query.programId) {
    authorizeProgram(actor, query.programId, "employer.read");
    programIds = [query.programId];
  } else {
    const all = actor.isAdmin ? await listAllProgramIds(db) : [];
    programIds = programsWith(actor, "employer.read", all).map((p) => p.programId);
    if (programIds.length === 0 && !actor.isAdmin) throw forbidden();
  }
  if (isNameSearch(query)) return searchEmployersByName(ctx.database.readPrepared, programIds, query);
  return query.view === "summary" ? listEmployerSummaries(db, programIds, query) : listEmployers(db, programIds, query);
};

/** Checks the employer exists for this user (404 otherwise) and that the role allows `permission` (403). */
export const authorizeEmployer = async (ctx: AppContext, actor: Actor, id: string, permission: "employer.read" | "employer.write") => {
  const programId = await findEmployerProgram(ctx.database.db, id);
  if (!programId) throw notFound();
  authorizeProgram(actor, programId, permission);
  return programId;
};

/** The record, and which colleagues contacted this employer in the last 30 days (Europe/Paris calendar). */
export const readEmployer = async (ctx: AppContext, actor: Actor, id: string): Promise<EmployerDetail> => {
  const db = ctx.database.db;
  const programId = await authorizeEmployer(ctx, actor, id, "employer.read");
  const employer = await getEmployer(db, id);
  if (!employer) throw notFound();
  const today = parisDate(ctx.clock.now());
  const facts = await employerContactFacts(db, programId, id, addDays(today, -RECENT_CONTACT_DAYS), today);
  return { ...employer, recentContactsByOthers: recentContactByOthers(facts, id, actor.userId, today, RECENT_CONTACT_DAYS) };
};
