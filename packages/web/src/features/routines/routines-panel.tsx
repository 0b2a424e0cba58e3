import "./routines.css";
import { Button, Grid, Group, Stack, Text, Title } from "@mantine/core";
import type { Job, Participant, Routine } from "@passerelle/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/api-client";
import { SuccessAlert } from "../../shared/components/form-alert";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { useAccess } from "../../shared/hooks/use-access";
import { jobKeys } from "../jobs/jobs-api";
import { RoutineCompare } from "./routine-compare";
import { RoutineEditor } from "./routine-editor";
import { RoutineView } from "./routine-view";
import { VersionsList } from "./routine-versions";
import { useRoutines } from "./routines-api";

type Mode = { kind: "view" } | { kind: "edit"; base: Routine | null } | { kind: "compare" };

/** The person's jobs, for a week built around one; only fetched for users who write the week and read jobs. */
const useJobsFor = (participantId: string, enabled: boolean) =>
  useQuery({
    queryKey: jobKeys.list(participantId),
    queryFn: ({ signal }) => api.get<{ items: Job[]; total: number }>(`/participants/${participantId}/jobs`, undefined, signal),
    enabled,
  });

/**
 * "Ma semaine" (IMPE manual, chapter 2): the versions of the person's week, the one shown, a new version built
 * from it, and two versions compared side by side. A clinician sees the versions shared with the care team only.
 */
export const RoutinesPanel = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const canWrite = access.can("practice.write", participant.programId);
  const routines = useRoutines(participant.id);
  const jobs = useJobsFor(participant.id, canWrite && access.can("job.read", participant.programId));
  const [mode, setMode] = useState<Mode>({ kind: "view" });
  const [shownId, setShownId] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (routines.isPending) return <LoadingState />;
  if (routines.isError) return <ErrorState error={routines.error} onRetry={() => void routines.refetch()} />;
  const versions = routines.data.items;
  const shown = versions.find((v) => v.id === shownId) ?? versions[0] ?? null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} maw={760}>
          <Title order={2} size="h3">
            {t("routines.title")}
          </Title>
          <Text size="sm">{t("routines.intro")}</Text>
        </Stack>
        <Group gap="sm">
          {versions.length >= 2 && mode.kind !== "edit" ? (
            <Button variant="default" onClick={() => setMode(mode.kind === "compare" ? { kind: "view" } : { kind: "compare" })}>
              {mode.kind === "compare" ? t("routines.actions.closeCompare") : t("routines.actions.compare")}
            </Button>
          ) : null}
          {canWrite && mode.kind !== "edit" && versions.length === 0 ? (
            <Button onClick={() => setMode({ kind: "edit", base: null })}>{t("routines.actions.new")}</Button>
          ) : null}
        </Group>
      </Group>
      <SuccessAlert message={saved} />

      {mode.kind === "edit" ? (
        <RoutineEditor
          participantId={participant.id}
          base={mode.base}
          jobs={jobs.data?.items ?? []}
          onSaved={(routine) => {
            setShownId(routine.id);
            setMode({ kind: "view" });
            setSaved(t("routines.editor.saved"));
          }}
          onCancel={() => setMode({ kind: "view" })}
        />
      ) : versions.length === 0 ? (
        <Text>{canWrite ? t("routines.versions.empty") : t("routines.versions.emptyShared")}</Text>
      ) : mode.kind === "compare" ? (
        // Two weeks side by side need the whole width.
        <RoutineCompare versions={versions} />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Stack gap="xs" component="nav" aria-labelledby="routine-versions-title">
              <Title order={2} size="h5" id="routine-versions-title">
                {t("routines.versions.title")}
              </Title>
              <VersionsList
                versions={versions}
                shownId={shown?.id ?? null}
                onShow={(id) => {
                  setShownId(id);
                  setSaved(null);
                }}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            {shown ? (
              <RoutineView
                key={shown.id}
                routine={shown}
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
