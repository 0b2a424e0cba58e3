import { type Program, createCloseOneInput, createContactInput, createFamilyContactInput, listParticipantsQuery } from "@passerelle/domain";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import type { Actor } from "../platform/journal";
import { recordConsent, withdrawConsentUseCase } from "../modules/consents/record-consent";
import { logContact } from "../modules/contacts/log-contact";
import { addCloseOne } from "../modules/network/add-close-one";
import { logFamilyContact } from "../modules/network/log-family-contact";
import { listParticipants } from "../modules/participants/participants.repository";

type Clocked = AppContext & { clock: AppContext["clock"] & { set: (iso: string) => void } };

/**
 * Family and close ones on a few Lyon people: a mother with a family consent and what may be shared with her, a
 * friend without consent (nothing shared), a family meeting; a partner whose consent was later withdrawn (sharing
 * suspended); and peer support sessions logged by pair@ for the people they accompany.
 */
export const seedDemoNetwork = async (ctx: Clocked, today: string, programs: Program[], actor: (key: string) => Actor): Promise<void> => {
  const db = ctx.database.db;
  const lyon = programs[0].id;
  const specialist = actor("specialist");
  const peer = actor("peer");
  const at = (daysAgo: number, time = "10:00") => ctx.clock.set(`${addDays(today, -daysAgo)}T${time}:00Z`);
  const all = { programId: lyon, scope: "program" as const, userId: specialist.userId, serviceId: null };
  const active = async (status: "working" | "job_search" | "engaged") =>
    (await listParticipants(db, [all], listParticipantsQuery.parse({ status, limit: 50 }))).items;
  const peersPeople = (await listParticipants(db, [{ ...all, scope: "assigned_peer", userId: peer.userId }], listParticipantsQuery.parse({ limit: 50 }))).items.filter(
    (p) => p.status !== "closed" && p.status !== "referred",
  );

  // A mother, with the person's family consent and what may be shared with her; a friend without consent; a family meeting.
  const first = peersPeople[0] ?? (await active("working"))[0];
  if (first) {
    at(30);
    const consent = await recordConsent(ctx, specialist, first.id, {
      scope: "family",
      details: "Sa mère peut être informée de l'avancée, des rendez-vous et de l'emploi (pas de la santé).",
      givenOn: addDays(today, -30),
    });
    const mother = await addCloseOne(ctx, specialist, first.id, createCloseOneInput.parse({
      name: "Sylvie Moreau", relation: "parent", phone: "06 41 22 37 90", email: "sylvie.moreau@example.org", consentId: consent.id,
      mayShare: ["status", "appointments", "job"], notes: "Préfère être appelée en fin de journée.",
    }));
    const friend = await addCloseOne(ctx, specialist, first.id, createCloseOneInput.parse({ name: "Karim B.", relation: "friend", phone: "07 12 90 44 10", notes: "L'accompagne parfois aux entretiens." }));
    at(12, "16:00");
    await logFamilyContact(ctx, specialist, first.id, createFamilyContactInput.parse({
      kind: "family_meeting", date: addDays(today, -12), mode: "in_person", closeOneIds: [mother.id, friend.id], participantPresent: true,
      notes: "Rencontre à la demande de la personne : ce que fait le dispositif, comment sa mère peut soutenir la reprise sans pression.",
    }));
    at(4, "12:00");
    await logFamilyContact(ctx, specialist, first.id, createFamilyContactInput.parse({ kind: "contact", date: addDays(today, -4), mode: "phone", closeOneIds: [mother.id], participantPresent: false, notes: "Rappel du rendez-vous de jeudi, avec l'accord de la personne." }));
  }

  // A partner whose sharing is suspended: the family consent was withdrawn since.
  const second = (await active("working")).find((p) => p.id !== first?.id);
  if (second) {
    at(60);
    const consent = await recordConsent(ctx, specialist, second.id, { scope: "family", details: "Son conjoint peut être informé des horaires de travail.", givenOn: addDays(today, -60) });
    await addCloseOne(ctx, specialist, second.id, createCloseOneInput.parse({ name: "Julien Petit", relation: "partner", phone: "06 55 18 02 71", consentId: consent.id, mayShare: ["job"] }));
    at(8);
    await withdrawConsentUseCase(ctx, specialist, second.id, consent.id, addDays(today, -8));
  }

  // A sister, no consent: she is on the list, nothing is shared.
  const third = (await active("job_search"))[0];
  if (third) {
    at(20);
    await addCloseOne(ctx, specialist, third.id, createCloseOneInput.parse({ name: "Nadia Haddad", relation: "sibling", email: "nadia.h@example.org" }));
  }

  // Peer support sessions (pair-aidance) by pair@ with the people they accompany.
  for (const [i, person] of peersPeople.slice(0, 3).entries()) {
    for (const daysAgo of [18 + i, 5 + i]) {
      at(daysAgo, "14:00");
      await logContact(ctx, peer, person.id, createContactInput.parse({
        date: addDays(today, -daysAgo), durationMinutes: 60, mode: daysAgo > 10 ? "in_person" : "phone", place: daysAgo > 10 ? "community" : null, phase: "peer_support",
        notes: daysAgo > 10 ? "Café au centre-ville : échange sur sa propre reprise du travail, les craintes de la première semaine." : "Appel : comment s'est passé l'entretien, ce qui a aidé.",
      }));
    }
  }
};
