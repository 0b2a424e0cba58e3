import { Anchor, Badge, Button, Grid, Group, SimpleGrid, Stack, Switch, Text, Title } from "@mantine/core";
import type { NetworkMap } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { formatLongDate } from "../../shared/format/dates";
import { NetworkMapDrawing } from "./network-map-drawing";
import { NetworkMapLegend } from "./network-map-legend";
import { NetworkMapSummary } from "./network-map-summary";
import { NetworkMapTable } from "./network-map-table";
import { useShareNetworkMap } from "./network-maps-api";

type NetworkMapViewProps = { map: NetworkMap; canWrite: boolean; onNewFrom: () => void };

/** One snapshot: the drawing with its legend, the summary, the table of members, the comment, sharing and print. */
export const NetworkMapView = ({ map, canWrite, onNewFrom }: NetworkMapViewProps) => {
  const { t, i18n } = useTranslation();
  const share = useShareNetworkMap(map.participantId);
  const [message, setMessage] = useState<string | null>(null);
  const date = formatLongDate(map.drawnOn, i18n.language);
  const titleId = `network-map-${map.id}-title`;

  const toggle = (shared: boolean) => {
    setMessage(null);
    share.mutate({ mapId: map.id, shared }, { onSuccess: (m) => setMessage(m.sharedWithCareTeam ? t("networkMaps.view.sharedNow") : t("networkMaps.view.unsharedNow")) });
  };

  return (
    <Stack gap="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id={titleId}>
            {t("networkMaps.view.title", { date })}
          </Title>
          {map.createdBy ? (
            <Text size="sm" c="dimmed">
              {t("networkMaps.view.by", { name: map.createdBy })}
            </Text>
          ) : null}
        </Stack>
        <Group gap="sm">
          <Anchor component={Link} to={`/participants/${map.participantId}/network-maps/${map.id}/print`}>
            {t("networkMaps.actions.print")}
          </Anchor>
          {canWrite ? (
            <Button variant="light" onClick={onNewFrom}>
              {t("networkMaps.actions.newFrom")}
            </Button>
          ) : null}
        </Group>
      </Group>
      {canWrite ? (
        <Switch
          label={t("networkMaps.view.share")}
          description={t("networkMaps.view.shareHelp")}
          checked={map.sharedWithCareTeam}
          disabled={share.isPending}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
      ) : (
        <Badge variant="light" color={map.sharedWithCareTeam ? "teal" : "gray"}>
          {map.sharedWithCareTeam ? t("networkMaps.list.shared") : t("networkMaps.list.notShared")}
        </Badge>
      )}
      <SuccessAlert message={message} />
      <FormErrorAlert error={share.error} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, xl: 8 }}>
          <NetworkMapDrawing members={map.members} title={t("networkMaps.view.drawingTitle", { date })} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <SimpleGrid cols={{ base: 1, sm: 2, xl: 1 }} spacing="lg">
            <NetworkMapLegend />
            <NetworkMapSummary members={map.members} />
          </SimpleGrid>
        </Grid.Col>
      </Grid>
      {map.members.length > 0 ? (
        <NetworkMapTable members={map.members} caption={t("networkMaps.view.tableCaption", { date })} />
      ) : (
        <Text>{t("networkMaps.view.nobody")}</Text>
      )}
      {map.comment ? (
        <Stack gap={4}>
          <Title order={3} size="h6">
            {t("networkMaps.view.comment")}
          </Title>
          <Text style={{ whiteSpace: "pre-wrap" }}>{map.comment}</Text>
        </Stack>
      ) : null}
    </Stack>
  );
};
