import { Anchor, Card, Group, Stack, Text, Title } from "@mantine/core";
import { type CloseOneRelation, type Participant, type ServiceKind, type TeamEntry, closeOneRelations, serviceKinds } from "@passerelle/domain";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { useTeam } from "./network-api";

const isRelation = (value: string): value is CloseOneRelation => (closeOneRelations as readonly string[]).includes(value);
const isServiceKind = (value: string): value is ServiceKind => (serviceKinds as readonly string[]).includes(value);

/** The detail as words: relation and service kind are codes; the rest is the register's own text. */
const detailOf = (entry: TeamEntry, t: TFunction): string => {
  if (entry.role === "close_one" && isRelation(entry.detail)) return t(`network.relations.${entry.detail}`);
  if (entry.role === "referring_service" && isServiceKind(entry.detail)) return t(`network.team.serviceKinds.${entry.detail}`);
  return entry.detail;
};

/** "Team around me" on the summary tab: everyone involved, their role, and a tap to call or write. */
export const TeamCard = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const team = useTeam(participant.id);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="team-around-title">
      <Title order={2} size="h3" id="team-around-title" mb={4}>
        {t("network.team.title")}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t("network.team.intro")}
      </Text>
      {team.isPending ? <LoadingState /> : null}
      {team.isError ? <ErrorState error={team.error} onRetry={() => void team.refetch()} /> : null}
      {team.data && team.data.items.length === 0 ? <Text c="dimmed">{t("network.team.empty")}</Text> : null}
      {team.data && team.data.items.length > 0 ? (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {team.data.items.map((entry, i) => {
            const detail = detailOf(entry, t);
            return (
              <li key={`${entry.role}-${i}`}>
                <Text size="sm" c="dimmed" fw={600}>
                  {t(`network.team.roles.${entry.role}`)}
                </Text>
                <Text fw={600}>
                  {entry.name}
                  {detail ? <Text span fw={400} c="dimmed">{` · ${detail}`}</Text> : null}
                </Text>
                <Group gap="md">
                  {entry.phone ? (
                    <Anchor href={`tel:${entry.phone.replace(/[^+0-9]/g, "")}`} aria-label={t("network.team.call", { name: entry.name, phone: entry.phone })}>
                      {entry.phone}
                    </Anchor>
                  ) : null}
                  {entry.email ? (
                    <Anchor href={`mailto:${entry.email}`} aria-label={t("network.team.write", { name: entry.name, email: entry.email })}>
                      {entry.email}
                    </Anchor>
                  ) : null}
                  {!entry.phone && !entry.email ? (
                    <Text size="sm" c="dimmed">
                      {t("network.noContactDetails")}
                    </Text>
                  ) : null}
                </Group>
              </li>
            );
          })}
        </Stack>
      ) : null}
    </Card>
  );
};
