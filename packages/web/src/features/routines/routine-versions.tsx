import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import type { Routine } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../shared/format/dates";

/** Where a version stands against the person's job starts: built around a job, or before one that came later. */
const useJobLine = (versions: readonly Routine[]) => {
  const { t } = useTranslation();
  const starts = versions.flatMap((v) => (v.job ? [v.job.startDate] : []));
  return (v: Routine): string | null => {
    if (v.job) return v.job.employerName ? t("routines.versions.withJobAt", { title: v.job.title, employer: v.job.employerName }) : t("routines.versions.withJob", { title: v.job.title });
    return starts.some((start) => start > v.validFrom) ? t("routines.versions.beforeJob") : null;
  };
};

type VersionsListProps = { versions: readonly Routine[]; shownId: string | null; onShow: (id: string) => void };

/** The versions of the week, newest first, each with its date, its job, its sharing and a button to show it. */
export const VersionsList = ({ versions, shownId, onShow }: VersionsListProps) => {
  const { t, i18n } = useTranslation();
  const jobLine = useJobLine(versions);
  return (
    <Stack gap="xs" component="ol" aria-label={t("routines.versions.listLabel")} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {versions.map((v) => {
        const shown = v.id === shownId;
        const line = jobLine(v);
        return (
          <Paper key={v.id} component="li" withBorder p="sm" className="routine-versions-item" aria-current={shown ? "true" : undefined}>
            <Stack gap={4} align="flex-start">
              <Text fw={600}>{v.label}</Text>
              <Text size="sm">{t("routines.versions.from", { date: formatDate(v.validFrom, i18n.language) })}</Text>
              {line ? <Text size="sm">{line}</Text> : null}
              <Text size="xs" fw={600} c={v.sharedWithCareTeam ? "teal.9" : "gray.7"}>
                {v.sharedWithCareTeam ? t("routines.versions.shared") : t("routines.versions.notShared")}
              </Text>
              <Group gap="sm" justify="space-between" w="100%">
                <Text size="xs" c="dimmed">
                  {t("routines.versions.activities", { count: v.activities.length })}
                </Text>
                <Button size="compact-sm" variant={shown ? "filled" : "light"} onClick={() => onShow(v.id)} aria-label={`${shown ? t("routines.versions.shown") : t("routines.versions.show")} : ${v.label}`}>
                  {shown ? t("routines.versions.shown") : t("routines.versions.show")}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
};
