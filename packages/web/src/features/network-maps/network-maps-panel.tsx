import "./network-maps.css";
import { Badge, Button, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { NetworkMap, Participant } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { formatLongDate } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { NetworkMapCompare } from "./network-map-compare";
import { NetworkMapEditor } from "./network-map-editor";
import { NetworkMapView } from "./network-map-view";
import { useNetworkMaps } from "./network-maps-api";

type Mode = { kind: "view" } | { kind: "edit"; base: NetworkMap | null } | { kind: "compare" };

type SnapshotListProps = { maps: readonly NetworkMap[]; shownId: string | null; onShow: (id: string) => void };

/** The snapshots, newest first: date, how many people, sharing, and a button to show each. */
const SnapshotList = ({ maps, shownId, onShow }: SnapshotListProps) => {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="ol" aria-label={t("networkMaps.list.listLabel")} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {maps.map((m) => {
        const shown = m.id === shownId;
        const label = t("networkMaps.list.drawnOn", { date: formatLongDate(m.drawnOn, i18n.language) });
        return (
          <Paper key={m.id} component="li" withBorder p="sm" className="network-maps-item" aria-current={shown ? "true" : undefined}>
            <Stack gap={4}>
              <Text fw={600}>{label}</Text>
              <Text size="sm">{t("networkMaps.list.members", { count: m.members.length })}</Text>
              <Group gap="xs" justify="space-between">
                <Badge variant="light" color={m.sharedWithCareTeam ? "teal" : "gray"} size="sm">
                  {m.sharedWithCareTeam ? t("networkMaps.list.shared") : t("networkMaps.list.notShared")}
                </Badge>
                <Button size="xs" variant={shown ? "filled" : "light"} onClick={() => onShow(m.id)} aria-label={`${shown ? t("networkMaps.actions.shown") : t("networkMaps.actions.show")} : ${label}`}>
                  {shown ? t("networkMaps.actions.shown") : t("networkMaps.actions.show")}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
};

/**
 * "Mon réseau de soutien" (IMPE manual, chapter 6): the snapshots of the person's support network, the one shown,
 * a new one (from nothing, from the close ones or from an earlier one), and two compared side by side. A clinician
 * sees the snapshots shared with the care team only.
 */
export const NetworkMapsPanel = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const canWrite = access.can("practice.write", participant.programId);
  const maps = useNetworkMaps(participant.id);
  const [mode, setMode] = useState<Mode>({ kind: "view" });
  const [shownId, setShownId] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (maps.isPending) return <LoadingState />;
  if (maps.isError) return <ErrorState error={maps.error} onRetry={() => void maps.refetch()} />;
  const items = maps.data.items;
  const shown = items.find((m) => m.id === shownId) ?? items[0] ?? null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} maw={760}>
          <Title order={2} size="h3">
            {t("networkMaps.title")}
          </Title>
          <Text size="sm">{t("networkMaps.intro")}</Text>
        </Stack>
        {mode.kind !== "edit" ? (
          <Group gap="sm">
            {items.length >= 2 ? (
              <Button variant="default" onClick={() => setMode(mode.kind === "compare" ? { kind: "view" } : { kind: "compare" })}>
                {mode.kind === "compare" ? t("networkMaps.actions.closeCompare") : t("networkMaps.actions.compare")}
              </Button>
            ) : null}
            {canWrite ? (
              <Button
                onClick={() => {
                  setSaved(null);
                  setMode({ kind: "edit", base: null });
                }}
              >
                {t("networkMaps.actions.new")}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>
      <SuccessAlert message={saved} />

      {mode.kind === "edit" ? (
        <NetworkMapEditor
          participantId={participant.id}
          base={mode.base}
          latest={items[0] ?? null}
          readsCloseOnes={access.can("network.read", participant.programId)}
          onSaved={(map) => {
            setShownId(map.id);
            setMode({ kind: "view" });
            setSaved(t("networkMaps.editor.saved"));
          }}
          onCancel={() => setMode({ kind: "view" })}
        />
      ) : items.length === 0 ? (
        <Text>{canWrite ? t("networkMaps.list.empty") : t("networkMaps.list.emptyShared")}</Text>
      ) : mode.kind === "compare" ? (
        // The whole width: two drawings side by side need it more than the list of maps (the pickers choose them).
        <NetworkMapCompare maps={items} />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Stack gap="xs" component="nav" aria-labelledby="network-maps-list-title">
              <Title order={2} size="h5" id="network-maps-list-title">
                {t("networkMaps.list.title")}
              </Title>
              <SnapshotList
                maps={items}
                shownId={shown?.id ?? null}
                onShow={(id) => {
                  setShownId(id);
                  setSaved(null);
                  setMode({ kind: "view" });
                }}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            {shown ? (
              <NetworkMapView
                key={shown.id}
                map={shown}
                canWrite={canWrite}
                onNewFrom={() => {
                  setSaved(null);
                  setMode({ kind: "edit", base: shown });
                }}
              />
            ) : null}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
};
