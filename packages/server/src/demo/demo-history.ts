import {
  type ClosureReason,
  createEmployerContactInput,
  createJobInput,
  createReferralInput,
  type JobContract,
  type JobEndReason,
  listEmployersQuery,
  type Program,
} from "@passerelle/domain";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import type { Actor } from "../platform/journal";
import { logContact } from "../modules/contacts/log-contact";
import { listEmployers } from "../modules/employers/employers.repository";
import { logEmployerContact } from "../modules/employers/log-employer-contact";
import { createJob } from "../modules/jobs/create-job";
import { getParticipant } from "../modules/participants/participants.repository";
import { createParticipant } from "../modules/participants/create-participant";
import { updateParticipant } from "../modules/participants/update-participant";
import { createReferral } from "../modules/referrals/create-referral";
import { decideReferral } from "../modules/referrals/decide-referral";
import { logOutreach } from "../modules/referrals/log-outreach";

/**
 * Two years of the teams' past work, so that outcomes, trends and fidelity indicators have something to show: people
 * referred over the last 24 months who went through the journey (referral, first meetings, employer contacts made for
 * them, a job or not, a job ending, a closure), declined referrals, and the specialists' weekly face-to-face employer
 * contacts. Everything happened at least 35 days ago, so "my week", the recent-contact warnings and the current
 * quarter's meetings stay as the other demo files set them. Names are their own (no homonym of the other demo people).
 */
const formerFirstNames = ["Adrien", "Béatrice", "Cyril", "Delphine", "Emma", "Fabien", "Gaëlle", "Hakim", "Isabelle", "Jonathan", "Kenza", "Laurent", "Maëlle", "Nathan", "Ophélie", "Patrice", "Quentin", "Rose", "Stéphane", "Tiphaine", "Ulysse", "Valérie", "Wassim", "Xavier", "Yvonne", "Zoé", "Arnaud", "Brigitte", "Cédric", "Dounia", "Estelle", "Farid", "Gilles", "Hélène", "Ilyes", "Jeanne", "Kylian", "Lina", "Marius", "Noémie"];
const formerLastNames = ["Aubert", "Barbier", "Carpentier", "Deschamps", "Étienne", "Fleury", "Gillet", "Hoarau", "Imbert", "Jacquet", "Klein", "Lacroix", "Maillard", "Noël", "Olivier", "Pons", "Quentin", "Rey", "Schmitt", "Tessier", "Urbain", "Vidal", "Weber", "Yilmaz", "Zeller", "Arnaud", "Brun", "Carré", "Dumont", "Ferrand", "Gomez", "Hamon", "Jourdan", "Leclerc", "Marty", "Navarro", "Ollivier", "Poulain", "Riviere", "Sauvage"];

type JobShape = { title: string; occupationCode: string; contract: JobContract; hours: number; wage: number | null };
const jobShapes: JobShape[] = [
  { title: "Employé de restauration rapide", occupationCode: "G16", contract: "cdi", hours: 20, wage: 12.3 },
  { title: "Agent d'entretien", occupationCode: "K22", contract: "cdd", hours: 24, wage: 12.35 },
  { title: "Préparateur de commandes", occupationCode: "N11", contract: "interim", hours: 35, wage: 12.5 },
  { title: "Vendeur en boulangerie", occupationCode: "D11", contract: "cdi", hours: 28, wage: 12.6 },
  { title: "Jardinier", occupationCode: "A12", contract: "cdd", hours: 20, wage: 12.4 },
  { title: "Employé de rayon", occupationCode: "D15", contract: "cdi", hours: 30, wage: 12.7 },
  { title: "Aide-cuisinier", occupationCode: "G16", contract: "cdd", hours: 15, wage: 12.3 },
  { title: "Distribution de journaux", occupationCode: "N11", contract: "cdi", hours: 3, wage: 12.2 },
  { title: "Ouvrier en conditionnement", occupationCode: "H33", contract: "esat", hours: 30, wage: null },
  { title: "Mécanicien", occupationCode: "I16", contract: "cdi", hours: 35, wage: 13.4 },
  { title: "Femme de chambre", occupationCode: "G15", contract: "interim", hours: 22, wage: 12.3 },
];
const endings: { reason: JobEndReason; by: "person" | "employer" | "mutual" }[] = [
  { reason: "end_of_contract", by: "employer" },
  { reason: "resigned", by: "person" },
  { reason: "end_of_contract", by: "mutual" },
  { reason: "dismissed", by: "employer" },
  { reason: "resigned", by: "person" },
  { reason: "laid_off", by: "employer" },
];
const closures: ClosureReason[] = ["chose_to_stop", "no_longer_wants_support", "moved_away", "chose_to_stop", "transferred", "unreachable_after_outreach"];

