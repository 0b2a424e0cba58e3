import { type Agenda, computeAgenda } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import { settingsFrom } from "../worklist/worklist-settings";
import { readAgendaFacts } from "./agenda-facts.repository";
import { getMeetingRow } from "./meetings.repository";

/**
 * The meeting's agenda, computed from the records at the meeting's date (domain: meetings/AGENDA.md). The team's
 * only (meeting.write): it lists every person who needs attention, whatever their consent to the care team. The
 * read is audited, since it names people.
 */
export const readAgenda = async (ctx: AppContext, actor: Actor, id: string): Promise<Agenda> => {
  const db = ctx.database.db;
  // One read for the meeting and its program (the access check needs only the program).
  const meeting = await getMeetingRow(db, id);
  if (!meeting) throw notFound();
  const { programId } = meeting;
  authorizeProgram(actor, programId, "meeting.write");
  const facts = await readAgendaFacts(ctx.database.readPrepared, { programId, meetingId: id, date: meeting.date });
  const agenda = computeAgenda(facts, { meetingId: id, meetingDate: meeting.date, since: facts.previousHeldDate }, settingsFrom(facts.storedSettings));
  await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "meeting_agenda", recordId: id, programId });
  return agenda;
};
