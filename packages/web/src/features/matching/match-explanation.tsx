import { Badge, Card, Group, List, Stack, Text } from "@mantine/core";
import type { Match, MatchVerdict } from "@passerelle/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { reasonSentence } from "./match-sentences";

const badgeStyles = { root: { maxWidth: "none", overflow: "visible" }, label: { overflow: "visible" } } as const;
const verdictColor: Record<MatchVerdict, string> = { agrees: "green", differs: "red", unknown: "gray" };
/** Below this share of known criteria, the score says little: the card says so. */
const LOW_COVERAGE = 50;

/** How well it fits, and how much of it is known: a high score on little information is not a strong lead. */
export const MatchScore = ({ match }: { match: Match }) => {
  const { t } = useTranslation();
  const color = match.score >= 75 ? "green" : match.score >= 40 ? "orange" : "gray";
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={color} variant="light" radius="sm" tt="none" fw={700} size="lg" styles={badgeStyles}>
        {t("matching.score", { score: match.score })}
      </Badge>
      <Badge color="gray" variant="light" radius="sm" tt="none" fw={600} styles={badgeStyles}>
        {t("matching.coverage", { coverage: match.coverage })}
      </Badge>
    </Group>
  );
};

/** Each criterion in a sentence, with its verdict written out (not only a colour). */
export const MatchReasons = ({ match }: { match: Match }) => {
  const { t, i18n } = useTranslation();
  return (
    <List spacing={6} listStyleType="none" p={0} m={0}>
      {match.reasons.map((reason) => (
        <List.Item key={reason.criterion}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge color={verdictColor[reason.verdict]} variant="light" radius="sm" tt="none" fw={600} miw="6.5rem" styles={badgeStyles}>
              {t(`matching.verdicts.${reason.verdict}`)}
            </Badge>
            <Text size="sm">{reasonSentence(reason, t, i18n.language)}</Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
};

/** One match: who or what (heading and a line under it), the score, and why. */
export const MatchCard = ({ heading, subheading, match }: { heading: ReactNode; subheading?: ReactNode; match: Match }) => {
  const { t } = useTranslation();
  return (
    <Card component="li" withBorder padding="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            {heading}
            {subheading ? <Text size="sm" c="dimmed">{subheading}</Text> : null}
          </Stack>
          <MatchScore match={match} />
        </Group>
        {match.coverage < LOW_COVERAGE ? (
          <Text size="sm" fs="italic">
            {t("matching.lowCoverage")}
          </Text>
        ) : null}
        <MatchReasons match={match} />
      </Stack>
    </Card>
  );
};

export const MatchList = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }} aria-label={label}>
    {children}
  </Stack>
);
