import type { Program } from "@passerelle/domain";
import type { Database } from "../platform/db";
import { newId } from "../platform/ids";
import { hashPassword } from "../platform/passwords";
import { insertUser, replaceMemberships } from "../modules/users/users.repository";

export const DEMO_NETWORK_EMAIL = "reseau@demo.passerelle.test";

/**
 * A network account (reseau@) over both demo programs: a funder or a federation reading the programs' outcomes side
 * by side (the "Réseau" page), aggregated and masked, never a person.
 */
export const seedDemoNetworkAccount = async (database: Database, programs: Program[], password: string): Promise<void> => {
  const id = newId();
  await insertUser(database.db, { id, email: DEMO_NETWORK_EMAIL, name: "Nadia Réseau", passwordHash: await hashPassword(password), isAdmin: false });
  await replaceMemberships(
    database.db,
    id,
    programs.map((p) => ({ programId: p.id, role: "network" as const })),
  );
};
