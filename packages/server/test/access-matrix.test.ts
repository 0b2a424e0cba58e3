import { benefitsComparisonInputSchema, compareScenarios } from "@passerelle/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertBenefitsPlan } from "../src/modules/benefits/benefits.repository";
import { newId } from "../src/platform/ids";
import { getParticipant } from "../src/modules/participants/participants.repository";
import { latestProfile } from "../src/modules/career-profile/career-profile.repository";
import { insertConsent } from "../src/modules/consents/consents.repository";
import { getEmployer, insertEmployer } from "../src/modules/employers/employers.repository";
import { insertSupportPlan, latestSupportPlan } from "../src/modules/follow-along/follow-along.repository";
import { getJobRow, insertJob } from "../src/modules/jobs/jobs.repository";
import { insertApplication } from "../src/modules/job-search/applications.repository";
import { latestPlan } from "../src/modules/job-search/job-search-plan.repository";
import { insertParticipant, searchNameOf } from "../src/modules/participants/participants.repository";
import { insertReferral } from "../src/modules/referrals/referrals.repository";
import { insertUser } from "../src/modules/users/users.repository";
import { getOpening, insertOpening } from "../src/modules/openings/openings.repository";
import { insertEmployerContact } from "../src/modules/employers/employers.repository";
import { insertSnooze } from "../src/modules/worklist/worklist.repository";
import { currentReferentIds, findServiceRow, insertReferents } from "../src/modules/services/services.repository";
import { parisDate } from "../src/platform/clock";
import { getCloseOne, insertCloseOne } from "../src/modules/network/network.repository";
import { eq } from "drizzle-orm";
import { notifications } from "../src/db/schema/index";
import { getNote, insertNote } from "../src/modules/notes/notes.repository";
import { insertNotifications } from "../src/modules/notifications/notifications.repository";
import { getActionItem, getMeetingRow, insertActionItem, insertMeeting } from "../src/modules/meetings/meetings.repository";
import { getSupervisionSession, insertSupervisionSession } from "../src/modules/supervision/supervision.repository";
import { getReviewRow, insertReview } from "../src/modules/fidelity/reviews.repository";
import { getFidelitySettings } from "../src/modules/fidelity/fidelity-settings.repository";
import { insertBrainstorm, insertNote as insertBrainstormNote } from "../src/modules/brainstorms/brainstorms.repository";
import { getSstPlan, insertSstPlan } from "../src/modules/sst/sst.repository";
import { insertRoutine } from "../src/modules/routines/routines.repository";
import { insertNetworkMap } from "../src/modules/network-maps/network-maps.repository";
import { getGoal, insertGoal } from "../src/modules/goals/goals.repository";
import { insertConversation } from "../src/modules/conversations/conversations.repository";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

/**
 * Every API route x every role, including no session and a user of another program. The expected answers are
 * written out by hand: they are the access policy as the issue states it. A route missing here fails the test.
 */
type Who = "anonymous" | "admin" | "programAdmin" | "team_lead" | "specialist" | "clinician" | "peer" | "otherSpecialist" | "network";
const everyone: Who[] = ["anonymous", "admin", "programAdmin", "team_lead", "specialist", "clinician", "peer", "otherSpecialist", "network"];
const signedIn = everyone.filter((w) => w !== "anonymous");

type Case = {
  method: string;
  url: string;
  path: () => string | Promise<string>;
  body?: () => unknown | Promise<unknown>;
  /** Who gets the success status; everyone else signed in gets `otherwise` (403), other program gets 404 where stated. */
  allowed: Who[];
  ok: number;
  outsider?: number;
  publicStatus?: number;
};

let t: TestApp;
let world: World;
let participantId: string;
let employerId: string;
let openingId: string;
let jobId: string;
/** Helper A: a psychosocial referent of service1, edited by the referent route. */
let careReferentId = "";
const supportId = newId();
/** Helper E: a close one of the matrix person (network routes). */
const matrixCloseOneId = newId();
const supportPlanData = () => ({ supports: [{ id: supportId, kind: "on_site_coaching", provider: "specialist", frequency: "weekly" }], notes: `N${newId()}` });
/** Helper D: a shared note written by the specialist, and a notification of a user who never signs in. */
const matrixNoteId = newId();
let strangersNotificationId = "";
/** Helper C: a meeting with an action item, and a supervision session. */
const matrixMeetingId = newId();
const matrixActionItemId = newId();
const matrixSupervisionId = newId();
/** Helper D (issue 5): a draft fidelity review of program 1. */
const matrixFidelityReviewId = newId();
/** Practice, brainstorms: an open session with a note, one to end, one ended (its stream answers and closes). */
const matrixBrainstorm = { id: newId(), joinCode: "MTX234", noteId: newId(), toEndId: newId(), endedId: newId() };
/** A fresh note of the open session, for each DELETE. */
const matrixBrainstormNote = async (): Promise<string> => {
  const id = newId();
  await insertBrainstormNote(t.database.db, { id, brainstormId: matrixBrainstorm.id, text: "Matrix", column: "pool", position: 1, createdAt: new Date() });
  return id;
};
/** Practice, SST: a plan of the matrix person, shared with the care team. */
const matrixSstPlanId = newId();
/** Practice, routines: a version of the matrix person's week, shared with the care team. */
const matrixRoutineId = newId();
/** Practice, network maps: a snapshot of the matrix person's support network, shared with the care team. */
const matrixNetworkMapId = newId();
/** Practice, goals and conversations: a goal and a conversation of the matrix person, shared with the care team. */
const matrixGoalId = newId();
const matrixConversationId = newId();
const clients = new Map<Who, ApiClient>();

const benefitsSituation = { person: { age: 30, incapacityRate: 0.8, housing: "owner" }, from: "2026-01", to: "2026-12" };

const savedPlanContent = () => {
  const input = benefitsComparisonInputSchema.parse({ situation: benefitsSituation, scenarios: [{ startMonth: "2026-03", hoursPerWeek: 20, monthlyNet: 900 }] });
  return { situation: input.situation, scenarios: input.scenarios, results: compareScenarios(input) };
};

/** Helper B: a pending referral from the program-1 clinician (service1), for the referral routes. */
const matrixReferral = async (): Promise<string> => {
  const id = newId();
  await insertReferral(t.database.db, {
    id, programId: world.program1, serviceId: world.service1, referrerId: world.users.clinician.id, firstName: "Matrix", lastName: "Referral", referredOn: "2026-10-01",
  });
  return id;
};

const freshVersion = async () => (await getParticipant(t.database.db, participantId))?.version ?? 0;

