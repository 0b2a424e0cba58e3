import { Anchor, Button, Grid, Group, Stack, Switch, Text, Title } from "@mantine/core";
import type { Routine } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { formatDate, formatLongDate } from "../../shared/format/dates";
import { AnswersView, CategoryLegend, HoursTable } from "./routine-parts";
import { useShareRoutine } from "./routines-api";
import { WeekView } from "./week-view";

type RoutineViewProps = {
  routine: Routine;
  canWrite: boolean;
  onNewFrom: () => void;
};

/** One saved version: its week, hours per category, the answers, its sharing, and the way to print it. */
export const RoutineView = ({ routine, canWrite, onNewFrom }: RoutineViewProps) => {
  const { t, i18n } = useTranslation();
  const share = useShareRoutine(routine.participantId);
  const [message, setMessage] = useState<string | null>(null);
  const categories = [...new Set(routine.activities.map((a) => a.category))];

  const toggle = (sharedWithCareTeam: boolean) => {
    setMessage(null);
    share.mutate(
      { routineId: routine.id, sharedWithCareTeam },
      { onSuccess: (r) => setMessage(r.sharedWithCareTeam ? t("routines.share.sharedNow") : t("routines.share.unsharedNow")) },
    );
  };

  return (
    <Stack gap="md" component="section" aria-labelledby={`routine-${routine.id}-title`}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id={`routine-${routine.id}-title`}>
            {routine.label}
          </Title>
          <Text size="sm">
            {t("routines.versions.from", { date: formatLongDate(routine.validFrom, i18n.language) })}
            {routine.job
              ? ` · ${routine.job.employerName ? t("routines.versions.withJobAt", { title: routine.job.title, employer: routine.job.employerName }) : t("routines.versions.withJob", { title: routine.job.title })}`
              : ""}
          </Text>
          <Text size="xs" c="dimmed">
            {routine.createdBy
              ? t("routines.versions.savedBy", { date: formatDate(routine.createdAt.slice(0, 10), i18n.language), name: routine.createdBy })
              : t("routines.versions.savedOn", { date: formatDate(routine.createdAt.slice(0, 10), i18n.language) })}
          </Text>
        </Stack>
        <Group gap="sm">
          <Anchor component={Link} to={`/participants/${routine.participantId}/routines/${routine.id}/print`}>
            {t("routines.actions.print")}
          </Anchor>
          {canWrite ? (
            <Button variant="light" onClick={onNewFrom}>
              {t("routines.actions.newFrom")}
            </Button>
          ) : null}
        </Group>
      </Group>
      {canWrite ? (
        <Switch
          label={t("routines.share.label")}
          description={t("routines.share.description")}
          // The choice shows at once; the version in the list follows when the server has it.
          checked={share.isPending ? share.variables.sharedWithCareTeam : routine.sharedWithCareTeam}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
      ) : null}
      <SuccessAlert message={message} />
      <FormErrorAlert error={share.error} />
      <WeekView grid={routine} label={t("routines.week.label", { first: routine.firstHour, last: routine.lastHour })} />
      {categories.length > 0 ? <CategoryLegend only={categories} /> : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <HoursTable activities={routine.activities} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <AnswersView answers={routine.answers} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
};
