import type { CreateContactInput, SupportContactEntry } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { type Actor, appendEvent } from "../../platform/journal";
import { recordContact } from "../contacts/log-contact";
import { authorizeJob } from "../jobs/read-jobs";
import { insertSupportContactLink, latestSupportPlan, listSupportContacts } from "./follow-along.repository";

/**
 * A follow-along contact: a participant contact like any other (same table, "last contact" date and timeline
 * event, phase follow_along) and the supports of the job's current plan it delivered, in one transaction.
 */
export const logSupportContact = async (
  ctx: AppContext,
  actor: Actor,
  jobId: string,
  input: { contact: CreateContactInput; supportIds: string[] },
): Promise<SupportContactEntry> => {
  const scope = await authorizeJob(ctx, actor, jobId, "job.write");
  const contactId = await ctx.database.db.transaction(async (tx) => {
    const plan = await latestSupportPlan(tx, jobId);
    const known = new Set(plan?.data.supports.map((s) => s.id) ?? []);
    const unknown = input.supportIds.flatMap((id, i) => (known.has(id) ? [] : [{ path: `supportIds.${i}`, message: "unknown_support" }]));
    if (unknown.length > 0) throw new AppError("unprocessable", { fields: unknown });
    const supportIds = [...new Set(input.supportIds)];
    const id = await recordContact(tx, ctx, actor, scope, { ...input.contact, phase: "follow_along" });
    await insertSupportContactLink(tx, { contactId: id, jobId, supportIds, date: input.contact.date });
    const kinds = plan?.data.supports.filter((s) => supportIds.includes(s.id)).map((s) => s.kind) ?? [];
    await appendEvent(tx, ctx.clock, { type: "support_contact.logged", actor, ...scope, data: { jobId, contactId: id, date: input.contact.date, supportKinds: kinds } });
    return id;
  });
  const [entry] = await listSupportContacts(ctx.database.db, jobId, contactId);
  if (!entry) throw notFound();
  return entry;
};
