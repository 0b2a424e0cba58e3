import type { ListServicesQuery, Permission, Service, ServiceList } from "@passerelle/domain";
import { authorizeProgram, programsWith } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { forbidden, notFound } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { listAllProgramIds } from "../programs/programs.repository";
import { findServicePrograms, getService, listServices } from "./services.repository";

/**
 * The register of the program asked for, or of every program where the user may read it (a member of one program
 * needs no `programId`). Partner services and their referents are professionals' contacts, not personal data of
 * the people accompanied: reads are not audited, unlike a participant's care services.
 */
export const listVisibleServices = async (ctx: AppContext, actor: Actor, query: ListServicesQuery): Promise<ServiceList> => {
  const db = ctx.database.db;
  let programIds: string[];
  if (query.programId) {
    authorizeProgram(actor, query.programId, "service.read");
    programIds = [query.programId];
  } else {
    const all = actor.isAdmin ? await listAllProgramIds(db) : [];
    programIds = programsWith(actor, "service.read", all).map((p) => p.programId);
    if (programIds.length === 0 && !actor.isAdmin) throw forbidden();
  }
  const items = await listServices(db, programIds, query.includeArchived);
  return { items, total: items.length };
};

/** Checks the service exists for this user (404 otherwise, other programs included) and the role allows `permission` (403). */
export const authorizeService = async (ctx: AppContext, actor: Actor, id: string, permission: Permission): Promise<string> => {
  const programId = (await findServicePrograms(ctx.database.db, [id])).get(id);
  if (!programId) throw notFound();
  authorizeProgram(actor, programId, permission);
  return programId;
};

export const readService = async (ctx: AppContext, actor: Actor, id: string): Promise<Service> => {
  await authorizeService(ctx, actor, id, "service.read");
  const service = await getService(ctx.database.db, id);
  if (!service) throw notFound();
  return service;
};
