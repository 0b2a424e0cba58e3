import { createNoteInput, type Program } from "@passerelle/domain";
import { and, asc, eq } from "drizzle-orm";
import { participants } from "../db/schema/index";
import { authorizeParticipant } from "../platform/access";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import { AppError } from "../platform/errors";
import type { Actor } from "../platform/journal";
import { createNote } from "../modules/notes/create-note";

/** The Lyon people the demo clinician may see (care-team consent, one of the CMP's people), in a stable order. */
const seenBy = async (ctx: AppContext, clinician: Actor, programId: string): Promise<string[]> => {
  const rows = await ctx.database.db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.programId, programId)))
    .orderBy(asc(participants.createdAt), asc(participants.id));
  const seen: string[] = [];
  for (const { id } of rows) {
    try {
      await authorizeParticipant(ctx.database.db, clinician, id, "shared_record.read");
      seen.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return seen;
};

/**
 * Internal notes in the Lyon program: on a person soin@ follows, a private note (the clinician never sees it), a
 * shared one that mentions emploi@ (an unread notification for her) and a note by soin@ that mentions conseil@;
 * a few private notes elsewhere. Runs after the other demo files, in the last days before the demo's "today".
 */
export const seedDemoNotes = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const lyon = programs[0].id;
  const write = async (by: string, participantId: string, daysAgo: number, input: Record<string, unknown>) => {
    ctx.clock.set(`${addDays(today, -daysAgo)}T10:${String(30 + daysAgo).padStart(2, "0")}:00Z`);
    await createNote(ctx, actor(by), participantId, createNoteInput.parse(input));
  };
  const shared = await seenBy(ctx, actor("clinician"), lyon);
  const [first, second] = shared;
  if (first) {
    await write("specialist", first, 6, { body: "Elle m'a parlé de tensions avec son frère chez qui elle loge : à suivre, sans en faire un sujet pour l'instant." });
    await write("specialist", first, 4, {
      body: "Entretien prévu jeudi à la boulangerie de la Croix-Rousse (mi-temps le matin). Inès, peux-tu me remplacer si je suis en visite employeur ?",
      sharedWithCareTeam: true,
      mentionedUserIds: [actor("specialistB").userId],
    });
    await write("clinician", first, 2, {
      body: "Traitement ajusté la semaine dernière : un peu de fatigue le matin possible pendant quinze jours. Elle est d'accord pour qu'on en parle ensemble.",
      mentionedUserIds: [actor("specialist").userId],
    });
  }
  if (second) {
    await write("lead", second, 5, { body: "Point en réunion d'équipe : on garde le rythme d'un rendez-vous par semaine pendant la période d'essai.", sharedWithCareTeam: true });
    await write("specialistB", second, 3, { body: "A demandé de ne pas appeler sur son portable le lundi (rendez-vous au CMP)." });
  }
  // A private note on someone the clinician does not follow: the team's only.
  const [other] = await ctx.database.db
    .select({ id: participants.id })
    .from(participants)
    .where(eq(participants.programId, lyon))
    .orderBy(asc(participants.lastName), asc(participants.id))
    .limit(1);
  if (other && !shared.includes(other.id)) await write("specialist", other.id, 1, { body: "Relancer par SMS, pas de réponse au téléphone depuis deux semaines." });
};
