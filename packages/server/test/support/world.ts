import type { Role } from "@passerelle/domain";
import type { Database } from "../../src/platform/db";
import { newId } from "../../src/platform/ids";
import { hashPassword } from "../../src/platform/passwords";
import { insertProgram } from "../../src/modules/programs/programs.repository";
import { insertService } from "../../src/modules/services/services.repository";
import { insertUser, replaceMemberships } from "../../src/modules/users/users.repository";

export const PASSWORD = "correct horse battery";

export type WorldUser = { id: string; email: string };
export type World = {
  program1: string;
  program2: string;
  /** Program 1's partner services: the clinician belongs to `service1`, `clinicianOther` to `service2`. */
  service1: string;
  service2: string;
  users: Record<
    "admin" | "team_lead" | "specialist" | "specialistB" | "clinician" | "clinicianOther" | "peer" | "otherSpecialist" | "programAdmin" | "network",
    WorldUser
  >;
};

/**
 * Two programs; one user per role in program 1 (the clinician belongs to the partner service `service1`, a second
 * clinician to `service2`), a specialist in program 2, and an installation admin.
 */
export const seedWorld = async (database: Database): Promise<World> => {
  const db = database.db;
  const program1 = (await insertProgram(db, { id: newId(), name: "Programme Un", country: "FR" })).id;
  const program2 = (await insertProgram(db, { id: newId(), name: "Programme Deux", country: "BE" })).id;
  const service1 = newId();
  const service2 = newId();
  await insertService(db, { id: service1, programId: program1, name: "CMP Un", kind: "cmp" });
  await insertService(db, { id: service2, programId: program1, name: "CATTP Deux", kind: "cattp" });
  const passwordHash = await hashPassword(PASSWORD);
  const make = async (key: string, memberships: { programId: string; role: Role; serviceId?: string }[], isAdmin = false): Promise<WorldUser> => {
    const id = newId();
    const email = `${key.toLowerCase()}@test.passerelle.test`;
    await insertUser(db, { id, email, name: `User ${key}`, passwordHash, isAdmin });
    await replaceMemberships(db, id, memberships);
    return { id, email };
  };
  return {
    program1,
    program2,
    service1,
    service2,
    users: {
      admin: await make("admin", [{ programId: program1, role: "admin" }], true),
      programAdmin: await make("programAdmin", [{ programId: program1, role: "admin" }]),
      team_lead: await make("lead", [{ programId: program1, role: "team_lead" }]),
      specialist: await make("specialist", [{ programId: program1, role: "specialist" }]),
      specialistB: await make("specialistB", [{ programId: program1, role: "specialist" }]),
      clinician: await make("clinician", [{ programId: program1, role: "clinician", serviceId: service1 }]),
      clinicianOther: await make("clinicianOther", [{ programId: program1, role: "clinician", serviceId: service2 }]),
      peer: await make("peer", [{ programId: program1, role: "peer" }]),
      otherSpecialist: await make("other", [{ programId: program2, role: "specialist" }]),
      // A network (funder, federation) reading aggregated outcomes of both programs.
      network: await make("network", [
        { programId: program1, role: "network" },
        { programId: program2, role: "network" },
      ]),
    },
  };
};
