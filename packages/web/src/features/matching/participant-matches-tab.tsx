import { Anchor, Alert, Stack, Text, Title } from "@mantine/core";
import { occupationLabel, type Participant } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { MatchCard, MatchList } from "./match-explanation";
import { useParticipantMatches } from "./matching-api";

/** "Pistes d'emploi": the program's open openings ranked by the person's preferences. Preferences lead; the specialist decides. */
export const ParticipantMatchesTab = ({ participant }: { participant: Participant }) => {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith("fr") ? "fr" : "en";
  const matches = useParticipantMatches(participant.id);
  if (matches.isPending) return <LoadingState />;
  if (matches.isError) return <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />;
  const { items, profileVersion } = matches.data;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t("matching.leadsTitle")}
      </Title>
      <Text c="dimmed">{t("matching.leadsIntro")}</Text>
      {profileVersion === 0 ? (
        <Alert color="orange" variant="light">
          {t("matching.noProfile")}{" "}
          {/* The default link blue is too light on the orange notice (WCAG contrast): a darker blue, always underlined. */}
          <Anchor component={Link} to={`/participants/${participant.id}/profile`} c="blue.9" underline="always">
            {t("matching.completeProfile")}
          </Anchor>
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <Text>{t("matching.noOpenings")}</Text>
      ) : (
        <MatchList label={t("matching.leadsTitle")}>
          {items.map((m) => (
            <MatchCard
              key={m.opening.id}
              match={m}
              heading={
                <Anchor component={Link} to={`/openings/${m.opening.id}`} fw={700} size="lg">
                  {m.opening.title}
                </Anchor>
              }
              subheading={[m.opening.employerName, m.opening.place?.name, m.opening.occupationCode ? occupationLabel(m.opening.occupationCode, locale) : null]
                .filter(Boolean)
                .join(" · ")}
            />
          ))}
        </MatchList>
      )}
    </Stack>
  );
};