const cases = (): Case[] => {
  const p = () => participantId;
  const writers: Who[] = ["admin", "programAdmin", "team_lead", "specialist"];
  const leads: Who[] = ["admin", "programAdmin", "team_lead"];
  const program1Readers: Who[] = ["admin", "programAdmin", "team_lead", "specialist", "clinician", "peer"];
  return [
    { method: "GET", url: "/api/health", path: () => "/api/health", allowed: everyone, ok: 200, publicStatus: 200 },
    { method: "GET", url: "/api/setup", path: () => "/api/setup", allowed: everyone, ok: 200, publicStatus: 200 },
    {
      method: "POST", url: "/api/setup", path: () => "/api/setup",
      body: () => ({ programName: "X", adminName: "X", email: `s${newId()}@example.org`, password: "long enough password" }),
      allowed: everyone, ok: 409, publicStatus: 409,
    },
    { method: "POST", url: "/api/auth/login", path: () => "/api/auth/login", body: () => ({ email: "nobody@example.org", password: "wrong" }), allowed: everyone, ok: 401, publicStatus: 401 },
    { method: "GET", url: "/api/me", path: () => "/api/me", allowed: signedIn, ok: 200, outsider: 200 },
    { method: "PATCH", url: "/api/me", path: () => "/api/me", body: () => ({ locale: "fr" }), allowed: signedIn, ok: 200, outsider: 200 },
    { method: "POST", url: "/api/auth/password", path: () => "/api/auth/password", body: () => ({ currentPassword: PASSWORD, newPassword: PASSWORD }), allowed: signedIn, ok: 204, outsider: 204 },
    { method: "GET", url: "/api/programs", path: () => "/api/programs", allowed: signedIn, ok: 200, outsider: 200 },
    { method: "POST", url: "/api/programs", path: () => "/api/programs", body: () => ({ name: "Nouveau", country: "FR" }), allowed: ["admin", "programAdmin"], ok: 201, outsider: 403 },
    { method: "GET", url: "/api/programs/:id/members", path: () => `/api/programs/${world.program1}/members`, allowed: program1Readers, ok: 200 },
    { method: "GET", url: "/api/users", path: () => "/api/users", allowed: ["admin", "programAdmin"], ok: 200, outsider: 403 },
    {
      method: "POST", url: "/api/users", path: () => "/api/users",
      body: () => ({ email: `u${newId()}@example.org`, name: "U", password: "long enough password", memberships: [{ programId: world.program1, role: "peer" }] }),
      allowed: ["admin", "programAdmin"], ok: 201, outsider: 403,
    },
    {
      method: "PUT", url: "/api/users/:id/memberships", path: () => `/api/users/${world.users.specialistB.id}/memberships`,
      body: () => ({ memberships: [{ programId: world.program1, role: "specialist" }] }), allowed: ["admin", "programAdmin"], ok: 200, outsider: 403,
    },
    { method: "GET", url: "/api/participants", path: () => "/api/participants", allowed: signedIn, ok: 200, outsider: 200 },
    {
      method: "POST", url: "/api/participants", path: () => "/api/participants",
      body: () => ({ programId: world.program1, firstName: "New", lastName: "Person", referralDate: "2026-10-01" }), allowed: writers, ok: 201,
    },
    { method: "GET", url: "/api/participants/:id", path: () => `/api/participants/${p()}`, allowed: program1Readers, ok: 200 },
    { method: "PATCH", url: "/api/participants/:id", path: () => `/api/participants/${p()}`, body: async () => ({ version: await freshVersion(), referentName: `R${newId()}` }), allowed: writers, ok: 200 },
    { method: "POST", url: "/api/participants/reassign", path: () => "/api/participants/reassign", body: () => ({ participantIds: [p()], specialistId: world.users.specialist.id }), allowed: leads, ok: 200, outsider: 403 },
    { method: "GET", url: "/api/caseloads", path: () => `/api/caseloads?programId=${world.program1}`, allowed: leads, ok: 200 },
    // The care team reads a summary of the profile through the shared record, not the full profile.
    { method: "GET", url: "/api/participants/:id/profile", path: () => `/api/participants/${p()}/profile`, allowed: [...writers, "peer"], ok: 200 },
    {
      method: "PUT", url: "/api/participants/:id/profile", path: () => `/api/participants/${p()}/profile`,
      body: async () => ({ version: (await latestProfile(t.database.db, p()))?.version ?? 0, data: {} }), allowed: writers, ok: 200,
    },
    { method: "GET", url: "/api/participants/:id/profile/history", path: () => `/api/participants/${p()}/profile/history`, allowed: [...writers, "peer"], ok: 200 },
    { method: "GET", url: "/api/participants/:id/consents", path: () => `/api/participants/${p()}/consents`, allowed: [...writers, "clinician"], ok: 200 },
    { method: "POST", url: "/api/participants/:id/consents", path: () => `/api/participants/${p()}/consents`, body: () => ({ scope: "family", details: "", givenOn: "2026-10-01" }), allowed: writers, ok: 201 },
    {
      method: "POST", url: "/api/participants/:id/consents/:consentId/withdraw",
      path: async () => {
        const consentId = newId();
        await insertConsent(t.database.db, { id: consentId, participantId: p(), scope: "family", details: "", givenOn: "2026-10-01" });
        return `/api/participants/${p()}/consents/${consentId}/withdraw`;
      },
      body: () => ({ withdrawnOn: "2026-10-02" }), allowed: writers, ok: 200,
    },
    { method: "GET", url: "/api/participants/:id/contacts", path: () => `/api/participants/${p()}/contacts`, allowed: [...writers, "peer"], ok: 200 },
    { method: "POST", url: "/api/participants/:id/contacts", path: () => `/api/participants/${p()}/contacts`, body: () => ({ date: "2026-10-03", mode: "phone", phase: "engagement" }), allowed: [...writers, "peer"], ok: 201 },
    { method: "GET", url: "/api/participants/:id/timeline", path: () => `/api/participants/${p()}/timeline`, allowed: [...writers, "peer"], ok: 200 },
    { method: "GET", url: "/api/audit", path: () => `/api/audit?participantId=${p()}`, allowed: leads, ok: 200 },
    // Benefits counselling: income data are need-to-know, kept from clinicians and peers. A quick simulation
    // needs the permission in one of the user's programs (the other program's specialist has it there).
    { method: "POST", url: "/api/benefits/simulate", path: () => "/api/benefits/simulate", body: () => benefitsSituation, allowed: writers, ok: 200, outsider: 200 },
    {
      method: "POST", url: "/api/benefits/compare", path: () => "/api/benefits/compare",
      body: () => ({ situation: benefitsSituation, scenarios: [{ startMonth: "2026-03", hoursPerWeek: 20, hourlyGross: 12.02 }] }), allowed: writers, ok: 200, outsider: 200,
    },
    { method: "GET", url: "/api/participants/:id/benefit-plans", path: () => `/api/participants/${p()}/benefit-plans`, allowed: writers, ok: 200 },
    {
      method: "POST", url: "/api/participants/:id/benefit-plans", path: () => `/api/participants/${p()}/benefit-plans`,
      body: () => ({ planDate: "2026-02-10", situation: benefitsSituation, scenarios: [{ startMonth: "2026-03", hoursPerWeek: 20, monthlyNet: 900 }] }), allowed: writers, ok: 201,
    },
    {
      method: "GET", url: "/api/participants/:id/benefit-plans/:planId",
      path: async () => {
        const planId = newId();
        await insertBenefitsPlan(t.database.db, {
          id: planId, participantId: p(), programId: world.program1, country: "FR", planDate: "2026-02-10", returnToWorkCumulation: true, ...savedPlanContent(),
        });
        return `/api/participants/${p()}/benefit-plans/${planId}`;
      },
      allowed: writers, ok: 200,
    },
    // Job development: the employer register and its contact log are the team's (admin, team lead, specialist);
    // clinicians and peers get 403, since a contact for a named person reveals who is looking for work.
    { method: "GET", url: "/api/employers", path: () => "/api/employers", allowed: writers, ok: 200, outsider: 200 },
    { method: "POST", url: "/api/employers", path: () => "/api/employers", body: () => ({ programId: world.program1, name: `Employeur ${newId()}` }), allowed: writers, ok: 201 },
    { method: "GET", url: "/api/employers/:id", path: () => `/api/employers/${employerId}`, allowed: writers, ok: 200 },
    {
      method: "PATCH", url: "/api/employers/:id", path: () => `/api/employers/${employerId}`,
      body: async () => ({ version: (await getEmployer(t.database.db, employerId))?.version ?? 0, notes: `N${newId()}` }), allowed: writers, ok: 200,
    },
    { method: "GET", url: "/api/employers/:id/contacts", path: () => `/api/employers/${employerId}/contacts`, allowed: writers, ok: 200 },
    {
      method: "POST", url: "/api/employers/:id/contacts", path: () => `/api/employers/${employerId}/contacts`,
      body: () => ({ date: "2026-10-03", faceToFace: true, kind: "for_participant", participantIds: [p()] }), allowed: writers, ok: 201,
    },
    // Employer import and export: the file is the raw body (any content type; the bytes tell CSV from XLSX).
    { method: "POST", url: "/api/employers/import/preview", path: () => `/api/employers/import/preview?programId=${world.program1}`, body: () => `Nom\nAperçu ${newId()}\n`, allowed: writers, ok: 200 },
    { method: "POST", url: "/api/employers/import", path: () => `/api/employers/import?programId=${world.program1}`, body: () => `Nom\nImport ${newId()}\n`, allowed: writers, ok: 200 },
    { method: "GET", url: "/api/employers/export", path: () => `/api/employers/export?programId=${world.program1}`, allowed: writers, ok: 200 },
    // Job search plan and applications: read by the team and by the peer who accompanies the person (job.read),
    // written by the team (job.write); clinicians get 403.
    { method: "GET", url: "/api/participants/:id/job-search-plan", path: () => `/api/participants/${p()}/job-search-plan`, allowed: [...writers, "peer"], ok: 200 },
    {
      method: "PUT", url: "/api/participants/:id/job-search-plan", path: () => `/api/participants/${p()}/job-search-plan`,
      body: async () => ({ version: (await latestPlan(t.database.db, p()))?.version ?? 0, data: { notes: `N${newId()}` } }), allowed: writers, ok: 200,
    },
    { method: "GET", url: "/api/participants/:id/job-search-plan/history", path: () => `/api/participants/${p()}/job-search-plan/history`, allowed: [...writers, "peer"], ok: 200 },
    { method: "GET", url: "/api/participants/:id/applications", path: () => `/api/participants/${p()}/applications`, allowed: [...writers, "peer"], ok: 200 },
    {
      method: "POST", url: "/api/participants/:id/applications", path: () => `/api/participants/${p()}/applications`,
      body: () => ({ employerId, title: "Vendeur", date: "2026-10-03" }), allowed: writers, ok: 201,
    },
    {
      method: "POST", url: "/api/applications/:id/status",
      path: async () => {
        const applicationId = newId();
        await insertApplication(t.database.db, {
          id: applicationId, programId: world.program1, participantId: p(), employerName: "Matrix Employer", title: "Vendeur", status: "interested",
          history: [{ status: "interested", date: "2026-10-01", reason: null, note: "" }],
        });
        return `/api/applications/${applicationId}/status`;
      },
      body: () => ({ version: 1, status: "applied", date: "2026-10-02" }), allowed: writers, ok: 200,
    },
    // Jobs and follow-along: read by the team and by the peer who accompanies the person (job.read), written by
    // the team (job.write); clinicians get 403.
    { method: "GET", url: "/api/participants/:id/jobs", path: () => `/api/participants/${p()}/jobs`, allowed: [...writers, "peer"], ok: 200 },
    {
      method: "POST", url: "/api/participants/:id/jobs", path: () => `/api/participants/${p()}/jobs`,
      body: () => ({ employerName: "Café", title: "Serveur", startDate: "2026-10-05", contract: "cdd" }), allowed: writers, ok: 201,
    },
    { method: "GET", url: "/api/jobs/:id", path: () => `/api/jobs/${jobId}`, allowed: [...writers, "peer"], ok: 200 },
    {
      method: "PATCH", url: "/api/jobs/:id", path: () => `/api/jobs/${jobId}`,
      body: async () => ({ version: (await getJobRow(t.database.db, jobId))?.version ?? 0, endNote: `N${newId()}` }), allowed: writers, ok: 200,
    },
    { method: "GET", url: "/api/jobs/:id/support-plan", path: () => `/api/jobs/${jobId}/support-plan`, allowed: [...writers, "peer"], ok: 200 },
    {
      method: "PUT", url: "/api/jobs/:id/support-plan", path: () => `/api/jobs/${jobId}/support-plan`,
      body: async () => ({ version: (await latestSupportPlan(t.database.db, jobId))?.version ?? 0, data: supportPlanData() }), allowed: writers, ok: 200,
    },
    { method: "GET", url: "/api/jobs/:id/support-contacts", path: () => `/api/jobs/${jobId}/support-contacts`, allowed: [...writers, "peer"], ok: 200 },
    {
      method: "POST", url: "/api/jobs/:id/support-contacts", path: () => `/api/jobs/${jobId}/support-contacts`,
      body: () => ({ contact: { date: "2026-10-06", mode: "in_person", phase: "follow_along" }, supportIds: [supportId] }), allowed: writers, ok: 201,
    },
    // "My week": the worklist is the team's (admin, team lead, specialist); the whole team's view and the
    // thresholds are the team lead's. The other program's specialist reads their own program's list.
    { method: "GET", url: "/api/worklist", path: () => "/api/worklist", allowed: writers, ok: 200, outsider: 200 },
    {
      method: "POST", url: "/api/worklist/snoozes", path: () => "/api/worklist/snoozes",
      body: () => ({ rule: "no_contact", participantId: p(), until: "2099-01-01", reason: "Matrix" }), allowed: writers, ok: 201,
    },
    {
      method: "DELETE", url: "/api/worklist/snoozes/:id",
      path: async () => {
        const snoozeId = newId();
        await insertSnooze(t.database.db, { id: snoozeId, programId: world.program1, rule: "no_contact", participantId: p(), until: "2099-01-01", reason: "Matrix" });
        return `/api/worklist/snoozes/${snoozeId}`;
      },
      allowed: writers, ok: 204,
    },
    { method: "GET", url: "/api/programs/:id/worklist-settings", path: () => `/api/programs/${world.program1}/worklist-settings`, allowed: writers, ok: 200 },
    {
      method: "PUT", url: "/api/programs/:id/worklist-settings", path: () => `/api/programs/${world.program1}/worklist-settings`,
      body: async () => {
        const current = await clients.get("admin")?.get(`/api/programs/${world.program1}/worklist-settings`);
        return { version: current?.body.version ?? 0, settings: current?.body.settings ?? {} };
      },
      allowed: leads, ok: 200,
    },
    {
      method: "POST", url: "/api/employers/:id/contacts/:contactId/next-step-done",
      path: async () => {
        const contactId = newId();
        await insertEmployerContact(t.database.db, {
          id: contactId, programId: world.program1, employerId, date: "2026-10-03", faceToFace: true, kind: "generic", nextStep: "Rappeler", nextStepDate: "2026-10-10",
        });
        return `/api/employers/${employerId}/contacts/${contactId}/next-step-done`;
      },
      body: () => ({ doneOn: parisDate(new Date()) }), allowed: writers, ok: 200,
    },
    // Openings and matching are job development (opening.read/write: admin, team lead, specialist). A person's
    // matches also need their record; clinicians and peers get 403. The commune search is public reference data.
    { method: "GET", url: "/api/openings", path: () => "/api/openings", allowed: writers, ok: 200, outsider: 200 },
    { method: "POST", url: "/api/openings", path: () => "/api/openings", body: () => ({ employerId, title: `Offre ${newId()}`, source: "other" }), allowed: writers, ok: 201 },
    { method: "GET", url: "/api/openings/:id", path: () => `/api/openings/${openingId}`, allowed: writers, ok: 200 },
    {
      method: "PATCH", url: "/api/openings/:id", path: () => `/api/openings/${openingId}`,
      body: async () => ({ version: (await getOpening(t.database.db, openingId))?.version ?? 0, requirements: `R${newId()}` }), allowed: writers, ok: 200,
    },
    { method: "GET", url: "/api/openings/:id/matches", path: () => `/api/openings/${openingId}/matches`, allowed: writers, ok: 200 },
    { method: "GET", url: "/api/participants/:id/matches", path: () => `/api/participants/${p()}/matches`, allowed: writers, ok: 200 },
    { method: "GET", url: "/api/places/communes", path: () => "/api/places/communes?q=lyon", allowed: signedIn, ok: 200, outsider: 200 },
    // --- care team: services and referents (helper A) ---
    // The register is read by every program role (clinicians and peers need to know who the partners are) and
    // written by the employment team. The other program's specialist lists their own program's register.
    { method: "GET", url: "/api/services", path: () => "/api/services", allowed: program1Readers, ok: 200, outsider: 200 },
    { method: "POST", url: "/api/services", path: () => "/api/services", body: () => ({ programId: world.program1, name: `S${newId()}`, kind: "cmp" }), allowed: writers, ok: 201 },
    { method: "GET", url: "/api/services/:id", path: () => `/api/services/${world.service1}`, allowed: program1Readers, ok: 200 },
    {
      method: "PATCH", url: "/api/services/:id", path: () => `/api/services/${world.service1}`,
      body: async () => ({ version: (await findServiceRow(t.database.db, world.service1))?.version ?? 0, notes: `N${newId()}` }), allowed: writers, ok: 200,
    },
    { method: "POST", url: "/api/services/:id/referents", path: () => `/api/services/${world.service1}/referents`, body: () => ({ name: `R${newId()}` }), allowed: writers, ok: 201 },
    {
      method: "PATCH", url: "/api/services/:id/referents/:referentId", path: () => `/api/services/${world.service1}/referents/${careReferentId}`,
      body: () => ({ profession: `P${newId()}` }), allowed: writers, ok: 200,
    },
    // A person's care services: read with the record (the clinician of their service included), set by the team.
    // The referring service stays service1 and the referents stay as they are, so the matrix person's scope holds.
    { method: "GET", url: "/api/participants/:id/care-services", path: () => `/api/participants/${p()}/care-services`, allowed: program1Readers, ok: 200 },
    {
      method: "PUT", url: "/api/participants/:id/care-services", path: () => `/api/participants/${p()}/care-services`,
      body: async () => ({ version: await freshVersion(), referringServiceId: world.service1, referentIds: await currentReferentIds(t.database.db, p()) }),
      allowed: writers, ok: 200,
    },
    // --- care team: referrals (helper B) ---
    // Referrals: sent by clinicians and team leads, followed by the employment team and the clinician who sent them
    // (or of their service), decided by the team lead; outreach is logged by the employment team. Each call gets a
    // fresh pending referral from the program-1 clinician, so a decision never meets an already decided one.
    { method: "GET", url: "/api/referrals", path: () => "/api/referrals", allowed: [...writers, "clinician"], ok: 200, outsider: 200 },
    {
      method: "POST", url: "/api/referrals", path: () => "/api/referrals",
      body: () => ({ programId: world.program1, firstName: "Matrix", lastName: "Referral", referredOn: "2026-10-01" }), allowed: [...leads, "clinician"], ok: 201,
    },
    { method: "GET", url: "/api/referrals/:id", path: async () => `/api/referrals/${await matrixReferral()}`, allowed: [...writers, "clinician"], ok: 200 },
    {
      method: "PATCH", url: "/api/referrals/:id", path: async () => `/api/referrals/${await matrixReferral()}`,
      body: () => ({ action: "accept", version: 1, specialistId: world.users.specialist.id }), allowed: leads, ok: 200,
    },
    {
      method: "POST", url: "/api/referrals/:id/outreach", path: async () => `/api/referrals/${await matrixReferral()}/outreach`,
      body: () => ({ date: "2026-10-02", mode: "phone" }), allowed: writers, ok: 201,
    },
    // --- care team: meetings, action items, flags, supervision (helper C) ---
    // The weekly meeting: minutes read by the team and the care team (a clinician gets their people's shared items
    // only); written by the team; the agenda names everyone, so it is the team's. Supervision: read by the team,
    // recorded by the team lead.
    { method: "GET", url: "/api/meetings", path: () => `/api/meetings?programId=${world.program1}`, allowed: [...writers, "clinician"], ok: 200 },
    { method: "POST", url: "/api/meetings", path: () => "/api/meetings", body: () => ({ programId: world.program1, date: "2026-10-06" }), allowed: writers, ok: 201 },
    { method: "GET", url: "/api/meetings/:id", path: () => `/api/meetings/${matrixMeetingId}`, allowed: [...writers, "clinician"], ok: 200 },
    {
      method: "PATCH", url: "/api/meetings/:id", path: () => `/api/meetings/${matrixMeetingId}`,
      body: async () => ({ version: (await getMeetingRow(t.database.db, matrixMeetingId))?.version ?? 0, generalNotes: `N${newId()}` }), allowed: writers, ok: 200,
    },
    { method: "GET", url: "/api/meetings/:id/agenda", path: () => `/api/meetings/${matrixMeetingId}/agenda`, allowed: writers, ok: 200 },
    {
      method: "POST", url: "/api/meetings/:id/action-items", path: () => `/api/meetings/${matrixMeetingId}/action-items`,
      body: () => ({ description: "Matrix action", participantId: p() }), allowed: writers, ok: 201,
    },
    {
      method: "PATCH", url: "/api/action-items/:id", path: () => `/api/action-items/${matrixActionItemId}`,
      body: async () => ({ version: (await getActionItem(t.database.db, matrixActionItemId))?.version ?? 0, description: `D${newId()}` }), allowed: writers, ok: 200,
    },
    { method: "POST", url: "/api/participants/:id/meeting-flags", path: () => `/api/participants/${p()}/meeting-flags`, body: () => ({ reason: "Matrix" }), allowed: writers, ok: 201 },
    { method: "GET", url: "/api/supervision-sessions", path: () => `/api/supervision-sessions?programId=${world.program1}`, allowed: writers, ok: 200 },
    {
      method: "POST", url: "/api/supervision-sessions", path: () => "/api/supervision-sessions",
      body: () => ({ programId: world.program1, kind: "group_supervision", date: "2026-10-05" }), allowed: leads, ok: 201,
    },
    {
      method: "PATCH", url: "/api/supervision-sessions/:id", path: () => `/api/supervision-sessions/${matrixSupervisionId}`,
      body: async () => ({ version: (await getSupervisionSession(t.database.db, matrixSupervisionId))?.version ?? 0, topics: `T${newId()}` }), allowed: leads, ok: 200,
    },
    // --- care team: notes, notifications, shared record (helper D) ---
    // Notes: read and written by the team, the peer who accompanies the person and the clinician with consent (a
    // clinician reads only shared notes); the sharing of a note is changed by its author or the team lead (the note
    // is the specialist's, so the clinician and the peer get 403). Notifications are everyone's own: someone else's
    // is 404 for every role. The shared record is the team's and the clinician's, not the peer's.
    { method: "GET", url: "/api/participants/:id/notes", path: () => `/api/participants/${p()}/notes`, allowed: [...writers, "clinician", "peer"], ok: 200 },
    {
      method: "POST", url: "/api/participants/:id/notes", path: () => `/api/participants/${p()}/notes`,
      body: () => ({ body: `Note ${newId()}`, sharedWithCareTeam: false, mentionedUserIds: [] }), allowed: [...writers, "clinician", "peer"], ok: 201,
    },
    { method: "GET", url: "/api/participants/:id/mentionable", path: () => `/api/participants/${p()}/mentionable`, allowed: [...writers, "clinician", "peer"], ok: 200 },
    {
      method: "PATCH", url: "/api/notes/:id", path: () => `/api/notes/${matrixNoteId}`,
      body: async () => ({ version: (await getNote(t.database.db, matrixNoteId))?.version ?? 0, sharedWithCareTeam: true }), allowed: writers, ok: 200,
    },
    { method: "GET", url: "/api/notifications", path: () => "/api/notifications", allowed: signedIn, ok: 200, outsider: 200 },
    { method: "POST", url: "/api/notifications/:id/read", path: () => `/api/notifications/${strangersNotificationId}/read`, allowed: signedIn, ok: 404, outsider: 404 },
    { method: "POST", url: "/api/notifications/read-all", path: () => "/api/notifications/read-all", allowed: signedIn, ok: 204, outsider: 204 },
    { method: "GET", url: "/api/participants/:id/shared-record", path: () => `/api/participants/${p()}/shared-record`, allowed: [...writers, "clinician"], ok: 200 },
    // --- care team: network (family and close ones), team around me (helper E) ---
    // Family and close ones: read by the team and by the peer who accompanies the person (network.read), written by
    // the team (network.write); clinicians get 403 (a clinician does not get family entries). "Team around me" is
    // part of the person's record (participant.read): every program-1 role, each seeing what their role allows.
    { method: "GET", url: "/api/participants/:id/network", path: () => `/api/participants/${p()}/network`, allowed: [...writers, "peer"], ok: 200 },
    { method: "POST", url: "/api/participants/:id/network", path: () => `/api/participants/${p()}/network`, body: () => ({ name: `Proche ${newId()}`, relation: "friend" }), allowed: writers, ok: 201 },
    {
      method: "PATCH", url: "/api/participants/:id/network/:closeOneId", path: () => `/api/participants/${p()}/network/${matrixCloseOneId}`,
      body: async () => ({ version: (await getCloseOne(t.database.db, p(), matrixCloseOneId))?.version ?? 0, notes: `N${newId()}` }), allowed: writers, ok: 200,
    },
    { method: "GET", url: "/api/participants/:id/family-contacts", path: () => `/api/participants/${p()}/family-contacts`, allowed: [...writers, "peer"], ok: 200 },
    {
      method: "POST", url: "/api/participants/:id/family-contacts", path: () => `/api/participants/${p()}/family-contacts`,
      body: () => ({ kind: "family_meeting", date: "2026-10-03", mode: "in_person", closeOneIds: [matrixCloseOneId] }), allowed: writers, ok: 201,
    },
    { method: "GET", url: "/api/participants/:id/team", path: () => `/api/participants/${p()}/team`, allowed: program1Readers, ok: 200 },
    // --- outcomes: fidelity reviews and settings (helper D) ---
    // The IPS-25 self-assessment is the team's: read by admin, team lead and specialists (fidelity.read), led and
    // written by the team lead (fidelity.write). It holds no participant data, but clinicians, peers and the network
    // role do not read it (the network sees totals through the network view only).
    { method: "GET", url: "/api/fidelity/reviews", path: () => `/api/fidelity/reviews?programId=${world.program1}`, allowed: writers, ok: 200 },
    {
      method: "POST", url: "/api/fidelity/reviews", path: () => "/api/fidelity/reviews",
      body: () => ({ programId: world.program1, periodFrom: "2026-07-01", periodTo: "2026-09-30", reviewedOn: "2026-10-05", reviewers: ["Matrix"] }), allowed: leads, ok: 201,
    },
    { method: "GET", url: "/api/fidelity/reviews/:id", path: () => `/api/fidelity/reviews/${matrixFidelityReviewId}`, allowed: writers, ok: 200 },
    {
      method: "PATCH", url: "/api/fidelity/reviews/:id", path: () => `/api/fidelity/reviews/${matrixFidelityReviewId}`,
      body: async () => ({ version: (await getReviewRow(t.database.db, matrixFidelityReviewId))?.version ?? 0, reviewers: [`R${newId()}`] }), allowed: leads, ok: 200,
    },
    { method: "GET", url: "/api/programs/:id/fidelity-settings", path: () => `/api/programs/${world.program1}/fidelity-settings`, allowed: writers, ok: 200 },
    {
      method: "PUT", url: "/api/programs/:id/fidelity-settings", path: () => `/api/programs/${world.program1}/fidelity-settings`,
      body: async () => ({ version: (await getFidelitySettings(t.database.db, world.program1)).version, thresholds: { band: { exemplaryFrom: 115 } } }), allowed: leads, ok: 200,
    },
    // --- outcomes: questionnaires (helper C) ---
    // WHO-5 and satisfaction: read and recorded by the team and by the peer who accompanies the person (the person may
    // fill it in with them); never by clinicians (403 even with consent). The summary follows the outcomes' rule:
    // admin, team lead and specialist (their own caseload); aggregated only.
    { method: "GET", url: "/api/participants/:id/questionnaires", path: () => `/api/participants/${p()}/questionnaires`, allowed: [...writers, "peer"], ok: 200 },
    {
      method: "POST", url: "/api/participants/:id/questionnaires", path: () => `/api/participants/${p()}/questionnaires`,
      body: () => ({ kind: "who5", answeredOn: "2026-10-01", answers: [3, 3, 3, 3, 3], mode: "self" }), allowed: [...writers, "peer"], ok: 201,
    },
    {
      method: "GET", url: "/api/questionnaires/summary", path: () => `/api/questionnaires/summary?programId=${world.program1}&from=2026-07-01&to=2026-09-30`,
      allowed: writers, ok: 200,
    },
    // --- practice: sst ---
    // Social Skills Training plans: read by the team, the peer who accompanies the person and (shared plans only) the
    // clinician of the person's care team; written by the team and the peer (practice.write), never the clinician.
    { method: "GET", url: "/api/participants/:id/sst-plans", path: () => `/api/participants/${p()}/sst-plans`, allowed: program1Readers, ok: 200 },
    {
      method: "POST", url: "/api/participants/:id/sst-plans", path: () => `/api/participants/${p()}/sst-plans`,
      body: () => ({ situation: "Matrix", domain: "assertion", targetBehaviour: "Matrix", measureDefinition: "Matrix" }), allowed: [...writers, "peer"], ok: 201,
    },
    { method: "GET", url: "/api/sst-plans/:id", path: () => `/api/sst-plans/${matrixSstPlanId}`, allowed: program1Readers, ok: 200 },
    {
      method: "PATCH", url: "/api/sst-plans/:id", path: () => `/api/sst-plans/${matrixSstPlanId}`,
      body: async () => ({ version: (await getSstPlan(t.database.db, matrixSstPlanId))?.version ?? 0, situation: `S${newId()}` }), allowed: [...writers, "peer"], ok: 200,
    },
    {
      method: "POST", url: "/api/sst-plans/:id/measures", path: () => `/api/sst-plans/${matrixSstPlanId}/measures`,
      body: () => ({ measuredOn: "2026-10-01", value: 2, observer: "self" }), allowed: [...writers, "peer"], ok: 201,
    },
    // --- practice: routines ---
    // "Ma semaine": read by the team, the peer who accompanies the person and (shared versions only) the clinician of
    // the person's care team; a new version or the sharing flag written by the team and the peer, never the clinician.
    { method: "GET", url: "/api/participants/:id/routines", path: () => `/api/participants/${p()}/routines`, allowed: program1Readers, ok: 200 },
    {
      method: "POST", url: "/api/participants/:id/routines", path: () => `/api/participants/${p()}/routines`,
      body: () => ({ label: "Matrix", validFrom: "2026-10-05", activities: [{ day: 0, start: "09:00", end: "12:00", category: "work" }] }), allowed: [...writers, "peer"], ok: 201,
    },
    { method: "GET", url: "/api/routines/:id", path: () => `/api/routines/${matrixRoutineId}`, allowed: program1Readers, ok: 200 },
    {
      method: "PATCH", url: "/api/routines/:id", path: () => `/api/routines/${matrixRoutineId}`, body: () => ({ sharedWithCareTeam: true }),
      allowed: [...writers, "peer"], ok: 200,
    },
    // --- practice: network-maps ---
    // "Mon réseau de soutien": read by the team, the peer who accompanies the person and (shared snapshots only) the
    // clinician of the person's care team; a new snapshot or the sharing flag written by the team and the peer.
    { method: "GET", url: "/api/participants/:id/network-maps", path: () => `/api/participants/${p()}/network-maps`, allowed: program1Readers, ok: 200 },
    {
      method: "POST", url: "/api/participants/:id/network-maps", path: () => `/api/participants/${p()}/network-maps`,
      body: () => ({ drawnOn: "2026-10-05", members: [{ id: newId(), name: "Matrix", kind: "friend", supports: ["emotional"], closeness: 1, effect: "helps" }] }),
      allowed: [...writers, "peer"], ok: 201,
    },
    { method: "GET", url: "/api/network-maps/:id", path: () => `/api/network-maps/${matrixNetworkMapId}`, allowed: program1Readers, ok: 200 },
    {
      method: "PATCH", url: "/api/network-maps/:id", path: () => `/api/network-maps/${matrixNetworkMapId}`, body: () => ({ sharedWithCareTeam: true }),
      allowed: [...writers, "peer"], ok: 200,
    },
    // --- practice: goals and conversations ---
    // "Mes objectifs" and solution-focused conversations: read by the team, the peer who accompanies the person and
    // (shared records only) the clinician of the person's care team; written by the team and the peer, never the
    // clinician. A conversation's only change is its sharing flag.
    { method: "GET", url: "/api/participants/:id/goals", path: () => `/api/participants/${p()}/goals`, allowed: program1Readers, ok: 200 },
    {
      method: "POST", url: "/api/participants/:id/goals", path: () => `/api/participants/${p()}/goals`,
      body: () => ({ goal: "Matrix", steps: [{ id: newId(), label: "Matrix" }] }), allowed: [...writers, "peer"], ok: 201,
    },
    {
      method: "PATCH", url: "/api/goals/:id", path: () => `/api/goals/${matrixGoalId}`,
      body: async () => ({ version: (await getGoal(t.database.db, matrixGoalId))?.version ?? 0, smart: { specific: `S${newId()}` } }), allowed: [...writers, "peer"], ok: 200,
    },
    { method: "GET", url: "/api/participants/:id/conversations", path: () => `/api/participants/${p()}/conversations`, allowed: program1Readers, ok: 200 },
    {
      method: "POST", url: "/api/participants/:id/conversations", path: () => `/api/participants/${p()}/conversations`,
      body: () => ({ heldOn: "2026-10-05", content: { nextStep: "Matrix" } }), allowed: [...writers, "peer"], ok: 201,
    },
    {
      method: "PATCH", url: "/api/conversations/:id", path: () => `/api/conversations/${matrixConversationId}`, body: () => ({ sharedWithCareTeam: true }),
      allowed: [...writers, "peer"], ok: 200,
    },
    // --- practice: guide ---
    // The practice guide trains the team (guide.read: admin, team lead, specialist, peer; a member of another program
    // reads the same text in theirs); each member saves only their own grids; who completed which chapter is the
    // team lead's and the admins' (guide.overview). Clinicians and the network role are not trained with it: 403.
    { method: "GET", url: "/api/guide", path: () => "/api/guide", allowed: [...writers, "peer"], ok: 200, outsider: 200 },
    {
      method: "GET", url: "/api/guide/self-evaluations", path: () => `/api/guide/self-evaluations?programId=${world.program1}`,
      allowed: [...writers, "peer"], ok: 200,
    },
    {
      method: "PUT", url: "/api/guide/self-evaluations/:chapter", path: () => `/api/guide/self-evaluations/1?programId=${world.program1}`,
      body: () => ({ version: null, answers: { "1.1": true }, completed: false }), allowed: [...writers, "peer"], ok: 200,
    },
    { method: "GET", url: "/api/guide/completion", path: () => `/api/guide/completion?programId=${world.program1}`, allowed: leads, ok: 200 },
    // --- outcomes: fidelity indicators (helper E) ---
    // Computed from the program's records (ids only, no names): read with fidelity.read like the reviews they feed;
    // another program's member gets 404, clinicians, peers and the network role 403.
    {
      method: "GET", url: "/api/fidelity/indicators", path: () => `/api/fidelity/indicators?programId=${world.program1}&from=2026-07-01&to=2026-09-30`,
      allowed: writers, ok: 200,
    },
    // --- outcomes: dashboard and network view (helper A) ---
    // Outcomes of program 1 (outcomes.read: admin, program admin, team lead, specialist; a specialist gets their own
    // caseload's); another program's member 404; clinicians, peers and the network role 403. The network view
    // (network_outcomes.read) is the network role's and the admins': a program admin gets their own program's row.
    { method: "GET", url: "/api/outcomes", path: () => `/api/outcomes?programId=${world.program1}&from=2026-07-01&to=2026-09-30`, allowed: writers, ok: 200 },
    {
      method: "GET", url: "/api/outcomes/records",
      path: () => `/api/outcomes/records?programId=${world.program1}&from=2026-07-01&to=2026-09-30&figure=activeCaseload`, allowed: writers, ok: 200,
    },
    {
      method: "GET", url: "/api/outcomes/export", path: () => `/api/outcomes/export?programId=${world.program1}&from=2026-07-01&to=2026-09-30&format=csv`,
      allowed: writers, ok: 200,
    },
    { method: "GET", url: "/api/network/outcomes", path: () => "/api/network/outcomes?from=2026-07-01&to=2026-09-30", allowed: ["admin", "programAdmin", "network"], ok: 200, outsider: 403 },
    // --- practice: brainstorms ---
    // The brainstorming wall: led by whoever holds brainstorm.lead in the session's program (admin, team lead,
    // specialist, peer); clinicians and the network role 403, another program 404. Anyone joins with a code, even
    // without an account (the phone's token itself is tested in brainstorms.test.ts). The end and stream cases use
    // their own sessions: ending is idempotent, and an ended session's stream sends its wall and closes.
    ...((): Case[] => {
      const leadsWall: Who[] = ["admin", "programAdmin", "team_lead", "specialist", "peer"];
      const b = () => matrixBrainstorm.id;
      return [
        { method: "POST", url: "/api/brainstorms", path: () => "/api/brainstorms", body: () => ({ programId: world.program1, topic: "Matrix" }), allowed: leadsWall, ok: 201 },
        { method: "GET", url: "/api/brainstorms", path: () => `/api/brainstorms?programId=${world.program1}`, allowed: leadsWall, ok: 200 },
        { method: "POST", url: "/api/brainstorms/join/:code", path: () => `/api/brainstorms/join/${matrixBrainstorm.joinCode}`, allowed: everyone, ok: 200, publicStatus: 200, outsider: 200 },
        { method: "GET", url: "/api/brainstorms/:id", path: () => `/api/brainstorms/${b()}`, allowed: leadsWall, ok: 200 },
        { method: "POST", url: "/api/brainstorms/:id/notes", path: () => `/api/brainstorms/${b()}/notes`, body: () => ({ text: "Matrix" }), allowed: leadsWall, ok: 201 },
        {
          method: "PATCH", url: "/api/brainstorms/:id/notes/:noteId", path: () => `/api/brainstorms/${b()}/notes/${matrixBrainstorm.noteId}`, body: () => ({ column: "dream" }),
          allowed: leadsWall, ok: 200,
        },
        { method: "DELETE", url: "/api/brainstorms/:id/notes/:noteId", path: async () => `/api/brainstorms/${b()}/notes/${await matrixBrainstormNote()}`, allowed: leadsWall, ok: 200 },
        { method: "POST", url: "/api/brainstorms/:id/shuffle", path: () => `/api/brainstorms/${b()}/shuffle`, allowed: leadsWall, ok: 200 },
        { method: "POST", url: "/api/brainstorms/:id/reveal-all", path: () => `/api/brainstorms/${b()}/reveal-all`, allowed: leadsWall, ok: 200 },
        { method: "POST", url: "/api/brainstorms/:id/end", path: () => `/api/brainstorms/${matrixBrainstorm.toEndId}/end`, allowed: leadsWall, ok: 200 },
        { method: "GET", url: "/api/brainstorms/:id/export", path: () => `/api/brainstorms/${b()}/export?format=csv`, allowed: leadsWall, ok: 200 },
        { method: "GET", url: "/api/brainstorms/:id/events", path: () => `/api/brainstorms/${matrixBrainstorm.endedId}/events`, allowed: leadsWall, ok: 200 },
      ];
    })(),
    { method: "POST", url: "/api/auth/logout", path: () => "/api/auth/logout", allowed: everyone, ok: 204, publicStatus: 204, outsider: 204 },
  ];
};

