import { and, asc, eq, gte, isNull, ne, or, sql } from "drizzle-orm";
import { closeOnes, employers, jobs, participantReferents, participants, serviceReferents, services, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";
import { alias } from "drizzle-orm/pg-core";

/**
 * Read-only queries for "team around me". The partner services register (services, referents) belongs to the
 * services module; these read it for one person only and never write it.
 */
const specialist = alias(users, "specialist");
const peer = alias(users, "peer");

/** The person's specialist, peer supporter and referring service (archived services are no longer reachable). */
export const findTeamHeads = async (db: Executor, participantId: string) =>
  (
    await db
      .select({
        specialistName: specialist.name,
        specialistEmail: specialist.email,
        peerName: peer.name,
        peerEmail: peer.email,
        serviceName: services.name,
        serviceKind: services.kind,
        servicePhone: services.phone,
        serviceEmail: services.email,
      })
      .from(participants)
      .leftJoin(specialist, eq(specialist.id, participants.specialistId))
      .leftJoin(peer, eq(peer.id, participants.peerSupporterId))
      .leftJoin(services, and(eq(services.id, participants.referringServiceId), eq(services.archived, false)))
      .where(eq(participants.id, participantId))
  )[0] ?? null;

/** The person's psychosocial referents still in the register, with their service. */
export const findPsychosocialReferents = (db: Executor, participantId: string) =>
  db
    .select({ name: serviceReferents.name, profession: serviceReferents.profession, phone: serviceReferents.phone, email: serviceReferents.email, serviceName: services.name })
    .from(participantReferents)
    .innerJoin(serviceReferents, eq(serviceReferents.id, participantReferents.referentId))
    .innerJoin(services, eq(services.id, serviceReferents.serviceId))
    .where(and(eq(participantReferents.participantId, participantId), eq(serviceReferents.archived, false)))
    .orderBy(asc(serviceReferents.name));

export const findCurrentCloseOnes = (db: Executor, participantId: string) =>
  db
    .select({ name: closeOnes.name, relation: closeOnes.relation, phone: closeOnes.phone, email: closeOnes.email })
    .from(closeOnes)
    .where(and(eq(closeOnes.participantId, participantId), eq(closeOnes.archived, false)))
    .orderBy(asc(closeOnes.name));

/**
 * The registered employers of the person's ongoing jobs whose disclosure is not "none", with the people met there
 * (`employers.contact_people`). A job with an unregistered employer has nobody to reach in the app.
 */
export const findDisclosedEmployers = (db: Executor, participantId: string, today: string) =>
  db
    .selectDistinct({ employerId: employers.id, employerName: employers.name, contactPeople: employers.contactPeople })
    .from(jobs)
    .innerJoin(employers, eq(employers.id, jobs.employerId))
    .where(
      and(
        eq(jobs.participantId, participantId),
        sql`${jobs.startDate} <= ${today}`,
        or(isNull(jobs.endDate), gte(jobs.endDate, today)),
        ne(sql`coalesce(${jobs.disclosure}->>'level', 'none')`, "none"),
      ),
    )
    .orderBy(asc(employers.name), asc(employers.id));
