import type { NetworkCloseness, NetworkMember, NetworkMemberKind, NetworkRelationEffect, NetworkSupportType } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

/** The map's words (kinds, supports, circles, effects) in the UI language, and one member in a short line. */
export const useNetworkMapText = () => {
  const { t, i18n } = useTranslation();
  const list = (items: readonly string[]) => new Intl.ListFormat(i18n.language === "en" ? "en-GB" : "fr-FR", { type: "conjunction" }).format(items);
  return {
    kinds: (kind: NetworkMemberKind) => t(`networkMaps.kinds.${kind}`),
    kind: (kind: NetworkMemberKind) => t(`networkMaps.kind.${kind}`),
    support: (support: NetworkSupportType) => t(`networkMaps.supports.${support}`),
    supports: (supports: readonly NetworkSupportType[]) => list(supports.map((s) => t(`networkMaps.supports.${s}`).toLowerCase())),
    effect: (effect: NetworkRelationEffect) => t(`networkMaps.effects.${effect}`),
    closeness: (closeness: NetworkCloseness) => t(`networkMaps.closeness.${closeness}`),
    closenessShort: (closeness: NetworkCloseness) => t(`networkMaps.closenessShort.${closeness}`),
    memberLine: (m: Pick<NetworkMember, "name" | "kind" | "closeness">) =>
      t("networkMaps.compare.memberLine", { name: m.name, kind: t(`networkMaps.kind.${m.kind}`).toLowerCase(), ring: m.closeness }),
    list,
  };
};
