import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { type Application, type ApplicationStatus, isFinalApplicationStatus } from "@passerelle/domain";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../shared/format/dates";
import { jobsTabUrl, recordJobUrl } from "./job-links";
import { StatusChangeDialog } from "./status-change-dialog";

const statusColor: Record<ApplicationStatus, string> = {
  interested: "gray",
  applied: "blue",
  interview: "indigo",
  offer: "teal",
  hired: "green",
  not_selected: "orange",
  withdrawn: "gray",
};

type Props = { participantId: string; application: Application; canWrite: boolean; canSeeJobs: boolean; onChanged: () => void };

/** One application: where it stands, its dated history (oldest first), and the next thing to do with it. */
export const ApplicationCard = ({ participantId, application: a, canWrite, canSeeJobs, onChanged }: Props) => {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [dialogOpen, setDialogOpen] = useState(false);
  const last = a.history[a.history.length - 1];
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={4} size="h5" id={titleId}>
              {a.title}
            </Title>
            <Text size="sm">{t("jobSearch.applications.at", { employer: a.employerName || t("common.emptyValue") })}</Text>
          </div>
          <Group gap="xs">
            <Badge color={statusColor[a.status]} variant="light" size="lg">
              {t(`jobSearch.statuses.${a.status}`)}
            </Badge>
            {last ? (
              <Text size="sm" c="dimmed">
                {t("jobSearch.applications.since", { date: formatDate(last.date, i18n.language) })}
              </Text>
            ) : null}
          </Group>
        </Group>
        <ol aria-label={t("jobSearch.applications.history", { title: a.title })} style={{ margin: 0, paddingInlineStart: "1.25rem" }}>
          {a.history.map((h, i) => (
            <li key={i}>
              <Text size="sm" component="span">
                {formatDate(h.date, i18n.language)} · {t(`jobSearch.statuses.${h.status}`)}
                {h.reason ? ` (${t(`jobSearch.reasons.${h.reason}`)})` : ""}
                {h.note ? ` · ${h.note}` : ""}
              </Text>
            </li>
          ))}
        </ol>
        <Group gap="sm">
          {canWrite && !isFinalApplicationStatus(a.status) ? (
            <Button
              variant="default"
              size="sm"
              onClick={() => setDialogOpen(true)}
              aria-label={t("jobSearch.applications.changeStatusOf", { title: a.title })}
            >
              {t("jobSearch.applications.changeStatus")}
            </Button>
          ) : null}
          {canSeeJobs && a.jobId ? (
            <Button component={Link} to={jobsTabUrl(participantId)} variant="light" size="sm">
              {t("jobSearch.applications.seeJob")}
            </Button>
          ) : null}
          {canWrite && a.status === "hired" && !a.jobId ? (
            <Button component={Link} to={recordJobUrl(participantId, a)} size="sm">
              {t("jobSearch.applications.recordJob")}
            </Button>
          ) : null}
        </Group>
      </Stack>
      {dialogOpen ? (
        <StatusChangeDialog
          participantId={participantId}
          application={a}
          opened={dialogOpen}
          onClose={() => setDialogOpen(false)}
          onDone={() => {
            setDialogOpen(false);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
};
