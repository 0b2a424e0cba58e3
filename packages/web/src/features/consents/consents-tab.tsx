import { Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { consentScopes, type Participant } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { useAccess } from "../../shared/hooks/use-access";
import { ConsentCard } from "./consent-card";
import { ConsentForm } from "./consent-form";
import { useConsents } from "./consents-api";

export const ConsentsTab = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const consents = useConsents(participant.id);
  const canWrite = access.can("consent.write", participant.programId);
  return (
    <Stack gap="lg">
      <section aria-labelledby="consents-title">
        <Title order={2} size="h3" id="consents-title" mb={4}>
          {t("consents.title")}
        </Title>
        <Text c="dimmed" size="sm" mb="md">
          {t("consents.intro")}
        </Text>
        {consents.isPending ? (
          <LoadingState />
        ) : consents.isError ? (
          <ErrorState error={consents.error} onRetry={() => void consents.refetch()} />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            {consentScopes.map((scope) => (
              <ConsentCard
                key={scope}
                participantId={participant.id}
                scope={scope}
                consents={consents.data.items.filter((c) => c.scope === scope)}
                canWrite={canWrite}
              />
            ))}
          </SimpleGrid>
        )}
      </section>
      {canWrite ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="consent-record-title" maw={760}>
          <Title order={2} size="h3" id="consent-record-title" mb="md">
            {t("consents.recordTitle")}
          </Title>
          <ConsentForm participantId={participant.id} />
        </Card>
      ) : null}
    </Stack>
  );
};
