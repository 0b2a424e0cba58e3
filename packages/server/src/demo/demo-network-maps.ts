import { addCalendarMonths, type CloseOneRelation, type NetworkMemberInput, networkKindOfRelation, type Program, saveNetworkMapInput } from "@passerelle/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import { closeOnes, participants } from "../db/schema/index";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import { newId } from "../platform/ids";
import type { Actor } from "../platform/journal";
import { saveNetworkMap } from "../modules/network-maps/save-network-map";

type Clocked = AppContext & { clock: AppContext["clock"] & { set: (iso: string) => void } };

/**
 * "Mon réseau de soutien" for one Lyon person: two snapshots four months apart, the first started from their
 * close ones of the "Entourage" tab (the person with a mother and a friend there, when the demo has them). Between
 * the two: the friend came closer, the mother's help no longer weighs, a GEM and a neighbour joined, an uncle who
 * weighed stayed where he was. The second snapshot is shared with the care team.
 */
export const seedDemoNetworkMaps = async (ctx: Clocked, today: string, programs: Program[], actor: (key: string) => Actor): Promise<void> => {
  const db = ctx.database.db;
  const lyon = programs[0].id;
  const specialist = actor("specialist");
  const [withFamily] = await db
    .select({ participantId: closeOnes.participantId })
    .from(closeOnes)
    .where(and(eq(closeOnes.programId, lyon), eq(closeOnes.relation, "parent"), eq(closeOnes.archived, false)))
    .orderBy(asc(closeOnes.createdAt))
    .limit(1);
  const [firstActive] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.programId, lyon), inArray(participants.status, ["engaged", "job_search", "working"])))
    .orderBy(asc(participants.createdAt), asc(participants.id))
    .limit(1);
  const participantId = withFamily?.participantId ?? firstActive?.id;
  if (!participantId) return;

  const entourage = await db
    .select({ name: closeOnes.name, relation: closeOnes.relation })
    .from(closeOnes)
    .where(and(eq(closeOnes.participantId, participantId), eq(closeOnes.archived, false)))
    .orderBy(asc(closeOnes.createdAt));
  const mother = entourage.find((c) => c.relation === "parent");
  const friend = entourage.find((c) => c.relation === "friend");
  const id = { mother: newId(), friend: newId(), uncle: newId(), nurse: newId(), specialist: newId(), gem: newId(), neighbour: newId() };

  const first: NetworkMemberInput[] = [
    {
      id: id.mother, name: mother?.name ?? "Maman", kind: mother ? networkKindOfRelation(mother.relation as CloseOneRelation) : "family",
      supports: ["emotional", "tangible"], closeness: 1, effect: "mixed", note: "M'aide pour les papiers, mais s'inquiète beaucoup pour moi.",
    },
    { id: id.friend, name: friend?.name ?? "Karim", kind: "friend", supports: ["companionship"], closeness: 2, effect: "helps", note: "" },
    { id: id.uncle, name: "Oncle Gérard", kind: "family", supports: [], closeness: 3, effect: "weighs", note: "Me reproche de ne pas travailler." },
    { id: id.nurse, name: "Infirmière du CMP", kind: "professional", supports: ["emotional", "informational"], closeness: 2, effect: "helps", note: "" },
    { id: id.specialist, name: "Samuel (conseiller emploi)", kind: "professional", supports: ["informational"], closeness: 3, effect: "helps", note: "" },
  ];
  const second: NetworkMemberInput[] = [
    ...first.map((m): NetworkMemberInput => {
      if (m.id === id.mother) return { ...m, effect: "helps", note: "On en a parlé ensemble : elle me laisse plus faire." };
      if (m.id === id.friend) return { ...m, closeness: 1, supports: ["companionship", "emotional"], note: "M'accompagne aux entretiens." };
      if (m.id === id.specialist) return { ...m, closeness: 2 };
      return m;
    }),
    { id: id.gem, name: "GEM Le Lien", kind: "association", supports: ["companionship", "informational"], closeness: 2, effect: "helps", note: "Les jeudis après-midi." },
    { id: id.neighbour, name: "Mme Roux (voisine)", kind: "neighbour", supports: ["tangible"], closeness: 3, effect: "helps", note: "" },
  ];

  const secondOn = addDays(today, -9);
  const firstOn = addCalendarMonths(secondOn, -4);
  ctx.clock.set(`${firstOn}T10:30:00Z`);
  await saveNetworkMap(ctx, specialist, participantId, saveNetworkMapInput.parse({
    drawnOn: firstOn, members: first, comment: "Première carte, dessinée ensemble à partir de mon entourage.",
  }));
  ctx.clock.set(`${secondOn}T14:00:00Z`);
  await saveNetworkMap(ctx, specialist, participantId, saveNetworkMapInput.parse({
    drawnOn: secondOn, members: second, comment: "Karim s'est rapproché ; au GEM, j'ai rencontré du monde.", sharedWithCareTeam: true,
  }));
};
