import { createEmployerContactInput, mondayOf, type Program } from "@passerelle/domain";
import { and, eq } from "drizzle-orm";
import { employers } from "../db/schema/index";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import type { Actor } from "../platform/journal";
import { logEmployerContact } from "../modules/employers/log-employer-contact";
import { readWorklist } from "../modules/worklist/read-worklist";
import { snoozeItem } from "../modules/worklist/snooze-item";

/**
 * "Ma semaine" in the demo: this week's face-to-face employer contacts (so the team lead's table is not all
 * zeros), an employer step due today and one overdue for Samuel, and one item set aside with its reason. Runs
 * after the other demo files, on the demo's "today".
 */
export const seedDemoWorklist = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const db = ctx.database.db;
  ctx.clock.set(`${today}T16:00:00Z`);
  const rows = await db.select({ id: employers.id, name: employers.name }).from(employers).where(and(eq(employers.programId, programs[0].id)));
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  const log = async (by: string, employer: string, date: string, input: Record<string, unknown>) => {
    const employerId = byName.get(employer);
    if (!employerId) return;
    await logEmployerContact(ctx, actor(by), employerId, createEmployerContactInput.parse({ faceToFace: true, kind: "generic", ...input, date }));
  };
  const monday = mondayOf(today);
  const thisWeek = (offset: number) => (addDays(monday, offset) > today ? today : addDays(monday, offset));

  // This week's visits: Inès is on target, Samuel has some way to go.
  const visits = ["Écomusée du Bugey", "Entreprise adaptée Rhône Services", "Hôtel Les Terrasses"];
  for (let i = 0; i < 6; i += 1) {
    await log("specialistB", visits[i % 3], thisWeek(i), { purpose: "Visite de l'entreprise", outcome: "Besoins de recrutement notés" });
  }
  await log("specialist", "Écomusée du Bugey", thisWeek(0), { purpose: "Rencontre avec la responsable de l'accueil", outcome: "Intéressée par un poste d'agent d'accueil à mi-temps" });
  await log("specialist", "Entreprise adaptée Rhône Services", thisWeek(1), { purpose: "Visite de l'atelier", outcome: "Postes en conditionnement" });
  await log("specialist", "Hôtel Les Terrasses", today, {
    purpose: "Point avec la gouvernante",
    outcome: "Un poste de plongeur·se s'ouvre",
    nextStep: "Envoyer deux CV pour le poste de plongeur·se",
    nextStepDate: today,
  });
  await log("specialist", "Boulangerie Au Pain Doré", addDays(today, -4), {
    faceToFace: false,
    purpose: "Appel à la gérante",
    nextStep: "Rappeler Mme Garnier pour le renfort du matin",
    nextStepDate: addDays(today, -1),
  });

  // One item set aside, with its reason, so the "Mis de côté" section shows how it works.
  const week = await readWorklist(ctx, actor("specialist"), { scope: "mine", programId: programs[0].id });
  const outreach = week.items.find((i) => i.rule === "no_contact" && i.participantId);
  if (outreach?.participantId) {
    await snoozeItem(ctx, actor("specialist"), {
      rule: "no_contact",
      participantId: outreach.participantId,
      until: addDays(today, 10),
      reason: "Hospitalisé·e pour quelques jours ; sa sœur nous tient au courant.",
    });
  }
};
