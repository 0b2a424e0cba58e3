import {
  addDays,
  computeWorklist,
  mondayOf,
  type Permission,
  weeklyEmployerContacts,
  type WorklistQuery,
  type WorklistResponse,
} from "@passerelle/domain";
import { authorizeProgram, programsWith } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { forbidden } from "../../platform/errors";
import { type Actor, auditRow } from "../../platform/journal";
import { listAllProgramIds } from "../programs/programs.repository";
import { readWorklistFacts } from "./worklist-facts.repository";
import { settingsFrom } from "./worklist-settings";
import { programSpecialists } from "./worklist.repository";

/** The program asked for, or the user's first program where they hold the permission (as the caseload does). */
export const worklistProgram = async (ctx: AppContext, actor: Actor, programId: string | undefined, permission: Permission): Promise<string> => {
  const target =
    programId ?? programsWith(actor, permission, actor.isAdmin ? await listAllProgramIds(ctx.database.db) : [])[0]?.programId;
  if (!target) throw forbidden();
  authorizeProgram(actor, target, permission);
  return target;
};

/**
 * "My week": the IPS timing rules applied to the user's people and employer threads (`mine`), or to the whole
 * team's or one specialist's (`team`, team lead). The facts are aggregated in SQL (worklist.repository.ts) and
 * judged by the domain's computeWorklist; the read is audited, since it lists people by name (in the facts' statement).
 */
export const readWorklist = async (ctx: AppContext, actor: Actor, query: WorklistQuery & { programId?: string }): Promise<WorklistResponse> => {
  const db = ctx.database.db;
  const team = query.scope === "team";
  const programId = await worklistProgram(ctx, actor, query.programId, team ? "caseload.overview" : "worklist.read");
  const forSpecialistId = team ? query.specialistId : actor.userId;
  const today = parisDate(ctx.clock.now());
  const weekStart = mondayOf(today);

  // The read is audited (it lists people by name) by the facts' own statement.
  const audit = auditRow({ actor, action: "read", recordType: "worklist", recordId: forSpecialistId ?? null, programId }, ctx.clock.now());
  const facts = await readWorklistFacts(ctx.database.readPrepared, { programId, specialistId: forSpecialistId, today, weekStart, weekEnd: addDays(weekStart, 6), audit });
  const settings = settingsFrom(facts.storedSettings);
  const specialists = team ? await programSpecialists(db, programId) : [{ id: actor.userId, name: actor.name }];
  const { threads, week } = facts;

  const { items, snoozed } = computeWorklist(
    {
      participants: facts.people,
      contacts: facts.contacts,
      employerContacts: [...facts.employerContacts, ...threads],
      jobs: facts.jobs,
      benefitsPlans: facts.benefitsPlans,
      snoozes: facts.snoozes,
      employers: threads.map((t) => ({ id: t.employerId, name: t.employerName })),
      forSpecialistId,
    },
    today,
    settings,
  );

  // Authors of this week's contacts who are no longer specialists still get their row, with their name.
  const named = new Map(specialists.map((s) => [s.id, s.name]));
  for (const c of week) if (c.specialistId && !named.has(c.specialistId) && c.name) named.set(c.specialistId, c.name);
  const employerContacts = weeklyEmployerContacts(week, weekStart, {
    target: settings.employerContactsWeeklyTarget,
    specialists: [...named.entries()].map(([id, name]) => ({ id, name })),
  });

  return { date: today, items, snoozed, employerContacts, settings };
};
