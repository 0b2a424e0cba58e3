import { Text } from "@mantine/core";
import type { UnconfirmedValue } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { pick } from "./fidelity-labels";

/**
 * Beside a value DOMAIN.md marks unconfirmed: says so, whether the program may adjust it, and where it comes
 * from. A value without a setting (O3's meetings, O5's 10 specialists) is the reviewers' to weigh.
 */
export const UnconfirmedNote = ({ value }: { value: UnconfirmedValue }) => {
  const { t, i18n } = useTranslation();
  return (
    <Text size="sm" c="dark.8" data-testid="unconfirmed-note" pl="xs" style={{ borderLeft: "3px solid var(--mantine-color-orange-6)" }}>
      <strong>{pick(value.label, i18n.language)}</strong> — {value.settingKey ? t("fidelityReviews.unconfirmed.adjustable") : t("fidelityReviews.unconfirmed.reviewers")}
      <br />
      <Text span size="xs" c="dark.5">
        {t("fidelityReviews.unconfirmed.origin", { origin: pick(value.origin, i18n.language) })}
      </Text>
    </Text>
  );
};
