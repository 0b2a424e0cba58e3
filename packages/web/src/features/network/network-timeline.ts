import { closeOneRelations, contactModes, familyContactKinds } from "@passerelle/domain";
import type { TFunction } from "i18next";
import { formatDate } from "../../shared/format/dates";

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (values as readonly string[]).includes(value);
const isRelation = oneOf(closeOneRelations);
const isKind = oneOf(familyContactKinds);
const isMode = oneOf(contactModes);

/** The network's events on a person's journey: a close one added or changed, a family contact or meeting. */
export const networkTimelineSentence = (
  type: "close_one.added" | "close_one.updated" | "family_contact.logged",
  d: Record<string, unknown>,
  t: TFunction,
  language: string,
): string => {
  if (type === "family_contact.logged") {
    if (!isKind(d.kind) || !text(d.date)) return t("network.timeline.contactShort");
    const mode = isMode(d.mode) ? t(`timeline.modes.${d.mode}`) : "";
    return t(`network.timeline.${d.kind}`, { date: formatDate(text(d.date), language), mode });
  }
  const name = text(d.name);
  if (!name) return t(type === "close_one.added" ? "network.timeline.addedShort" : "network.timeline.updatedShort");
  const relation = isRelation(d.relation) ? t(`network.relations.${d.relation}`) : "";
  if (type === "close_one.added") return t("network.timeline.added", { name, relation });
  if (d.archived === true) return t("network.timeline.archived", { name, relation });
  if (d.archived === false) return t("network.timeline.unarchived", { name, relation });
  return t("network.timeline.updated", { name, relation });
};
