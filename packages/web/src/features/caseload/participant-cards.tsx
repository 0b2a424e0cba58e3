import { Anchor, Box, Card, Group, Stack } from "@mantine/core";
import type { ParticipantSummary } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { StatusBadge } from "../../shared/components/status-badge";
import { formatDate } from "../../shared/format/dates";
import { LastContact } from "./last-contact";
import { participantName } from "./participants-table";

const dtStyle = { fontWeight: 600, fontSize: "var(--mantine-font-size-sm)" } as const;
const ddStyle = { margin: 0, fontSize: "var(--mantine-font-size-sm)" } as const;

/** On a phone: one card per person, the name is the link, the essentials below it. */
export const ParticipantCards = ({ participants }: { participants: ParticipantSummary[] }) => {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("caseload.tableCaption")}>
      {participants.map((p) => (
        <Card key={p.id} component="li" withBorder padding="sm" radius="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Anchor component={Link} to={`/participants/${p.id}`} fw={700} size="lg">
              {participantName(p)}
            </Anchor>
            <StatusBadge status={p.status} />
          </Group>
          <Box
            component="dl"
            mt="xs"
            mb={0}
            style={{ display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "0.75rem", rowGap: "0.25rem", alignItems: "center" }}
          >
            <dt style={dtStyle}>{t("caseload.specialist")}</dt>
            <dd style={ddStyle}>{p.specialistName ?? t("caseload.unassigned")}</dd>
            <dt style={dtStyle}>{t("caseload.referralDate")}</dt>
            <dd style={ddStyle}>{formatDate(p.referralDate, i18n.language)}</dd>
            <dt style={dtStyle}>{t("caseload.lastContact")}</dt>
            <dd style={ddStyle}>
              <LastContact date={p.lastContactDate} />
            </dd>
          </Box>
        </Card>
      ))}
    </Stack>
  );
};
