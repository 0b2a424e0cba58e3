import { Alert, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { Participant, ProfileSummary, SharedRecord } from "@passerelle/domain";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { StatusBadge } from "../../shared/components/status-badge";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDate } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { NoteCard } from "../notes/note-card";
import { useSharedRecord } from "./shared-record-api";

const Field = ({ label, value }: { label: string; value: string }) => {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{value || t("common.emptyValue")}</Text>
    </div>
  );
};

const hoursText = (p: ProfileSummary, t: TFunction): string => {
  if (p.hoursPerWeekMin != null && p.hoursPerWeekMax != null) return t("sharedRecord.hoursRange", { min: p.hoursPerWeekMin, max: p.hoursPerWeekMax });
  if (p.hoursPerWeekMax != null) return t("sharedRecord.hoursMax", { max: p.hoursPerWeekMax });
  if (p.hoursPerWeekMin != null) return t("sharedRecord.hoursMin", { min: p.hoursPerWeekMin });
  return "";
};

const ProfileSection = ({ profile }: { profile: ProfileSummary | null }) => {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="shared-profile-title">
      <Title order={3} size="h4" id="shared-profile-title" mb="sm">
        {t("sharedRecord.profileTitle")}
      </Title>
      {profile ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Field label={t("sharedRecord.dreamJob")} value={profile.dreamJob} />
          <Field label={t("sharedRecord.shortTermGoal")} value={profile.shortTermGoal} />
          <Field label={t("sharedRecord.jobTypes")} value={profile.jobTypes.join(", ")} />
          <Field label={t("sharedRecord.hours")} value={hoursText(profile, t)} />
          <Field label={t("sharedRecord.schedule")} value={profile.schedule.map((s) => t(`schedule.${s}`)).join(", ")} />
          <Field label={t("sharedRecord.strengths")} value={profile.strengths} />
        </SimpleGrid>
      ) : (
        <Text c="dimmed">{t("sharedRecord.noProfile")}</Text>
      )}
    </Card>
  );
};

const JobsSection = ({ jobs }: { jobs: SharedRecord["jobs"] }) => {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="shared-jobs-title">
      <Title order={3} size="h4" id="shared-jobs-title" mb="sm">
        {t("sharedRecord.jobsTitle")}
      </Title>
      {jobs.length === 0 ? (
        <Text c="dimmed">{t("sharedRecord.noJobs")}</Text>
      ) : (
        <TableScroll label={t("sharedRecord.jobsTitle")} minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("sharedRecord.jobTitle")}</Table.Th>
                <Table.Th scope="col">{t("sharedRecord.employer")}</Table.Th>
                <Table.Th scope="col">{t("sharedRecord.contract")}</Table.Th>
                <Table.Th scope="col">{t("sharedRecord.hoursPerWeek")}</Table.Th>
                <Table.Th scope="col">{t("sharedRecord.period")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.map((j) => (
                <Table.Tr key={j.id}>
                  <Table.Td>{j.title}</Table.Td>
                  <Table.Td>{j.employerName || t("common.emptyValue")}</Table.Td>
                  <Table.Td>{t(`jobs.contracts.${j.contract}`)}</Table.Td>
                  <Table.Td>{j.hoursPerWeek ?? t("common.emptyValue")}</Table.Td>
                  <Table.Td>
                    {j.endDate
                      ? t("sharedRecord.fromTo", { from: formatDate(j.startDate, i18n.language), to: formatDate(j.endDate, i18n.language) })
                      : t("sharedRecord.since", { from: formatDate(j.startDate, i18n.language) })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Card>
  );
};

const DecisionsSection = ({ decisions }: { decisions: SharedRecord["meetingDecisions"] }) => {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="shared-decisions-title">
      <Title order={3} size="h4" id="shared-decisions-title" mb="sm">
        {t("sharedRecord.decisionsTitle")}
      </Title>
      {decisions.length === 0 ? (
        <Text c="dimmed">{t("sharedRecord.noDecisions")}</Text>
      ) : (
        <List spacing="sm" listStyleType="none" ms={0} ps={0}>
          {decisions.map((d, i) => (
            <List.Item key={`${d.meetingId}-${i}`}>
              <Text size="sm" fw={600}>
                {t("sharedRecord.meetingOf", { date: formatDate(d.meetingDate, i18n.language) })}
              </Text>
              {d.decisions ? <Text style={{ whiteSpace: "pre-wrap" }}>{t("sharedRecord.decisions", { text: d.decisions })}</Text> : null}
              {d.notes ? (
                <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
                  {d.notes}
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
};

/**
 * The view of the care team (issue 4, item 2). For a clinician it is the person's record; for the employment team a
 * preview of exactly what they share, so nobody has to guess what a partner reads.
 */
export const SharedRecordTab = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const isClinician = access.roleIn(participant.programId) === "clinician";
  const record = useSharedRecord(participant.id);
  if (record.isPending) return <LoadingState />;
  if (record.isError) return <ErrorState error={record.error} onRetry={() => void record.refetch()} />;
  const r = record.data;
  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={2} size="h3" mb={4}>
          {isClinician ? t("sharedRecord.title") : t("sharedRecord.previewTitle")}
        </Title>
        {isClinician ? (
          <Text c="dimmed" size="sm">
            {t("sharedRecord.clinicianIntro")}
          </Text>
        ) : (
          <Alert variant="light" color="blue">
            {t("sharedRecord.previewIntro")}
          </Alert>
        )}
      </div>
      <Group gap="lg">
        <StatusBadge status={r.participant.status} />
        <Text size="sm">{t("sharedRecord.specialist", { name: r.participant.specialistName ?? t("common.emptyValue") })}</Text>
      </Group>
      <ProfileSection profile={r.profileSummary} />
      <JobsSection jobs={r.jobs} />
      <section aria-labelledby="shared-notes-title">
        <Title order={3} size="h4" id="shared-notes-title" mb="sm">
          {t("sharedRecord.notesTitle")}
        </Title>
        {r.sharedNotes.length === 0 ? (
          <Text c="dimmed">{t("sharedRecord.noNotes")}</Text>
        ) : (
          <Stack gap="sm">
            {r.sharedNotes.map((n) => (
              <NoteCard key={n.id} note={n} participantId={participant.id} canChangeSharing={false} />
            ))}
          </Stack>
        )}
      </section>
      <DecisionsSection decisions={r.meetingDecisions} />
    </Stack>
  );
};
