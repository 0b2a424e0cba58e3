import { type CreateReferralInput, type Program, createReferralInput } from "@passerelle/domain";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import type { Actor } from "../platform/journal";
import { createReferral } from "../modules/referrals/create-referral";
import { decideReferral } from "../modules/referrals/decide-referral";
import { logOutreach } from "../modules/referrals/log-outreach";

type DemoReferral = Omit<CreateReferralInput, "referredOn" | "programId"> & { daysAgo: number };

const referrals: DemoReferral[] = [
  {
    daysAgo: 3,
    firstName: "Yasmine",
    lastName: "Haddad",
    phone: "06 41 00 00 01",
    reason: "Stabilisée depuis plusieurs mois, parle souvent de reprendre un travail.",
    wishInOwnWords: "Je veux un vrai travail, pas un atelier. Peut-être dans une boulangerie, j'aime me lever tôt.",
    consentToShare: true,
  },
  {
    daysAgo: 16,
    firstName: "Julien",
    lastName: "Marchetti",
    phone: "07 52 00 00 02",
    reason: "A demandé en consultation comment retrouver un emploi.",
    wishInOwnWords: "Retravailler dans la logistique, comme avant.",
    consentToShare: true,
  },
  {
    daysAgo: 24,
    firstName: "Sofia",
    lastName: "Lemaire",
    email: "sofia.lemaire@example.org",
    reason: "Souhaite reprendre une activité à temps partiel.",
    wishInOwnWords: "Travailler quelques heures avec des enfants ou des personnes âgées.",
    consentToShare: true,
  },
  {
    daysAgo: 30,
    firstName: "Karim",
    lastName: "Benali",
    phone: "06 63 00 00 04",
    reason: "En avait parlé avec son infirmier.",
    wishInOwnWords: "Plus tard, peut-être. Là je préfère finir ma formation.",
    consentToShare: false,
  },
];

/**
 * Referrals from soin@ (the CMP clinician): two pending (one the team has been trying to reach, with two
 * outreach attempts), one accepted by the team lead with Samuel as specialist (a new person in the caseload,
 * through the accept use case), one declined because the person does not want support now.
 */
export const seedDemoReferrals = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const lyon = programs[0].id;
  const sent = [];
  for (const { daysAgo, ...r } of referrals) {
    const referredOn = addDays(today, -daysAgo);
    ctx.clock.set(`${referredOn}T09:30:00Z`);
    const input = createReferralInput.parse({ ...r, programId: lyon, referredOn, consentDate: r.consentToShare ? referredOn : null });
    sent.push(await createReferral(ctx, actor("clinician"), input));
  }
  const [, unreached, toAccept, toDecline] = sent;

  ctx.clock.set(`${addDays(today, -14)}T10:00:00Z`);
  await logOutreach(ctx, actor("specialist"), unreached.id, { date: addDays(today, -14), mode: "phone", note: "Messagerie, message laissé." });
  ctx.clock.set(`${addDays(today, -9)}T15:00:00Z`);
  await logOutreach(ctx, actor("specialist"), unreached.id, { date: addDays(today, -9), mode: "via_care_team", note: "Son infirmier lui a transmis nos coordonnées." });

  ctx.clock.set(`${addDays(today, -21)}T11:00:00Z`);
  await decideReferral(ctx, actor("lead"), toAccept.id, { action: "accept", version: 1, specialistId: actor("specialist").userId });
  ctx.clock.set(`${addDays(today, -26)}T16:00:00Z`);
  await decideReferral(ctx, actor("lead"), toDecline.id, {
    action: "decline",
    version: 1,
    reason: "not_wanting_support_now",
    date: addDays(today, -26),
    note: "Souhaite d'abord terminer sa formation ; l'équipe de soin reprendra contact avec nous.",
  });
};