beforeAll(async () => {
  t = await startTestApp();
  world = await seedWorld(t.database);
  participantId = newId();
  // The person is shared with the care team and accompanied by the peer, so that scope lets every program-1
  // role see them: what remains to decide each answer is the permission table.
  await insertParticipant(t.database.db, {
    id: participantId, programId: world.program1, firstName: "Matrix", lastName: "Person", searchName: searchNameOf("Matrix", "Person"),
    referralDate: "2026-09-01", peerSupporterId: world.users.peer.id, referringServiceId: world.service1,
  });
  await insertConsent(t.database.db, { id: newId(), participantId, scope: "care_team", details: "", givenOn: "2026-09-02" });
  await insertUser(t.database.db, { id: newId(), email: "spare@example.org", name: "Spare", passwordHash: "x" });
  employerId = newId();
  await insertEmployer(t.database.db, { id: employerId, programId: world.program1, name: "Matrix Employer", searchName: "matrix employer" });
  openingId = newId();
  await insertOpening(t.database.db, { id: openingId, programId: world.program1, employerId, title: "Matrix opening", searchTitle: "matrix opening", source: "other" });
  jobId = newId();
  await insertJob(t.database.db, {
    id: jobId, programId: world.program1, participantId, employerName: "Matrix Employer", title: "Serveur", startDate: "2026-09-15", contract: "cdi", disclosure: { level: "none", details: "" },
  });
  await insertSupportPlan(t.database.db, { jobId, participantId, version: 1, data: supportPlanData() });
  // --- care team fixtures (helpers A to E add theirs below, one block each) ---
  {
    // Helper C: the weekly meeting and supervision.
    await insertMeeting(t.database.db, { id: matrixMeetingId, programId: world.program1, date: "2026-10-06" });
    await insertActionItem(t.database.db, { id: matrixActionItemId, programId: world.program1, meetingId: matrixMeetingId, participantId, description: "Matrix action" });
    await insertSupervisionSession(t.database.db, { id: matrixSupervisionId, programId: world.program1, kind: "group_supervision", date: "2026-10-05" });
  }
  {
    // Helper D: the shared note of the PATCH case, and a notification owned by a user no test client signs in as.
    await insertNote(t.database.db, { id: matrixNoteId, programId: world.program1, participantId, authorId: world.users.specialist.id, body: "Matrix note", sharedWithCareTeam: true });
    const strangerId = newId();
    await insertUser(t.database.db, { id: strangerId, email: "stranger@example.org", name: "Stranger", passwordHash: "x" });
    await insertNotifications(t.database.db, [{ userId: strangerId, programId: world.program1, kind: "mention", actorId: world.users.specialist.id, participantId, subjectId: matrixNoteId }], new Date());
    const [row] = await t.database.db.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, strangerId));
    strangersNotificationId = row.id;
  }
  {
    // Helper A: a referent of service1 for the referent route.
    careReferentId = newId();
    await insertReferents(t.database.db, [{ id: careReferentId, serviceId: world.service1, programId: world.program1, name: "Matrix Referent" }]);
  }
  {
    // Helper E: a close one of the matrix person, for the network routes.
    await insertCloseOne(t.database.db, { id: matrixCloseOneId, programId: world.program1, participantId, name: "Matrix Close One", relation: "friend" });
  }
  {
    // Helper D (issue 5): a draft fidelity review of program 1.
    await insertReview(t.database.db, {
      id: matrixFidelityReviewId, programId: world.program1, scaleVersion: "ips-25/2012-fr-1", periodFrom: "2026-04-01", periodTo: "2026-06-30", reviewedOn: "2026-07-10", reviewers: ["Matrix"],
    });
  }
  {
    // Practice, brainstorms: sessions of program 1 led by the specialist (open, open to end, ended).
    const now = new Date();
    const base = { programId: world.program1, leaderId: world.users.specialist.id, topic: "Matrix", createdAt: now, expiresAt: new Date(now.getTime() + 3_600_000) };
    await insertBrainstorm(t.database.db, { ...base, id: matrixBrainstorm.id, joinCode: matrixBrainstorm.joinCode, status: "open" });
    await insertBrainstorm(t.database.db, { ...base, id: matrixBrainstorm.toEndId, joinCode: "MTX235", status: "open" });
    await insertBrainstorm(t.database.db, { ...base, id: matrixBrainstorm.endedId, joinCode: "MTX236", status: "ended", endedAt: now });
    await insertBrainstormNote(t.database.db, { id: matrixBrainstorm.noteId, brainstormId: matrixBrainstorm.id, text: "Matrix", column: "pool", position: 0, createdAt: now });
  }
  {
    // Practice, SST: a plan shared with the care team (the clinician reads it; unshared plans are tested in sst-plans).
    await insertSstPlan(t.database.db, {
      id: matrixSstPlanId, programId: world.program1, participantId, situation: "Matrix", domain: "assertion", targetBehaviour: "Matrix",
      measureDefinition: "Matrix", status: "baseline", sharedWithCareTeam: true,
    });
  }
  {
    // Practice, routines: a version shared with the care team (the PATCH case keeps it shared).
    await insertRoutine(t.database.db, { id: matrixRoutineId, programId: world.program1, participantId, label: "Matrix", validFrom: "2026-10-05", sharedWithCareTeam: true });
  }
  {
    // Practice, network maps: a snapshot shared with the care team (the PATCH case keeps it shared).
    await insertNetworkMap(t.database.db, { id: matrixNetworkMapId, programId: world.program1, participantId, drawnOn: "2026-10-05", sharedWithCareTeam: true });
  }
  {
    // Practice, goals and conversations: shared with the care team (the PATCH cases keep them shared).
    await insertGoal(t.database.db, { id: matrixGoalId, programId: world.program1, participantId, goal: "Matrix", status: "active", sharedWithCareTeam: true });
    await insertConversation(t.database.db, { id: matrixConversationId, programId: world.program1, participantId, heldOn: "2026-10-05", content: { nextStep: "Matrix" }, sharedWithCareTeam: true });
  }
  for (const who of signedIn) clients.set(who, await new ApiClient(t.baseUrl).login(world.users[who as keyof World["users"]].email, PASSWORD));
  clients.set("anonymous", new ApiClient(t.baseUrl));
});
afterAll(async () => t?.close());

