import { Alert, Group, Stack, Text } from "@mantine/core";
import { type Questionnaire, who5Band, who5Change } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../shared/format/dates";

/**
 * The latest WHO-5 read with care: the score, what the thresholds suggest (never a diagnosis), and the change since
 * the previous answer (10 points is meaningful).
 */
export const Who5Reading = ({ latest, previous }: { latest: Questionnaire; previous: Questionnaire | null }) => {
  const { t, i18n } = useTranslation();
  const band = who5Band(latest.score);
  const difference = previous ? latest.score - previous.score : null;
  const change = previous ? who5Change(previous.score, latest.score) : null;
  return (
    <Alert color={band === "ok" ? "blue" : "orange"} variant="light" title={t("questionnaires.who5.scoreLabel")}>
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={700} fz="xl" data-testid="who5-latest-score">
            {t("questionnaires.who5.score", { score: latest.score })}
          </Text>
          <Text size="sm">({formatDate(latest.answeredOn, i18n.language)})</Text>
        </Group>
        <Text size="sm">{t(`questionnaires.who5.bands.${band}`)}</Text>
        {previous && change && difference !== null ? (
          <Text size="sm">{t(`questionnaires.who5.change.${change}`, { points: Math.abs(difference), date: formatDate(previous.answeredOn, i18n.language) })}</Text>
        ) : null}
      </Stack>
    </Alert>
  );
};
