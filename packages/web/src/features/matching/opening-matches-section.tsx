import { Anchor, Button, Switch, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { useOpeningMatches } from "../openings/openings-api";
import { MatchCard, MatchList } from "./match-explanation";

/** The best ones first; more on request (each listed person's access history records the view). */
const FIRST_PAGE = 10;
const MORE = 20;
const MAX = 200;

/** "Personnes pour qui cette offre convient": the program's active people, best first, each with why. */
export const OpeningMatchesSection = ({ openingId }: { openingId: string }) => {
  const { t } = useTranslation();
  const [mine, setMine] = useState(false);
  const [limit, setLimit] = useState(FIRST_PAGE);
  const matches = useOpeningMatches(openingId, mine, limit);
  return (
    <>
      <Text c="dimmed" mb="sm">
        {t("matching.peopleIntro")}
      </Text>
      <Switch label={t("matching.onlyMine")} checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} mb="md" />
      {matches.isPending ? (
        <LoadingState />
      ) : matches.isError ? (
        <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />
      ) : matches.data.items.length === 0 ? (
        <Text>{t("matching.noPeople")}</Text>
      ) : (
        <MatchList label={t("matching.peopleTitle")}>
          {matches.data.items.map((m) => (
            <MatchCard
              key={m.participantId}
              match={m}
              heading={
                <Anchor component={Link} to={`/participants/${m.participantId}/matches`} fw={700} size="lg">
                  {m.participantName}
                </Anchor>
              }
              subheading={[t(`status.${m.status}`), m.specialistName ? t("matching.followedBy", { name: m.specialistName }) : null].filter(Boolean).join(" · ")}
            />
          ))}
        </MatchList>
      )}
      {matches.data && matches.data.items.length === limit && limit < MAX ? (
        <Button variant="default" mt="md" onClick={() => setLimit((l) => Math.min(MAX, l + MORE))} loading={matches.isFetching}>
          {t("matching.showMore")}
        </Button>
      ) : null}
    </>
  );
};
