import { type CreateServiceInput, type Program, createServiceInput } from "@passerelle/domain";
import { and, asc, eq, isNull } from "drizzle-orm";
import { consents, participants } from "../db/schema/index";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import type { Actor } from "../platform/journal";
import { createService } from "../modules/services/create-service";
import { setCareServices } from "../modules/services/care-services";
import { getParticipant } from "../modules/participants/participants.repository";
import { replaceMemberships } from "../modules/users/users.repository";

const lyonServices: CreateServiceInput[] = [
  {
    name: "CMP Lyon 3e",
    kind: "cmp",
    address: "12 rue Servient, 69003 Lyon",
    phone: "04 78 60 00 10",
    email: "cmp.lyon3@ch-demo.example.org",
    notes: "Accueil sans rendez-vous le mardi matin.",
    referents: [
      { name: "M. Faure", profession: "Infirmier", phone: "04 78 60 00 11", email: "faure@ch-demo.example.org" },
      { name: "Dr Morel", profession: "Psychiatre", phone: "04 78 60 00 12" },
      { name: "Mme Colin", profession: "Assistante sociale", email: "colin@ch-demo.example.org" },
    ],
  },
  {
    name: "Centre hospitalier Le Vinatier – unité Ouest",
    kind: "hospital_ward",
    address: "95 boulevard Pinel, 69500 Bron",
    phone: "04 37 91 50 00",
    referents: [
      { name: "Dr Besson", profession: "Psychiatre", phone: "04 37 91 50 10" },
      { name: "Mme Garnier", profession: "Cadre de santé", email: "garnier@vinatier-demo.example.org" },
    ],
  },
  {
    name: "CATTP Croix-Rousse",
    kind: "cattp",
    address: "4 place de la Croix-Rousse, 69004 Lyon",
    phone: "04 72 07 00 20",
    referents: [
      { name: "Mme Rivière", profession: "Ergothérapeute", phone: "04 72 07 00 21" },
      { name: "M. Lefort", profession: "Infirmier", phone: "04 72 07 00 22" },
    ],
  },
  {
    name: "SAMSAH Handas",
    kind: "medico_social",
    address: "30 rue de la Part-Dieu, 69003 Lyon",
    phone: "04 78 95 00 30",
    email: "samsah@handas-demo.example.org",
    referents: [
      { name: "Mme Dubois", profession: "Éducatrice spécialisée", phone: "06 70 00 00 31", email: "dubois@handas-demo.example.org" },
      { name: "M. Nguyen", profession: "Conseiller en économie sociale et familiale", phone: "06 70 00 00 32" },
    ],
  },
];

/**
 * The Lyon program's partner services register, the demo clinician in the CMP, and the care services of the
 * Lyon people who consented to share with the care team: most are followed by the CMP (so soin@ sees several
 * people, some only through a CMP referent), a quarter by another service only (soin@ does not see them).
 * Runs right after the people exist, before the files that act as the clinician.
 */
export const seedDemoServices = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const db = ctx.database.db;
  const lyon = programs[0].id;
  ctx.clock.set(`${addDays(today, -400)}T08:00:00Z`);
  const created = [];
  for (const input of lyonServices) created.push(await createService(ctx, actor("lead"), createServiceInput.parse({ programId: lyon, ...input })));
  const [cmpService, ...others] = created;

  // The clinician works at the CMP. The actor object the other demo files use is kept in step.
  const clinician = actor("clinician");
  await replaceMemberships(db, clinician.userId, [{ programId: lyon, role: "clinician", serviceId: cmpService.id }]);
  for (const m of clinician.memberships) if (m.programId === lyon) m.serviceId = cmpService.id;

  const consenting = await db
    .selectDistinct({ id: participants.id, referralDate: participants.referralDate, createdAt: participants.createdAt })
    .from(participants)
    .innerJoin(consents, and(eq(consents.participantId, participants.id), eq(consents.scope, "care_team"), isNull(consents.withdrawnOn)))
    .where(eq(participants.programId, lyon))
    .orderBy(asc(participants.createdAt), asc(participants.id));

  for (const [k, person] of consenting.entries()) {
    const other = others[k % others.length];
    const cmpReferent = cmpService.referents[k % cmpService.referents.length];
    const otherReferent = other.referents[k % other.referents.length];
    // k % 4: 0 and 2 referred by the CMP with a CMP referent; 1 referred by another service but with a CMP
    // referent (soin@ sees them through the referent); 3 followed by another service only (soin@ does not).
    const choice =
      k % 4 === 3
        ? { referringServiceId: other.id, referentIds: [otherReferent.id] }
        : k % 4 === 1
          ? { referringServiceId: other.id, referentIds: [cmpReferent.id, otherReferent.id] }
          : { referringServiceId: cmpService.id, referentIds: [cmpReferent.id] };
    ctx.clock.set(`${addDays(person.referralDate, 1)}T09:00:00Z`);
    const current = await getParticipant(db, person.id);
    if (!current) continue;
    await setCareServices(ctx, actor("lead"), person.id, { version: current.version, ...choice });
  }
};
