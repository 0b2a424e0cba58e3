import { Card, Stack, Text, Title } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { useAccess } from "../../shared/hooks/use-access";
import { ContactForm } from "./contact-form";
import { ContactList } from "./contact-list";
import { useContacts } from "./contacts-api";

/** The quick-log form first (it is what people come here for), then what was logged. */
export const ContactsTab = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const contacts = useContacts(participant.id);
  const canWrite = access.can("contact.write", participant.programId);
  // A peer supporter's contacts are peer support sessions (pair-aidance): the form starts there.
  const defaultPhase = access.roleIn(participant.programId) === "peer" ? "peer_support" : undefined;
  return (
    <Stack gap="lg">
      {canWrite ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="contact-log-title" maw={760}>
          <Title order={2} size="h3" id="contact-log-title" mb="md">
            {t("contacts.logTitle")}
          </Title>
          <ContactForm participantId={participant.id} defaultPhase={defaultPhase} />
        </Card>
      ) : null}
      <section aria-labelledby="contact-list-title">
        <Title order={2} size="h3" id="contact-list-title" mb="sm">
          {t("contacts.listTitle")}
        </Title>
        {contacts.isPending ? (
          <LoadingState />
        ) : contacts.isError ? (
          <ErrorState error={contacts.error} onRetry={() => void contacts.refetch()} />
        ) : (
          <>
            <Text size="sm" c="dimmed" mb="sm">
              {t("contacts.total", { count: contacts.data.total })}
            </Text>
            <ContactList contacts={contacts.data.items} />
          </>
        )}
      </section>
    </Stack>
  );
};