describe("access matrix", () => {
  it("has a rule for every API route", () => {
    const covered = new Set(cases().map((c) => `${c.method} ${c.url}`));
    const missing = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).filter((r) => !covered.has(r));
    expect(missing).toEqual([]);
  });

  for (const c of cases()) {
    it(`${c.method} ${c.url}`, async () => {
      const results: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const who of everyone) {
        const client = clients.get(who);
        if (!client) throw new Error(who);
        const path = await c.path();
        const body = c.body ? await c.body() : c.method === "GET" ? undefined : {};
        const res = await client.request(c.method, path, body);
        results[who] = res.status;
        // A network member belongs to both programs but sees no one: a person's record is 404 to them, the rest 403.
        const refusedNetwork = res.status === 404 ? 404 : 403;
        expected[who] =
          who === "network" && !c.allowed.includes(who)
            ? refusedNetwork
            : who === "anonymous"
            ? (c.publicStatus ?? 401)
            : who === "otherSpecialist"
              ? (c.outsider ?? c.publicStatus ?? 404)
              : c.allowed.includes(who)
                ? c.ok
                : 403;
      }
      expect(results).toEqual(expected);
    });
  }
});

describe("scope inside a program", () => {
  it("hides people a peer does not accompany and people who did not consent from clinicians", async () => {
    const hidden = newId();
    await insertParticipant(t.database.db, { id: hidden, programId: world.program1, firstName: "Hidden", lastName: "Person", searchName: "hidden person", referralDate: "2026-09-01" });
    const peer = await new ApiClient(t.baseUrl).login(world.users.peer.email, PASSWORD);
    const clinician = await new ApiClient(t.baseUrl).login(world.users.clinician.email, PASSWORD);
    const specialist = await new ApiClient(t.baseUrl).login(world.users.specialistB.email, PASSWORD);
    for (const client of [peer, clinician]) {
      expect((await client.get(`/api/participants/${hidden}`)).status).toBe(404);
      expect((await client.get("/api/participants?q=hidden")).body.total).toBe(0);
    }
    expect((await specialist.get(`/api/participants/${hidden}`)).status).toBe(200);
    expect((await peer.get("/api/participants?q=matrix")).body.total).toBe(1);
  });
});

