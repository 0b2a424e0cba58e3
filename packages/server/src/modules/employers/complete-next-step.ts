import { type EmployerContact, isoDate } from "@passerelle/domain";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { employerContacts } from "../../db/schema/index";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvents, recordAudit } from "../../platform/journal";
import { findEmployerContact, touchEmployersAfterContact } from "./employers.repository";
import { authorizeEmployer } from "./read-employers";

/** POST /api/employers/:id/contacts/:contactId/next-step-done. `version`: the contact's, when the page has it. */
export const nextStepDoneInput = z.object({ doneOn: isoDate, version: z.number().int().min(1).optional() });
export type NextStepDoneInput = z.infer<typeof nextStepDoneInput>;

const contactRow = async (db: Executor, employerId: string, contactId: string) => {
  const [row] = await db
    .select()
    .from(employerContacts)
    .where(and(eq(employerContacts.id, contactId), eq(employerContacts.employerId, employerId)));
  return row ?? null;
};

/**
 * Marks an employer contact's next step done: the worklist item of its thread goes away, and the employer's
 * "next step" date moves to the earliest step still open. Without this an employer item could only be cleared by
 * logging another contact.
 */
export const completeNextStep = async (
  ctx: AppContext,
  actor: Actor,
  employerId: string,
  contactId: string,
  input: NextStepDoneInput,
): Promise<EmployerContact> => {
  const db = ctx.database.db;
  const programId = await authorizeEmployer(ctx, actor, employerId, "employer.write");
  await db.transaction(async (tx) => {
    const row = await contactRow(tx, employerId, contactId);
    if (!row || row.programId !== programId) throw notFound();
    if (input.version !== undefined && input.version !== row.version) throw staleVersion(await findEmployerContact(tx, programId, employerId, contactId));
    if (!row.nextStepDate && !row.nextStep) throw new AppError("unprocessable", { fields: [{ path: "doneOn", message: "no_next_step" }] });
    if (input.doneOn < row.date) throw new AppError("validation", { fields: [{ path: "doneOn", message: "next_step_done_before_contact" }] });
    if (input.doneOn > parisDate(ctx.clock.now())) throw new AppError("validation", { fields: [{ path: "doneOn", message: "next_step_done_in_future" }] });
    const now = ctx.clock.now();
    await tx
      .update(employerContacts)
      .set({ nextStepDoneOn: input.doneOn, updatedAt: now, version: sql`${employerContacts.version} + 1` })
      .where(eq(employerContacts.id, contactId));
    await touchEmployersAfterContact(tx, [employerId], row.date);
    const data = { contactId, employerId, nextStep: row.nextStep, nextStepDate: row.nextStepDate, doneOn: input.doneOn };
    const people = row.kind === "for_participant" ? row.participantIds : [];
    const subjects = people.length === 0 ? [null] : people;
    await appendEvents(tx, ctx.clock, subjects.map((participantId) => ({ type: "employer_contact.next_step_done" as const, actor, programId, participantId, data })));
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "employer_contact", recordId: contactId, programId });
  });
  const updated = await findEmployerContact(db, programId, employerId, contactId);
  if (!updated) throw notFound();
  return updated;
};
