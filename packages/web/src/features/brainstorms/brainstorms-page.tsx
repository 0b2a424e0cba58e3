import { Anchor, Badge, Button, Card, Group, List, NativeSelect, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type BrainstormStatus, brainstormLimits } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { isApiError } from "../../api/api-error";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDateTime } from "../../shared/format/dates";
import { useProgramsWith } from "../programs/programs-queries";
import { useBrainstorms, useCreateBrainstorm } from "./brainstorms-api";

export const BrainstormStatusBadge = ({ status }: { status: BrainstormStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={status === "open" ? "green" : "gray"} variant="light" tt="none" radius="sm">
      {t(`brainstorm.statuses.${status}`)}
    </Badge>
  );
};

/** The manual's five steps, beside the form: the tool is the method, not only a screen. */
const MethodCard = () => {
  const { t } = useTranslation();
  const steps = t("brainstorm.method.steps", { returnObjects: true }) as string[];
  return (
    <Card withBorder component="section" aria-labelledby="bs-method-title">
      <Title order={2} size="h4" id="bs-method-title" mb="xs">
        {t("brainstorm.method.title")}
      </Title>
      <List type="ordered" spacing={4}>
        {steps.map((step) => (
          <List.Item key={step}>{step}</List.Item>
        ))}
      </List>
    </Card>
  );
};

const NewSessionForm = ({ programId }: { programId: string }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateBrainstorm();
  const [topic, setTopic] = useState("");
  const topicError = isApiError(create.error) ? create.error.fields.find((f) => f.path === "topic")?.message : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ programId, topic }, { onSuccess: (s) => void navigate(`/brainstorms/${s.id}`) });
  };
  return (
    <Card withBorder component="section" aria-labelledby="bs-new-title">
      <Title order={2} size="h4" id="bs-new-title" mb="sm">
        {t("brainstorm.new.title")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t("brainstorm.new.topic")}
            placeholder={t("brainstorm.new.topicPlaceholder")}
            value={topic}
            onChange={(e) => setTopic(e.currentTarget.value)}
            maxLength={brainstormLimits.topicMax}
            required
            error={topicError}
            style={{ flex: "1 1 22rem" }}
          />
          <Button type="submit" loading={create.isPending}>
            {t("brainstorm.new.submit")}
          </Button>
        </Group>
        <FormErrorAlert error={create.error && !topicError ? create.error : null} />
      </form>
    </Card>
  );
};

/** "Mur d'idées": the program's sessions, and a new one. */
export const BrainstormsPage = () => {
  const { t, i18n } = useTranslation();
  const { programs, isPending: programsPending } = useProgramsWith("brainstorm.lead");
  const [chosen, setChosen] = useState("");
  const programId = chosen || programs[0]?.id || "";
  const sessions = useBrainstorms(programId);
  return (
    <>
      <PageHeader title={t("brainstorm.title")} description={t("brainstorm.description")} />
      <Stack gap="lg">
        {programs.length > 1 ? (
          <NativeSelect label={t("brainstorm.program")} value={programId} onChange={(e) => setChosen(e.currentTarget.value)} data={programs.map((p) => ({ value: p.id, label: p.name }))} maw={360} />
        ) : null}
        {programId ? <NewSessionForm programId={programId} /> : null}
        <MethodCard />
        <section aria-labelledby="bs-sessions">
          <Title order={2} size="h3" id="bs-sessions" mb="sm">
            {t("brainstorm.list.title")}
          </Title>
          {programsPending || (programId && sessions.isPending) ? (
            <LoadingState />
          ) : sessions.isError ? (
            <ErrorState error={sessions.error} />
          ) : !sessions.data || sessions.data.items.length === 0 ? (
            <Text c="dimmed">{t("brainstorm.list.empty")}</Text>
          ) : (
            <TableScroll label={t("brainstorm.list.title")} minWidth={620}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Caption>{t("brainstorm.list.title")}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("brainstorm.list.topic")}</Table.Th>
                    <Table.Th scope="col">{t("brainstorm.list.date")}</Table.Th>
                    <Table.Th scope="col">{t("brainstorm.list.status")}</Table.Th>
                    <Table.Th scope="col">{t("brainstorm.list.notes")}</Table.Th>
                    <Table.Th scope="col">{t("brainstorm.list.guests")}</Table.Th>
                    <Table.Th scope="col">{t("brainstorm.list.leader")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sessions.data.items.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Th scope="row" fw={400}>
                        <Anchor component={Link} to={`/brainstorms/${s.id}`} className="row-link">
                          {s.topic}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{formatDateTime(s.createdAt, i18n.language)}</Table.Td>
                      <Table.Td>
                        <BrainstormStatusBadge status={s.status} />
                      </Table.Td>
                      <Table.Td>{s.noteCount}</Table.Td>
                      <Table.Td>{s.guestCount}</Table.Td>
                      <Table.Td>{s.leaderName}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </section>
      </Stack>
    </>
  );
};
