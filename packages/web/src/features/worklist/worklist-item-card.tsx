import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import type { SnoozedWorklistItem, WorklistItem } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatLongDate, todayIso } from "../../shared/format/dates";
import { useErrorMessage } from "../../shared/hooks/use-error-message";
import { SnoozeDialog } from "./snooze-dialog";
import { useNextStepDone, useUnsnoozeItem } from "./worklist-api";
import { worklistSentence, worklistSource, worklistStateLabel, worklistSubject } from "./worklist-sentence";

const stateColor = { overdue: "red", due_today: "orange", upcoming: "blue" } as const;
const jobRules = new Set(["job_start_first_contact", "job_start_weekly_contact", "job_end_contact", "benefits_before_start"]);

type Props = {
  item: WorklistItem | SnoozedWorklistItem;
  /** Team view: whose item it is. */
  specialistName?: string | null;
  onMessage: (message: string) => void;
};

/** The links to the record the item is about: the person (and their jobs or benefits), or the employer. */
const RecordLinks = ({ item }: { item: WorklistItem }) => {
  const { t } = useTranslation();
  if (item.employerId) {
    return (
      <Anchor component={Link} to={`/employers/${item.employerId}`} fw={600}>
        {item.employerName ?? item.employerId}
      </Anchor>
    );
  }
  if (!item.participantId) return null;
  return (
    <Group gap="md">
      <Anchor component={Link} to={`/participants/${item.participantId}`} fw={600}>
        {item.participantName ?? item.participantId}
      </Anchor>
      {jobRules.has(item.rule) ? (
        <Anchor component={Link} to={`/participants/${item.participantId}/jobs`} size="sm">
          {t("worklist.jobsLink", { title: item.jobTitle ?? "" })}
        </Anchor>
      ) : null}
      {item.rule === "benefits_before_start" ? (
        <Anchor component={Link} to={`/participants/${item.participantId}/benefits`} size="sm">
          {t("worklist.benefitsLink")}
        </Anchor>
      ) : null}
    </Group>
  );
};

/** One thing the timing rules ask: what, about whom, why (one sentence), and what can be done from here. */
export const WorklistItemCard = ({ item, specialistName, onMessage }: Props) => {
  const { t, i18n } = useTranslation();
  const [snoozing, setSnoozing] = useState(false);
  const errorMessage = useErrorMessage();
  const done = useNextStepDone();
  const unsnooze = useUnsnoozeItem();
  const snooze = "snooze" in item ? item.snooze : null;
  const subject = worklistSubject(item, t);

  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={subject}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Group gap="sm" align="center">
            <Text fw={700}>{t(`worklist.rules.${item.rule}`)}</Text>
            <RecordLinks item={item} />
          </Group>
          <Badge color={stateColor[item.state]} variant="light" tt="none">
            {worklistStateLabel(item, t)}
          </Badge>
        </Group>
        <Text>{worklistSentence(item, t, i18n.language)}</Text>
        <Group gap="md">
          <Text size="xs" c="dimmed">
            {worklistSource(item, t)}
          </Text>
          {specialistName !== undefined ? (
            <Text size="xs" c="dimmed">
              {specialistName ? t("worklist.ownedBy", { name: specialistName }) : t("worklist.unassigned")}
            </Text>
          ) : null}
        </Group>
        {snooze ? (
          <Text size="sm" fs="italic">
            {t("worklist.snoozed.until", { date: formatLongDate(snooze.until, i18n.language), reason: snooze.reason })}
          </Text>
        ) : null}
        <Group gap="sm" mt={4}>
          {snooze?.id ? (
            <Button
              size="xs"
              variant="light"
              loading={unsnooze.isPending}
              aria-label={t("worklist.snoozed.restoreLabel", { what: subject })}
              onClick={() => snooze.id && unsnooze.mutate(snooze.id, { onSuccess: () => onMessage(t("worklist.unsnoozeSaved")) })}
            >
              {t("worklist.snoozed.restore")}
            </Button>
          ) : null}
          {!snooze && item.employerId && item.employerContactId ? (
            <Button
              size="xs"
              loading={done.isPending}
              aria-label={t("worklist.doneLabel", { what: subject })}
              onClick={() =>
                item.employerId &&
                item.employerContactId &&
                done.mutate(
                  { employerId: item.employerId, contactId: item.employerContactId, doneOn: todayIso() },
                  { onSuccess: () => onMessage(t("worklist.doneSaved")) },
                )
              }
            >
              {t("worklist.done")}
            </Button>
          ) : null}
          {!snooze ? (
            <Button size="xs" variant="default" aria-label={t("worklist.snoozeLabel", { what: subject })} onClick={() => setSnoozing(true)}>
              {t("worklist.snooze")}
            </Button>
          ) : null}
        </Group>
        {done.error || unsnooze.error ? (
          <Text size="sm" c="red" role="alert">
            {errorMessage(done.error ?? unsnooze.error)}
          </Text>
        ) : null}
      </Stack>
      {snoozing ? (
        <SnoozeDialog
          item={item}
          opened
          onClose={() => setSnoozing(false)}
          onDone={() => {
            setSnoozing(false);
            onMessage(t("worklist.snoozeSaved"));
          }}
        />
      ) : null}
    </Paper>
  );
};
