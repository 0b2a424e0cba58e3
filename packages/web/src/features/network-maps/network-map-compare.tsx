import { Grid, List, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { compareNetworkMaps, layoutNetworkMap, type NetworkMap, type NetworkMemberChange, summarizeNetworkMap } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatLongDate } from "../../shared/format/dates";
import { type MemberEmphasis, NetworkMapDrawing } from "./network-map-drawing";
import { NetworkMapLegend } from "./network-map-legend";
import { useNetworkMapText } from "./use-network-map-text";

/** What changed about one person, in a few words each ("s'est rapproché·e (cercle 2 → cercle 1)"...). */
const useChangeWords = () => {
  const { t } = useTranslation();
  const text = useNetworkMapText();
  return (c: NetworkMemberChange): string[] => {
    const words: string[] = [];
    if (c.closeness) words.push(t(c.closeness.to < c.closeness.from ? "networkMaps.compare.closer" : "networkMaps.compare.further", c.closeness));
    if (c.effect) words.push(t("networkMaps.compare.effect", { from: text.effect(c.effect.from).toLowerCase(), to: text.effect(c.effect.to).toLowerCase() }));
    if (c.kind) words.push(t("networkMaps.compare.kind", { from: text.kind(c.kind.from).toLowerCase(), to: text.kind(c.kind.to).toLowerCase() }));
    if (c.supportsGained.length > 0) words.push(t("networkMaps.compare.gained", { supports: text.supports(c.supportsGained) }));
    if (c.supportsLost.length > 0) words.push(t("networkMaps.compare.lost", { supports: text.supports(c.supportsLost) }));
    if (c.renamed) words.push(t("networkMaps.compare.renamed", c.renamed));
    return words;
  };
};

/**
 * Two snapshots side by side (same slices on both, so a person is found at the same place), and what changed in
 * words: who joined, who left, who came closer or moved away, whose relation now helps or weighs, the supports
 * gained and lost. By default the two latest maps, the earlier on the left.
 */
export const NetworkMapCompare = ({ maps }: { maps: readonly NetworkMap[] }) => {
  const { t, i18n } = useTranslation();
  const text = useNetworkMapText();
  const changeWords = useChangeWords();
  const [leftId, setLeftId] = useState(maps[1]?.id ?? "");
  const [rightId, setRightId] = useState(maps[0]?.id ?? "");
  const left = maps.find((m) => m.id === leftId);
  const right = maps.find((m) => m.id === rightId);
  const options = maps.map((m) => ({
    value: m.id,
    label: `${t("networkMaps.list.drawnOn", { date: formatLongDate(m.drawnOn, i18n.language) })} (${t("networkMaps.list.members", { count: m.members.length })})`,
  }));

  const pickers = (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <NativeSelect label={t("networkMaps.compare.left")} value={leftId} onChange={(e) => setLeftId(e.currentTarget.value)} data={options} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <NativeSelect label={t("networkMaps.compare.right")} value={rightId} onChange={(e) => setRightId(e.currentTarget.value)} data={options} />
      </Grid.Col>
    </Grid>
  );
  const heading = (
    <Title order={2} size="h4" id="network-map-compare-title">
      {t("networkMaps.compare.title")}
    </Title>
  );
  if (!left || !right || left.id === right.id) {
    return (
      <Stack gap="md" component="section" aria-labelledby="network-map-compare-title">
        {heading}
        {pickers}
        <Text>{t("networkMaps.compare.sameMap")}</Text>
      </Stack>
    );
  }

  const comparison = compareNetworkMaps(left.members, right.members);
  const leftLayout = layoutNetworkMap(left.members, { alongside: [right.members] });
  const rightLayout = layoutNetworkMap(right.members, { alongside: [left.members] });
  const leftEmphasis = new Map<string, MemberEmphasis>(comparison.left.map((m) => [m.id, "left"]));
  const rightEmphasis = new Map<string, MemberEmphasis>(comparison.joined.map((m) => [m.id, "joined"]));
  const before = summarizeNetworkMap(left.members);
  const after = summarizeNetworkMap(right.members);
  const leftDate = formatLongDate(left.drawnOn, i18n.language);
  const rightDate = formatLongDate(right.drawnOn, i18n.language);

  return (
    <Stack gap="md" component="section" aria-labelledby="network-map-compare-title">
      {heading}
      {pickers}
      <Grid gap="lg">
        {[
          { map: left, layout: leftLayout, emphasis: leftEmphasis, date: leftDate },
          { map: right, layout: rightLayout, emphasis: rightEmphasis, date: rightDate },
        ].map(({ map, layout, emphasis, date }) => (
          <Grid.Col key={map.id} span={{ base: 12, md: 6 }}>
            <Stack gap={4} align="center">
              <Text fw={600}>{t("networkMaps.list.drawnOn", { date })}</Text>
              <NetworkMapDrawing members={map.members} layout={layout} emphasis={emphasis} title={t("networkMaps.view.drawingTitle", { date })} maxWidth={520} />
            </Stack>
          </Grid.Col>
        ))}
      </Grid>
      <NetworkMapLegend withEmphasis />
      <Stack gap="sm" className="network-map-changes">
        <Title order={3} size="h5">
          {t("networkMaps.compare.changesTitle", { from: leftDate, to: rightDate })}
        </Title>
        <Text size="sm">
          {t("networkMaps.compare.totals", {
            before: before.total,
            after: after.total,
            helpsBefore: before.byEffect.helps,
            helpsAfter: after.byEffect.helps,
            weighsBefore: before.byEffect.weighs,
            weighsAfter: after.byEffect.weighs,
          })}
        </Text>
        <Title order={4} size="h6">
          {t("networkMaps.compare.joined")}
        </Title>
        {comparison.joined.length > 0 ? (
          <List size="sm">
            {comparison.joined.map((m) => (
              <List.Item key={m.id}>{text.memberLine(m)}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t("networkMaps.compare.none")}</Text>
        )}
        <Title order={4} size="h6">
          {t("networkMaps.compare.left_people")}
        </Title>
        {comparison.left.length > 0 ? (
          <List size="sm">
            {comparison.left.map((m) => (
              <List.Item key={m.id}>{text.memberLine(m)}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t("networkMaps.compare.none")}</Text>
        )}
        <Title order={4} size="h6">
          {t("networkMaps.compare.changed")}
        </Title>
        {comparison.changed.length > 0 ? (
          <List size="sm">
            {comparison.changed.map((c) => (
              <List.Item key={c.after.id}>
                <strong>{c.after.name}</strong>
                {t("networkMaps.compare.separator")}
                {changeWords(c).join(" ; ")}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t("networkMaps.compare.none")}</Text>
        )}
        <Text size="sm">{t("networkMaps.compare.unchanged", { count: comparison.unchanged.length })}</Text>
      </Stack>
    </Stack>
  );
};
