import { Group, Stack, Text, Title } from "@mantine/core";
import { networkRelationEffects } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { EffectIcon } from "./effect-marker";

/** What the drawing's circles, slices and shapes mean (and, beside a comparison, the dashed outline). */
export const NetworkMapLegend = ({ withEmphasis = false, headingOrder = 3 }: { withEmphasis?: boolean; headingOrder?: 2 | 3 | 4 }) => {
  const { t } = useTranslation();
  return (
    <Stack gap={6} className="network-map-legend">
      <Title order={headingOrder} size="h6">
        {t("networkMaps.legend.title")}
      </Title>
      <Text size="sm">{t("networkMaps.legend.rings")}</Text>
      <Stack gap={4} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {networkRelationEffects.map((effect) => (
          <Group key={effect} component="li" gap={8} wrap="nowrap">
            <EffectIcon effect={effect} />
            <Text size="sm">{t(`networkMaps.legend.${effect}`)}</Text>
          </Group>
        ))}
        {withEmphasis ? (
          <Group component="li" gap={8} wrap="nowrap">
            <svg width="26" height="26" viewBox="-16 -16 32 32" aria-hidden="true" focusable="false" style={{ flex: "none" }}>
              <circle r={12} fill="none" stroke="#1864ab" strokeWidth={2} strokeDasharray="4 3" />
            </svg>
            <Text size="sm">{t("networkMaps.legend.joined")}</Text>
          </Group>
        ) : null}
      </Stack>
    </Stack>
  );
};
