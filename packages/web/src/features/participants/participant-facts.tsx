import { Box, Card, Title } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../shared/format/dates";

/** The record as text, for roles that may read it but not change it (no greyed-out form fields). */
export const ParticipantFacts = ({ participant: p }: { participant: Participant }) => {
  const { t, i18n } = useTranslation();
  const empty = t("common.emptyValue");
  const rows: [string, ReactNode][] = [
    [t("participant.firstName"), p.firstName],
    [t("participant.lastName"), p.lastName],
    [t("participant.referralDate"), formatDate(p.referralDate, i18n.language)],
    [t("participant.referralSource"), p.referralSource ? t(`referralSource.${p.referralSource}`) : empty],
    [t("participant.referringService"), p.referringService || empty],
    [t("participant.referentName"), p.referentName || empty],
    [t("participant.specialist"), p.specialistName ?? t("participant.specialistNone")],
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="facts-title">
      <Title order={2} size="h3" id="facts-title" mb="md">
        {t("summary.identityTitle")}
      </Title>
      <Box
        component="dl"
        m={0}
        style={{ display: "grid", gridTemplateColumns: "minmax(8rem, max-content) 1fr", columnGap: "1rem", rowGap: "0.5rem" }}
      >
        {rows.map(([label, value]) => (
          <Box key={label} style={{ display: "contents" }}>
            <dt style={{ fontWeight: 600 }}>{label}</dt>
            <dd style={{ margin: 0 }}>{value}</dd>
          </Box>
        ))}
      </Box>
    </Card>
  );
};
