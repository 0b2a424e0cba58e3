import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { type Application, isFinalApplicationStatus, type Participant } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { ApplicationCard } from "./application-card";
import { useApplications } from "./job-search-api";
import { NewApplicationForm } from "./new-application-form";

type Props = { participant: Participant; canWrite: boolean; withRegister: boolean; withOpenings: boolean; canSeeJobs: boolean };

/** The person's applications, the ongoing ones first, each with its history; a new one in a few fields. */
export const ApplicationsSection = ({ participant, canWrite, withRegister, withOpenings, canSeeJobs }: Props) => {
  const { t } = useTranslation();
  const applications = useApplications(participant.id);
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const groups: { key: "ongoing" | "finished"; items: Application[] }[] = [
    { key: "ongoing", items: (applications.data?.items ?? []).filter((a) => !isFinalApplicationStatus(a.status)) },
    { key: "finished", items: (applications.data?.items ?? []).filter((a) => isFinalApplicationStatus(a.status)) },
  ];

  return (
    <section aria-labelledby="applications-title">
      <Group justify="space-between" align="flex-end" mb="xs">
        <div>
          <Title order={2} size="h3" id="applications-title" mb={4}>
            {t("jobSearch.applications.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("jobSearch.applications.intro")}
          </Text>
        </div>
        {canWrite && !creating ? (
          <Button
            onClick={() => {
              setMessage(null);
              setCreating(true);
            }}
          >
            {t("jobSearch.applications.new")}
          </Button>
        ) : null}
      </Group>
      <Stack gap="md">
        <SuccessAlert message={message} />
        {creating ? (
          <Card withBorder padding="lg" component="section" aria-labelledby="new-application-title">
            <Title order={3} size="h4" id="new-application-title" mb="md">
              {t("jobSearch.applications.newTitle")}
            </Title>
            <NewApplicationForm
              participantId={participant.id}
              programId={participant.programId}
              withRegister={withRegister}
              withOpenings={withOpenings}
              onCreated={() => {
                setCreating(false);
                setMessage(t("jobSearch.applications.created"));
              }}
              onCancel={() => setCreating(false)}
            />
          </Card>
        ) : null}
        {applications.isPending ? <LoadingState /> : null}
        {applications.isError ? <ErrorState error={applications.error} onRetry={() => void applications.refetch()} /> : null}
        {applications.data && applications.data.items.length === 0 ? <Text c="dimmed">{t("jobSearch.applications.empty")}</Text> : null}
        {groups
          .filter((g) => g.items.length > 0)
          .map((g) => (
            <Stack key={g.key} gap="sm">
              <Title order={3} size="h4">
                {t(`jobSearch.applications.${g.key}`)} ({g.items.length})
              </Title>
              <Stack gap="sm" component="ul" aria-label={t("jobSearch.applications.listLabel", { group: t(`jobSearch.applications.${g.key}`).toLowerCase() })} style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {g.items.map((a) => (
                  <li key={a.id}>
                    <ApplicationCard
                      participantId={participant.id}
                      application={a}
                      canWrite={canWrite}
                      canSeeJobs={canSeeJobs}
                      onChanged={() => setMessage(t("jobSearch.applications.changed"))}
                    />
                  </li>
                ))}
              </Stack>
            </Stack>
          ))}
      </Stack>
    </section>
  );
};
