import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { useAccess } from "../../shared/hooks/use-access";
import { CloseOneCard } from "./close-one-card";
import { CloseOneForm } from "./close-one-form";
import { FamilyContactForm } from "./family-contact-form";
import { FamilyContactList } from "./family-contact-list";
import { useFamilyContacts, useNetwork } from "./network-api";

/**
 * "Entourage": the close ones the person chose, what may be shared with each (from their family consent), and the
 * log of contacts with them and of family meetings.
 */
export const NetworkTab = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const canWrite = access.can("network.write", participant.programId);
  const network = useNetwork(participant.id);
  const familyContacts = useFamilyContacts(participant.id);
  const [adding, setAdding] = useState(false);
  const closeOnes = network.data?.items ?? [];
  const current = closeOnes.filter((c) => !c.archived);
  const archived = closeOnes.filter((c) => c.archived);

  return (
    <Stack gap="xl">
      <section aria-labelledby="network-title">
        <Group justify="space-between" align="center" mb={4}>
          <Title order={2} size="h3" id="network-title">
            {t("network.title")}
          </Title>
          {canWrite && !adding ? <Button onClick={() => setAdding(true)}>{t("network.add")}</Button> : null}
        </Group>
        <Text c="dimmed" size="sm" mb="md">
          {t("network.intro")}
        </Text>
        {adding ? (
          <Card withBorder padding="lg" mb="md" maw={760}>
            <Title order={3} size="h4" mb="md">
              {t("network.form.addTitle")}
            </Title>
            <CloseOneForm participantId={participant.id} closeOne={null} onDone={() => setAdding(false)} onCancel={() => setAdding(false)} />
          </Card>
        ) : null}
        {network.isPending ? <LoadingState /> : null}
        {network.isError ? <ErrorState error={network.error} onRetry={() => void network.refetch()} /> : null}
        {network.data && current.length === 0 ? <Text c="dimmed">{t("network.empty")}</Text> : null}
        {current.length > 0 ? (
          <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {current.map((c) => (
              <CloseOneCard key={c.id} participantId={participant.id} closeOne={c} canWrite={canWrite} />
            ))}
          </Stack>
        ) : null}
        {archived.length > 0 ? (
          <details style={{ marginTop: "var(--mantine-spacing-md)" }}>
            <summary>{t("network.archivedList", { count: archived.length })}</summary>
            <Stack gap="md" component="ul" p={0} mt="sm" style={{ listStyle: "none" }}>
              {archived.map((c) => (
                <CloseOneCard key={c.id} participantId={participant.id} closeOne={c} canWrite={canWrite} />
              ))}
            </Stack>
          </details>
        ) : null}
      </section>
      {canWrite && network.data ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="family-contact-log-title" maw={760}>
          <Title order={2} size="h3" id="family-contact-log-title" mb="md">
            {t("network.contacts.logTitle")}
          </Title>
          <FamilyContactForm participantId={participant.id} closeOnes={current} />
        </Card>
      ) : null}
      <section aria-labelledby="family-contact-list-title">
        <Title order={2} size="h3" id="family-contact-list-title" mb="sm">
          {t("network.contacts.listTitle")}
        </Title>
        {familyContacts.isPending ? <LoadingState /> : null}
        {familyContacts.isError ? <ErrorState error={familyContacts.error} onRetry={() => void familyContacts.refetch()} /> : null}
        {familyContacts.data ? <FamilyContactList contacts={familyContacts.data.items} closeOnes={closeOnes} /> : null}
      </section>
    </Stack>
  );
};
