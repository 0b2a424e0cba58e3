import { z } from "zod";
import { isoDate, longText } from "../shared/primitives";

/**
 * "Mon réseau de soutien" (IMPE manual, chapter 6): the people and organisations around the person, drawn as
 * concentric circles around them. Each save is a snapshot: two snapshots, months apart, are compared side by side.
 *
 * The manual's words: support may come from "la famille, les amis, [...] les voisins, les collègues et les
 * organisations"; the natural networks (family, friends, neighbours) "peuvent parfois être négligés". Support
 * resources may be "émotionnelles (ex. l'affection), tangibles (ex. un soutien financier), informationnelles (ex. un
 * conseil), [ou] provenir du compagnonnage (ex. un sentiment d'appartenance)"; and "le soutien social n'est pas
 * toujours salutaire": a relation may help, weigh, or both.
 */

/** Who the member is to the person, in the map's fixed order (the order of the sectors around the person). */
export const networkMemberKinds = ["family", "friend", "neighbour", "colleague", "employer", "professional", "association", "other"] as const;
export const networkMemberKindSchema = z.enum(networkMemberKinds);
export type NetworkMemberKind = z.infer<typeof networkMemberKindSchema>;

/** The manual's four kinds of support resources. */
export const networkSupportTypes = ["emotional", "tangible", "informational", "companionship"] as const;
export const networkSupportTypeSchema = z.enum(networkSupportTypes);
export type NetworkSupportType = z.infer<typeof networkSupportTypeSchema>;

/** Whether the relation helps the person, weighs on them, or both. */
export const networkRelationEffects = ["helps", "weighs", "mixed"] as const;
export const networkRelationEffectSchema = z.enum(networkRelationEffects);
export type NetworkRelationEffect = z.infer<typeof networkRelationEffectSchema>;

/** 1 is the closest circle (right around the person), 3 the outer one. */
export const networkClosenessLevels = [1, 2, 3] as const;
export type NetworkCloseness = (typeof networkClosenessLevels)[number];
export const networkClosenessSchema = z.literal(networkClosenessLevels);

/** A map stays readable (and printable on one page) up to this many people. */
export const maxNetworkMembers = 60;
export const maxNetworkMemberName = 80;

/** The supports without repeats, in the domain's order: two saves of the same choice compare equal. */
const supportList = z
  .array(networkSupportTypeSchema)
  .max(networkSupportTypes.length * 2)
  .transform((list) => networkSupportTypes.filter((type) => list.includes(type)));

/**
 * One person or organisation on the map. The id is chosen by the client and kept from one snapshot to the next
 * (a snapshot started from the previous one copies it), so a comparison follows the same person even renamed.
 */
export const networkMemberSchema = z.object({
  id: z.uuid(),
  name: z.string().trim().min(1, { message: "required" }).max(maxNetworkMemberName),
  kind: networkMemberKindSchema,
  supports: supportList,
  closeness: networkClosenessSchema,
  effect: networkRelationEffectSchema,
  note: longText(500).default(""),
});
export type NetworkMemberInput = z.input<typeof networkMemberSchema>;
export type NetworkMember = z.infer<typeof networkMemberSchema>;

/** A member as the API sends it back (already normalised: no transform, so responses serialise as they are). */
export const networkMemberOutputSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: networkMemberKindSchema,
  supports: z.array(networkSupportTypeSchema),
  closeness: networkClosenessSchema,
  effect: networkRelationEffectSchema,
  note: z.string(),
});

/**
 * POST /api/participants/:id/network-maps: a new snapshot. Checked further by `networkMapIssues` (422): the date
 * (not in the future, not before 2000), and each member once (same id, or same name, twice is refused).
 */
export const saveNetworkMapInput = z.object({
  drawnOn: isoDate,
  members: z.array(networkMemberSchema).max(maxNetworkMembers, { message: "network_map_too_many_members" }),
  comment: longText(2_000).default(""),
  sharedWithCareTeam: z.boolean().default(false),
});
export type SaveNetworkMapInput = z.input<typeof saveNetworkMapInput>;
export type SaveNetworkMap = z.infer<typeof saveNetworkMapInput>;

/**
 * PATCH /api/network-maps/:id: only the sharing changes; a snapshot's content stays as it was drawn (a change is
 * a new snapshot). It sets a value rather than toggling one, so two people sharing at once cannot undo each other.
 */
export const updateNetworkMapSharingInput = z.strictObject({ sharedWithCareTeam: z.boolean() });
export type UpdateNetworkMapSharingInput = z.infer<typeof updateNetworkMapSharingInput>;

export const networkMapSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  drawnOn: isoDate,
  members: z.array(networkMemberOutputSchema),
  comment: z.string(),
  sharedWithCareTeam: z.boolean(),
  /** The name of the team member who saved it. */
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type NetworkMap = z.infer<typeof networkMapSchema>;

/** Newest first (by date drawn, then by saving time). A clinician gets the shared snapshots only. */
export const networkMapListSchema = z.object({ items: z.array(networkMapSchema) });
export type NetworkMapList = z.infer<typeof networkMapListSchema>;
