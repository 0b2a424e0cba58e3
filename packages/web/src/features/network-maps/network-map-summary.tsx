import { List, Stack, Text, Title } from "@mantine/core";
import { type NetworkMember, networkSupportTypes, summarizeNetworkMap } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { useNetworkMapText } from "./use-network-map-text";

/**
 * The map in a few sentences: how many people, how many help or weigh, the natural network, the supports received,
 * and what is missing (a support nobody gives, people who give none): what to talk about next, not a score.
 */
export const NetworkMapSummary = ({ members, headingOrder = 3 }: { members: readonly NetworkMember[]; headingOrder?: 2 | 3 | 4 }) => {
  const { t } = useTranslation();
  const text = useNetworkMapText();
  const s = summarizeNetworkMap([...members]);
  return (
    <Stack gap={6} className="network-map-summary">
      <Title order={headingOrder} size="h6">
        {t("networkMaps.summary.title")}
      </Title>
      <Text size="sm">{t("networkMaps.summary.total", { count: s.total })}</Text>
      {s.total > 0 ? (
        <>
          <Text size="sm">{t("networkMaps.summary.effects", { helps: s.byEffect.helps, weighs: s.byEffect.weighs, mixed: s.byEffect.mixed })}</Text>
          <Text size="sm">{t("networkMaps.summary.natural", { count: s.natural })}</Text>
          <Text size="sm" fw={600}>
            {t("networkMaps.summary.supportsTitle")}
          </Text>
          <List size="sm" spacing={2}>
            {networkSupportTypes.map((type) => (
              <List.Item key={type}>
                {t("networkMaps.summary.supportCount", { support: `${text.support(type)} (${t(`networkMaps.supportHints.${type}`)})`, count: s.bySupport[type] })}
              </List.Item>
            ))}
          </List>
          {s.missingSupports.length > 0 ? <Text size="sm">{t("networkMaps.summary.missing", { supports: text.supports(s.missingSupports) })}</Text> : null}
          {s.withoutSupport.length > 0 ? <Text size="sm">{t("networkMaps.summary.withoutSupport", { names: text.list(s.withoutSupport.map((m) => m.name)) })}</Text> : null}
        </>
      ) : null}
    </Stack>
  );
};
