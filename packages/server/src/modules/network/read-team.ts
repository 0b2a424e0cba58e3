import { type EmployerContactPerson, type Team, type TeamEntry, can } from "@passerelle/domain";
import { authorizeAuditedRead } from "../../platform/audited-read";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import type { Actor } from "../../platform/journal";
import { findCurrentCloseOnes, findDisclosedEmployers, findPsychosocialReferents, findTeamHeads } from "./team.repository";

/**
 * "Team around me": who is involved and how to reach them. Each part follows its own need-to-know rule: close ones
 * only for roles that may read the network (not a clinician); employer contacts only where the person disclosed to
 * that employer in an ongoing job.
 */
export const readTeam = async (ctx: AppContext, actor: Actor, participantId: string): Promise<Team> => {
  const db = ctx.database.db;
  const { role } = await authorizeAuditedRead(ctx, actor, participantId, "participant.read", "team");
  const items: TeamEntry[] = [];
  const heads = await findTeamHeads(db, participantId);
  if (heads?.specialistName) items.push({ role: "specialist", name: heads.specialistName, detail: "", phone: "", email: heads.specialistEmail ?? "" });
  if (heads?.peerName) items.push({ role: "peer_supporter", name: heads.peerName, detail: "", phone: "", email: heads.peerEmail ?? "" });
  if (heads?.serviceName) {
    items.push({ role: "referring_service", name: heads.serviceName, detail: heads.serviceKind ?? "", phone: heads.servicePhone ?? "", email: heads.serviceEmail ?? "" });
  }
  for (const r of await findPsychosocialReferents(db, participantId)) {
    const detail = [r.profession, r.serviceName].filter(Boolean).join(" · ");
    items.push({ role: "psychosocial_referent", name: r.name, detail, phone: r.phone, email: r.email });
  }
  if (can(role, "network.read")) {
    for (const c of await findCurrentCloseOnes(db, participantId)) items.push({ role: "close_one", name: c.name, detail: c.relation, phone: c.phone, email: c.email });
  }
  for (const employer of await findDisclosedEmployers(db, participantId, parisDate(ctx.clock.now()))) {
    for (const person of employer.contactPeople as EmployerContactPerson[]) {
      const detail = [employer.employerName, person.role].filter(Boolean).join(" · ");
      items.push({ role: "employer_contact", name: person.name, detail, phone: person.phone ?? "", email: person.email ?? "" });
    }
  }
  return { items };
};