/**
 * Care-team scope on every participant route: each case of the matrix whose path is a participant's, replayed for
 * people outside the caller's scope. A clinician without the person's care-team consent, after its withdrawal, or
 * of another partner service, and a peer who does not accompany the person, must never get a success: 404 where
 * the role may use the route at all (the person does not exist for them), 403 or 404 where it may not.
 */
describe("care-team scope on every participant route", () => {
  const participantRoute = /^\/api\/participants\/:id(\/[a-z-]+)*$/;
  const outOfScope: { label: string; who: "clinician" | "clinicianOther" | "peer"; role: Who; person: () => string }[] = [];
  let noConsent = "";
  let withdrawn = "";
  const scopeClients = new Map<string, ApiClient>();

  beforeAll(async () => {
    noConsent = newId();
    withdrawn = newId();
    const base = { programId: world.program1, referralDate: "2026-09-01", referringServiceId: world.service1 };
    await insertParticipant(t.database.db, { ...base, id: noConsent, firstName: "Sans", lastName: "Consentement", searchName: searchNameOf("Sans", "Consentement") });
    await insertParticipant(t.database.db, { ...base, id: withdrawn, firstName: "Retire", lastName: "Consentement", searchName: searchNameOf("Retire", "Consentement") });
    await insertConsent(t.database.db, { id: newId(), participantId: withdrawn, scope: "care_team", details: "", givenOn: "2026-09-02", withdrawnOn: "2026-10-01" });
    for (const who of ["clinician", "clinicianOther", "peer"] as const) {
      scopeClients.set(who, await new ApiClient(t.baseUrl).login(world.users[who].email, PASSWORD));
    }
  });
  outOfScope.push(
    { label: "clinician, no care-team consent", who: "clinician", role: "clinician", person: () => noConsent },
    { label: "clinician, consent withdrawn", who: "clinician", role: "clinician", person: () => withdrawn },
    { label: "clinician of another service, consent given", who: "clinicianOther", role: "clinician", person: () => participantId },
    { label: "peer who does not accompany the person", who: "peer", role: "peer", person: () => noConsent },
  );

  it("replays at least the participant routes of the foundation", () => {
    expect(cases().filter((c) => participantRoute.test(c.url)).length).toBeGreaterThan(15);
  });

  for (const c of cases().filter((x) => participantRoute.test(x.url))) {
    it(`${c.method} ${c.url}`, async () => {
      const results: Record<string, number> = {};
      const expected: Record<string, number | string> = {};
      for (const o of outOfScope) {
        const client = scopeClients.get(o.who);
        if (!client) throw new Error(o.who);
        const original = await c.path();
        const query = original.includes("?") ? original.slice(original.indexOf("?")) : "";
        const path = c.url.replace(":id", o.person()) + query;
        const body = c.body ? await c.body() : c.method === "GET" ? undefined : {};
        const status = (await client.request(c.method, path, body)).status;
        const mayUse = c.allowed.includes(o.role);
        results[o.label] = mayUse ? status : status === 403 || status === 404 ? -1 : status;
        expected[o.label] = mayUse ? 404 : -1;
      }
      expect(results).toEqual(expected);
    });
  }
});
