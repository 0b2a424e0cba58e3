import { expect } from "vitest";
import { insertConsent } from "../../src/modules/consents/consents.repository";
import { newId } from "../../src/platform/ids";
import type { ApiClient } from "./http-client";
import type { TestApp } from "./test-app";
import type { World } from "./world";

export type SharedPersonOptions = { firstName?: string; referralDate?: string; consentOn?: string; careTeam?: boolean };

/**
 * A person of program 1, accompanied by the specialist and the peer, referred by service 1 and (unless `careTeam` is
 * false) with that care team's consent: the person the practice tools' tests share records about. Created by the
 * team lead through the API; the consent is written directly (its own routes are tested elsewhere).
 */
export const createSharedPerson = async (app: TestApp, world: World, lead: ApiClient, options: SharedPersonOptions = {}): Promise<string> => {
  const { firstName = "Prénom", referralDate = "2026-09-01", consentOn = "2026-09-02", careTeam = true } = options;
  const res = await lead.post("/api/participants", {
    programId: world.program1,
    firstName,
    lastName: `Nom${newId().slice(-6)}`,
    referralDate,
    specialistId: world.users.specialist.id,
    peerSupporterId: world.users.peer.id,
    referringServiceId: world.service1,
  });
  expect(res.status).toBe(201);
  const id = res.body.id as string;
  if (careTeam) await insertConsent(app.database.db, { id: newId(), participantId: id, scope: "care_team", details: "", givenOn: consentOn });
  return id;
};
