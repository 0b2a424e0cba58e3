import type { BrainstormColumn, Program } from "@passerelle/domain";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import type { Actor } from "../platform/journal";
import { addNote } from "../modules/brainstorms/add-note";
import { updateNote } from "../modules/brainstorms/arrange-wall";
import { brainstormServices } from "../modules/brainstorms/brainstorm-services";
import { createBrainstorm } from "../modules/brainstorms/create-brainstorm";
import { endBrainstorm } from "../modules/brainstorms/end-brainstorm";
import { hashGuestToken } from "../modules/brainstorms/guest-token";
import { joinBrainstorm } from "../modules/brainstorms/join-brainstorm";

/** The manual's example session, three weeks ago: ideas placed on the three sheets, two left in the heap. */
const ideas: { text: string; column: BrainstormColumn }[] = [
  { text: "Travailler dans un atelier de menuiserie", column: "dream" },
  { text: "Un poste d'où je vois la mer", column: "dream" },
  { text: "Un temps partiel, le matin", column: "realistic" },
  { text: "Une petite équipe, cinq personnes au plus", column: "realistic" },
  { text: "Pouvoir venir à vélo", column: "realistic" },
  { text: "Les open spaces bruyants me fatiguent vite", column: "critic" },
  { text: "J'ai peur de devoir parler de ma maladie", column: "critic" },
  { text: "Des pauses régulières", column: "pool" },
  { text: "Un tuteur les premières semaines", column: "pool" },
];

/** One ended brainstorm in the Lyon program, led by conseil@ (the specialist), with four phones. */
export const seedDemoBrainstorms = async (ctx: AppContext & { clock: { set: (iso: string) => void } }, today: string, programs: Program[], actor: (key: string) => Actor): Promise<void> => {
  const svc = brainstormServices(ctx);
  const leader = actor("specialist");
  ctx.clock.set(`${addDays(today, -21)}T13:30:00Z`);
  const session = await createBrainstorm(svc, leader, { programId: programs[0].id, topic: "Quel serait votre lieu de travail parfait ?" });
  const tokens: string[] = [];
  for (let i = 0; i < 4; i++) tokens.push((await joinBrainstorm(svc, session.joinCode, "127.0.0.1")).token);
  for (const [i, idea] of ideas.entries()) {
    ctx.clock.set(`${addDays(today, -21)}T13:${String(35 + i).padStart(2, "0")}:00Z`);
    const token = tokens[i % tokens.length] ?? "";
    const { note } = await addNote(svc, { kind: "guest", tokenHash: hashGuestToken(token), brainstormId: session.id }, idea.text);
    if (idea.column !== "pool") await updateNote(svc, leader, session.id, note.id, { column: idea.column });
  }
  ctx.clock.set(`${addDays(today, -21)}T14:45:00Z`);
  await endBrainstorm(svc, leader, session.id);
};
