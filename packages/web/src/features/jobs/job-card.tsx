import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { type Job, type JobWriteResult, occupationLabel } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../shared/format/dates";
import { FollowAlongPanel } from "../follow-along/follow-along-panel";
import { CompetitivenessBadge } from "./competitiveness-badge";
import { draftOfJob } from "./job-draft";
import { EndJobDialog } from "./end-job-dialog";
import { JobForm } from "./job-form";
import { useUpdateJob } from "./jobs-api";

type Props = { participantId: string; job: Job; canWrite: boolean; onResult: (result: JobWriteResult) => void; defaultOpen: boolean };

/** One employment episode: what it is, whether it counts as competitive, and its follow-along supports. */
export const JobCard = ({ participantId, job, canWrite, onResult, defaultOpen }: Props) => {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [ending, setEnding] = useState(false);
  const [open, setOpen] = useState(defaultOpen);
  const reopen = useUpdateJob(participantId, job.id);
  const money = (n: number) => new Intl.NumberFormat(i18n.language, { style: "currency", currency: "EUR" }).format(n);
  const ongoing = job.endDate === null;
  const fr = i18n.language.startsWith("fr");
  const panelId = `job-follow-along-${job.id}`;

  if (editing) {
    return (
      <Card withBorder padding="lg" component="li">
        <JobForm
          participantId={participantId}
          job={job}
          initial={draftOfJob(job)}
          onCancel={() => setEditing(false)}
          onDone={(result) => {
            setEditing(false);
            onResult(result);
          }}
        />
      </Card>
    );
  }

  return (
    <Card withBorder padding="lg" component="li" aria-labelledby={`job-title-${job.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={3} size="h4" id={`job-title-${job.id}`}>
              {t("jobs.card.heading", { title: job.title, employer: job.employerName })}
            </Title>
            <Text size="sm" c="dimmed">
              {job.occupationCode ? `${occupationLabel(job.occupationCode, fr ? "fr" : "en")} · ` : ""}
              {t(`jobs.contracts.${job.contract}`)}
            </Text>
          </div>
          <Badge color={ongoing ? "green" : "gray"} variant="light" radius="sm" tt="none" fw={600}>
            {ongoing ? t("jobs.card.ongoing") : t("jobs.card.ended")}
          </Badge>
        </Group>
        <Text size="sm">
          {ongoing
            ? t("jobs.card.since", { date: formatDate(job.startDate, i18n.language) })
            : t("jobs.card.fromTo", { from: formatDate(job.startDate, i18n.language), to: formatDate(job.endDate, i18n.language) })}
          {job.plannedEndDate && ongoing ? ` · ${t("jobs.card.plannedEnd", { date: formatDate(job.plannedEndDate, i18n.language) })}` : ""}
          {job.hoursPerWeek !== null ? ` · ${t("jobs.card.hours", { hours: job.hoursPerWeek })}` : ""}
          {job.hourlyGrossWage !== null ? ` · ${t("jobs.card.wage", { wage: money(job.hourlyGrossWage) })}` : ""}
        </Text>
        <CompetitivenessBadge value={job.competitiveness} />
        <Text size="sm">
          {t("jobs.card.disclosure", { level: t(`jobs.disclosure.${job.disclosure.level}`) })}
          {job.disclosure.details ? ` — ${job.disclosure.details}` : ""}
        </Text>
        {!ongoing && job.endReason ? (
          <Text size="sm">
            {t("jobs.card.endedBecause", { reason: t(`jobs.endReasons.${job.endReason}`), by: job.endedBy ? t(`jobs.endedBy.${job.endedBy}`) : "" })}
            {job.endNote ? ` — ${job.endNote}` : ""}
          </Text>
        ) : null}
        <Group gap="sm" mt={4}>
          <Button variant="light" size="sm" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={panelId}>
            {open ? t("jobs.card.hideFollowAlong") : t("jobs.card.showFollowAlong")}
          </Button>
          {canWrite ? (
            <>
              <Button variant="default" size="sm" onClick={() => setEditing(true)} aria-label={t("jobs.card.editNamed", { title: job.title })}>
                {t("common.edit")}
              </Button>
              {ongoing ? (
                <Button variant="default" size="sm" onClick={() => setEnding(true)}>
                  {t("jobs.card.end")}
                </Button>
              ) : (
                <Button
                  variant="subtle"
                  size="sm"
                  loading={reopen.isPending}
                  onClick={() => reopen.mutate({ version: job.version, endDate: null }, { onSuccess: onResult })}
                >
                  {t("jobs.card.cancelEnd")}
                </Button>
              )}
            </>
          ) : null}
        </Group>
        <div id={panelId}>{open ? <FollowAlongPanel participantId={participantId} job={job} canWrite={canWrite} /> : null}</div>
      </Stack>
      {ending ? (
        <EndJobDialog
          participantId={participantId}
          job={job}
          opened={ending}
          onClose={() => setEnding(false)}
          onDone={(result) => {
            setEnding(false);
            onResult(result);
          }}
        />
      ) : null}
    </Card>
  );
};
