import { Group, Stack, Text, Title } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../shared/components/status-badge";
import { formatDate } from "../../shared/format/dates";
import { usePageTitle } from "../../shared/hooks/use-page-title";
import { participantName } from "../caseload/participants-table";

export const ParticipantHeader = ({ participant, tabLabel }: { participant: Participant; tabLabel: string }) => {
  const { t, i18n } = useTranslation();
  const name = participantName(participant);
  usePageTitle(`${name} · ${tabLabel}`);
  return (
    <Stack gap={6} mb="md">
      <Group gap="sm" align="center">
        <Title order={1} fz={{ base: "h2", sm: "h1" }}>
          {name}
        </Title>
        <StatusBadge status={participant.status} />
      </Group>
      <Text c="dimmed" size="sm">
        {t("participant.referredOn", { date: formatDate(participant.referralDate, i18n.language) })}
        {" · "}
        {participant.specialistName
          ? t("participant.followedBy", { name: participant.specialistName })
          : t("participant.notAssigned")}
      </Text>
    </Stack>
  );
};
