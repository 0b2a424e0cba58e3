import { createActionItemInput, createMeetingFlagInput, createSupervisionInput, mondayOf, type Program, updateMeetingInput } from "@passerelle/domain";
import { and, asc, eq, ne } from "drizzle-orm";
import { participants } from "../db/schema/index";
import { authorizeParticipant } from "../platform/access";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import { AppError } from "../platform/errors";
import type { Actor } from "../platform/journal";
import { createActionItem, updateActionItem } from "../modules/meetings/action-items";
import { createMeeting } from "../modules/meetings/create-meeting";
import { flagParticipant } from "../modules/meetings/flag-participant";
import { updateMeeting } from "../modules/meetings/update-meeting";
import { recordSupervision } from "../modules/supervision/record-supervision";

/** The Lyon program's active people, split by whether the demo clinician (soin@) may see them. */
const peopleOf = async (ctx: AppContext, clinician: Actor, programId: string) => {
  const rows = await ctx.database.db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.programId, programId), ne(participants.status, "closed")))
    .orderBy(asc(participants.createdAt), asc(participants.id));
  const seen: string[] = [];
  const unseen: string[] = [];
  for (const { id } of rows) {
    try {
      await authorizeParticipant(ctx.database.db, clinician, id, "meeting.read");
      seen.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      unseen.push(id);
    }
  }
  return { seen, unseen };
};

/**
 * The weekly meeting in the Lyon program: last Tuesday's meeting, held, with its attendance (team and a CMP
 * guest), three discussions (one shared with the care team, one kept by the team, both about people soin@ follows,
 * and one about someone soin@ does not see), decisions and two action items (one done, one open); this Tuesday's
 * meeting, planned; a person flagged for it; and six supervision sessions over the last weeks.
 */
export const seedDemoMeetings = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const lyon = programs[0].id;
  const lead = actor("lead");
  const specialist = actor("specialist");
  const specialistB = actor("specialistB");
  const at = (date: string, time = "09:00") => ctx.clock.set(`${date}T${time}:00Z`);
  const thisTuesday = addDays(mondayOf(today), 1);
  const lastTuesday = addDays(thisTuesday, -7);

  // Supervision: group supervision every Thursday for four weeks, and two field mentoring sessions.
  const sessions: [number, "group_supervision" | "field_mentoring", number, string, string[]][] = [
    [-26, "group_supervision", 90, "Revue des personnes en recherche d'emploi ; partage des contacts employeurs de la semaine.", ["specialist", "specialistB"]],
    [-19, "group_supervision", 90, "Personnes sans contact depuis un mois : idées de relance, visite à domicile.", ["specialist", "specialistB"]],
    [-15, "field_mentoring", 120, "Visite employeur à deux (boulangerie de la Croix-Rousse) : présenter l'emploi accompagné.", ["specialistB"]],
    [-12, "group_supervision", 75, "Fins d'emploi récentes : ce que la personne en retient, prochaines pistes.", ["specialist", "specialistB", "peer"]],
    [-8, "field_mentoring", 90, "Accompagnement d'une première journée de travail sur site.", ["specialist"]],
    [-5, "group_supervision", 90, "Préparer la réunion avec le CMP ; conseil en droits et revenus avant une prise de poste.", ["specialist", "specialistB"]],
  ];
  for (const [days, kind, durationMinutes, topics, who] of sessions) {
    at(addDays(today, days), "15:00");
    await recordSupervision(ctx, lead, createSupervisionInput.parse({ programId: lyon, kind, date: addDays(today, days), durationMinutes, topics, attendeeIds: who.map((k) => actor(k).userId) }));
  }

  const { seen, unseen } = await peopleOf(ctx, actor("clinician"), lyon);
  const [sharedOne, privateOne, flagged] = seen;
  const teamOnly = unseen[0];

  at(addDays(lastTuesday, -6));
  const held = await createMeeting(ctx, lead, { programId: lyon, date: lastTuesday, startTime: "14:00", place: "CMP Croix-Rousse, salle de réunion" });
  at(lastTuesday, "15:30");
  const discussions = [
    sharedOne && {
      participantId: sharedOne,
      notes: "Premiers jours au travail : fatiguée le matin mais contente. Le CMP confirme que le traitement a été ajusté.",
      sharedWithCareTeam: true,
      decisions: "Visite sur le lieu de travail vendredi ; point avec le CMP dans quinze jours.",
    },
    privateOne && {
      participantId: privateOne,
      notes: "Parle de dettes et d'une crainte de perdre l'AAH en reprenant un emploi.",
      sharedWithCareTeam: false,
      decisions: "Rendez-vous de conseil en droits et revenus avant tout entretien.",
    },
    teamOnly && { participantId: teamOnly, notes: "Pas vu depuis un mois : relance par courrier et visite à domicile.", sharedWithCareTeam: false, decisions: "Samuel tente une visite à domicile." },
  ].filter((d) => !!d);
  await updateMeeting(
    ctx,
    lead,
    held.id,
    updateMeetingInput.parse({
      version: held.version,
      status: "held",
      generalNotes: "Tour de table des nouvelles orientations ; le CMP présente sa nouvelle infirmière référente.",
      attendance: [
        { userId: lead.userId, name: lead.name, role: "Coordinatrice", present: true },
        { userId: specialist.userId, name: specialist.name, role: "Conseiller emploi accompagné", present: true },
        { userId: specialistB.userId, name: specialistB.name, role: "Conseillère emploi accompagné", present: false },
        { userId: null, name: "Dr Hélène Soignante", role: "CMP Croix-Rousse", present: true },
        { userId: null, name: "Julie Martin, infirmière", role: "CMP Croix-Rousse", present: true },
      ],
      discussions,
    }),
  );
  if (sharedOne) {
    const done = await createActionItem(ctx, lead, held.id, createActionItemInput.parse({ description: "Appeler la responsable du magasin pour la visite de vendredi", participantId: sharedOne, ownerId: specialist.userId, dueDate: addDays(lastTuesday, 3) }));
    at(addDays(lastTuesday, 2), "10:00");
    await updateActionItem(ctx, specialist, done.id, { version: done.version, done: true });
  }
  if (privateOne) {
    at(lastTuesday, "15:45");
    await createActionItem(ctx, lead, held.id, createActionItemInput.parse({ description: "Préparer une simulation de droits (AAH et salaire à mi-temps)", participantId: privateOne, ownerId: specialistB.userId, dueDate: addDays(thisTuesday, 2) }));
  }
  at(addDays(mondayOf(today), -3), "11:00");
  await createMeeting(ctx, lead, { programId: lyon, date: thisTuesday, startTime: "14:00", place: "CMP Croix-Rousse, salle de réunion" });
  if (flagged) {
    // The Monday before this week's meeting: flagged for it.
    at(mondayOf(today), "16:00");
    await flagParticipant(ctx, specialist, flagged, createMeetingFlagInput.parse({ reason: "Souhaite arrêter les recherches : en parler avec le CMP." }));
  }
};