type Ctx = AppContext & { clock: { set: (iso: string) => void } };

/** A small deterministic generator of its own, so that adding this file leaves the other demo files unchanged. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

export const seedDemoHistory = async (ctx: Ctx, today: string, programs: Program[], actor: (key: string) => Actor): Promise<void> => {
  const rnd = random(2026);
  const between = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const latest = addDays(today, -35);
  const at = (day: string, hour: string) => ctx.clock.set(`${day}T${hour}:00Z`);
  const db = ctx.database.db;
  const employersOf = async (programId: string) => (await listEmployers(db, [programId], listEmployersQuery.parse({ limit: 100 }))).items.map((e) => e.id);
  const lyonEmployers = await employersOf(programs[0].id);
  const liegeEmployers = await employersOf(programs[1].id);

  const journey = async (personId: string, specialist: Actor, employers: string[], referralDate: string, k: number) => {
    const engagedOn = addDays(referralDate, between(2, 8));
    at(engagedOn, "10:00");
    let version = (await updateParticipant(ctx, specialist, personId, { version: (await getParticipant(db, personId))?.version ?? 1, status: "engaged" })).version;
    await logContact(ctx, specialist, personId, { date: engagedOn, durationMinutes: 60, mode: "in_person", place: "community", withWhom: ["participant"], phase: "engagement", notes: "Premier rendez-vous, au café près de chez la personne." });
    const profileOn = addDays(engagedOn, between(5, 12));
    if (profileOn > latest) return;
    at(profileOn, "14:00");
    await logContact(ctx, specialist, personId, { date: profileOn, durationMinutes: 90, mode: "in_person", place: "community", withWhom: ["participant"], phase: "career_profile", notes: "Profil professionnel : expériences, envies, horaires." });
    version = (await updateParticipant(ctx, specialist, personId, { version, status: "job_search" })).version;
    // Rapid job search: most people meet an employer with their specialist within the month, some later.
    const firstEmployerOn = addDays(referralDate, k % 5 === 4 ? between(45, 90) : between(10, 30));
    if (firstEmployerOn <= latest) {
      at(firstEmployerOn, "15:00");
      await logEmployerContact(ctx, specialist, employers[k % employers.length], createEmployerContactInput.parse({ date: firstEmployerOn, faceToFace: true, kind: "for_participant", participantIds: [personId], purpose: "Présentation de la candidature avec la personne" }));
    }
    let lastActivity = firstEmployerOn <= latest ? firstEmployerOn : profileOn;
    const hired = k % 10 < 7;
    const shape = jobShapes[k % jobShapes.length];
    const startOn = addDays(firstEmployerOn, between(12, 110));
    let endOn: string | null = null;
    if (hired && startOn <= latest) {
      const lasted = k % 3 === 0 ? between(30, 80) : between(100, 420);
      endOn = addDays(startOn, lasted) <= latest && k % 4 !== 1 ? addDays(startOn, lasted) : null;
      const ending = endings[k % endings.length];
      at(startOn, "09:00");
      await createJob(
        ctx,
        specialist,
        personId,
        createJobInput.parse({
          employerId: employers[(k + 1) % employers.length],
          title: shape.title,
          occupationCode: shape.occupationCode,
          contract: shape.contract,
          startDate: startOn,
          hoursPerWeek: shape.hours,
          hourlyGrossWage: shape.wage,
          disclosure: { level: k % 2 === 0 ? "none" : "partial", details: "" },
          ...(endOn ? { endDate: endOn, endReason: ending.reason, endedBy: ending.by, endNote: "" } : {}),
        }),
      );
      at(addDays(startOn, 3), "16:00");
      await logContact(ctx, specialist, personId, { date: addDays(startOn, 3), durationMinutes: 45, mode: "in_person", place: "community", withWhom: ["participant"], phase: "follow_along", notes: "Première semaine au travail : point sur le lieu de travail." });
      lastActivity = addDays(startOn, 3);
    }
    // Most files close after a while: a job held steadily, a move, or the person's own choice.
    const closeOn = endOn ? addDays(endOn, between(20, 90)) : addDays(referralDate, between(200, 420));
    if (k % 6 !== 5 && closeOn <= latest) {
      at(closeOn, "11:00");
      const current = await getParticipant(db, personId);
      if (current) await updateParticipant(ctx, specialist, personId, { version: current.version, status: "closed", closureReason: closures[k % closures.length], closureNote: "Fin d'accompagnement discutée avec la personne." });
    } else {
      // Still on the caseload: close it anyway before the demo's present, so the present stays as the other files set it.
      const spread = addDays(latest, -between(0, 75));
      const afterLast = addDays(lastActivity, 7);
      const closedOn = afterLast > spread ? (afterLast > latest ? latest : afterLast) : spread;
      at(closedOn, "11:30");
      const current = await getParticipant(db, personId);
      if (current) await updateParticipant(ctx, specialist, personId, { version: current.version, status: "closed", closureReason: "chose_to_stop", closureNote: "Emploi stable ; la personne ne souhaite plus de suivi." });
    }
  };

  // Lyon: referrals from the CMP over two years, most accepted, two declined for the only two allowed reasons.
  const lead = actor("lead");
  const lyonSpecialists = [actor("specialist"), actor("specialistB")];
  for (let k = 0; k < 26; k++) {
    const referredOn = addDays(today, -(720 - k * 24) - between(0, 10));
    at(referredOn, "09:30");
    const referral = await createReferral(
      ctx,
      actor("clinician"),
      createReferralInput.parse({ programId: programs[0].id, firstName: formerFirstNames[k], lastName: formerLastNames[k], reason: "Souhaite retravailler.", wishInOwnWords: "J'aimerais retrouver un travail, même à temps partiel.", consentToShare: true, consentDate: referredOn, referredOn }),
    );
    const decidedOn = addDays(referredOn, between(3, 9));
    if (k === 7 || k === 19) {
      if (k === 19) {
        for (const [d, mode] of [[2, "phone"], [6, "via_care_team"]] as const) {
          at(addDays(referredOn, d), "10:00");
          await logOutreach(ctx, actor("specialist"), referral.id, { date: addDays(referredOn, d), mode, note: "Pas de réponse." });
        }
      }
      at(decidedOn, "17:00");
      await decideReferral(ctx, lead, referral.id, { action: "decline", version: k === 19 ? 3 : 1, reason: k === 7 ? "not_wanting_support_now" : "unreachable_after_outreach", date: decidedOn, note: "" });
      continue;
    }
    at(decidedOn, "17:00");
    const specialist = lyonSpecialists[k % 2];
    const accepted = await decideReferral(ctx, lead, referral.id, { action: "accept", version: 1, specialistId: specialist.userId });
    if (accepted.participantId) await journey(accepted.participantId, specialist, lyonEmployers, referredOn, k);
  }

  // Liège: people referred directly over two years (enough people for the network view to show more than "< 5").
  const liegeSpecialist = actor("specialist2");
  for (let k = 0; k < 14; k++) {
    const referralDate = addDays(today, -(700 - k * 40) - between(0, 10));
    at(referralDate, "09:00");
    const person = await createParticipant(ctx, actor("admin"), {
      programId: programs[1].id,
      firstName: formerFirstNames[26 + k],
      lastName: formerLastNames[26 + k],
      referralDate,
      referralSource: "care_team",
      specialistId: liegeSpecialist.userId,
    });
    await journey(person.id, liegeSpecialist, liegeEmployers, referralDate, k + 3);
  }

  // The specialists' job development: face-to-face visits most weeks (learning the business), and a call or two.
  for (const [specialist, employers, perWeek] of [
    [lyonSpecialists[0], lyonEmployers, 5],
    [lyonSpecialists[1], lyonEmployers, 4],
    [liegeSpecialist, liegeEmployers, 3],
  ] as const) {
    for (let week = 60; week >= 6; week--) {
      for (let v = 0; v < perWeek; v++) {
        const day = addDays(today, -week * 7 + v);
        if (day > latest) continue;
        at(day, "10:00");
        await logEmployerContact(ctx, specialist, employers[between(0, employers.length - 1)], createEmployerContactInput.parse({ date: day, faceToFace: v < perWeek - 1 || week % 2 === 0, kind: "generic", purpose: "Visite : découvrir les postes et les besoins de recrutement" }));
      }
    }
  }
};
