import { z } from "zod";

/**
 * "Team around me" (l'équipe autour de moi): everyone involved with the person and how to reach them. Close ones
 * appear only for the roles that may read the network (a clinician does not get family entries); employer contacts
 * only for an ongoing job whose disclosure is not "none" (the employer knows; the person decided it).
 */
export const teamRoles = ["specialist", "peer_supporter", "referring_service", "psychosocial_referent", "close_one", "employer_contact"] as const;
export const teamRoleSchema = z.enum(teamRoles);
export type TeamRole = z.infer<typeof teamRoleSchema>;

export const teamEntrySchema = z.object({
  role: teamRoleSchema,
  name: z.string(),
  /**
   * What situates them: the referent's profession and service, the employer's name (and the contact's role there).
   * Two are codes the UI translates: a close one's relation (`closeOneRelations`), a referring service's kind
   * (`serviceKinds`). Empty for the specialist and the peer supporter (their role says it).
   */
  detail: z.string(),
  phone: z.string(),
  email: z.string(),
});
export type TeamEntry = z.infer<typeof teamEntrySchema>;

export const teamSchema = z.object({ items: z.array(teamEntrySchema) });
export type Team = z.infer<typeof teamSchema>;
