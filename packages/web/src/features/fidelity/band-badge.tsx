import { Badge } from "@mantine/core";
import type { FidelityBand } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { bandColor } from "./fidelity-labels";

/** The band of a complete review; "total à venir" while items are missing (a partial sum has no band). */
export const BandBadge = ({ band }: { band: FidelityBand | null }) => {
  const { t } = useTranslation();
  if (!band) return <Badge color="gray" variant="outline">{t("fidelityReviews.noBand")}</Badge>;
  return (
    <Badge color={bandColor[band]} variant="light" c="dark.8">
      {t(`fidelityReviews.bands.${band}`)}
    </Badge>
  );
};
