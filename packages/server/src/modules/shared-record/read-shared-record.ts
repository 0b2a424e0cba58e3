import { type SharedRecord, summarizeProfile } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import { latestProfile } from "../career-profile/career-profile.repository";
import { listJobs } from "../jobs/jobs.repository";
import { listNotes } from "../notes/notes.repository";
import { getParticipant } from "../participants/participants.repository";
import { listMeetingDecisions } from "./shared-record.repository";

/** The shared notes listed on the record; older ones stay in the notes tab. */
const SHARED_NOTES_LISTED = 100;

/**
 * What the care team sees of a person (issue 4, item 2), built field by field from the team's records so nothing
 * private slips in: status, a profile summary, jobs without wages, shared notes, meeting decisions. The team reads
 * the same view to check what they share. Every read is audited (for a clinician, the read of a health partner).
 */
export const readSharedRecord = async (ctx: AppContext, actor: Actor, id: string): Promise<SharedRecord> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, id, "shared_record.read");
  const participant = await getParticipant(db, id);
  if (!participant) throw notFound();
  const [profile, jobs, notes, meetingDecisions] = await Promise.all([
    latestProfile(db, id),
    listJobs(db, id),
    listNotes(db, id, { sharedOnly: true, limit: SHARED_NOTES_LISTED, offset: 0 }),
    listMeetingDecisions(db, id),
  ]);
  await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "shared_record", recordId: id, programId, participantId: id });
  return {
    participant: {
      id: participant.id,
      firstName: participant.firstName,
      lastName: participant.lastName,
      status: participant.status,
      specialistName: participant.specialistName,
    },
    profileSummary: profile ? summarizeProfile(profile.data, profile.savedAt) : null,
    jobs: jobs.map((j) => ({
      id: j.id,
      employerName: j.employerName,
      title: j.title,
      startDate: j.startDate,
      plannedEndDate: j.plannedEndDate,
      endDate: j.endDate,
      hoursPerWeek: j.hoursPerWeek,
      contract: j.contract,
    })),
    sharedNotes: notes.items,
    meetingDecisions,
  };
};
