import { Anchor, Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import type { MeetingStatus } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { isApiError } from "../../api/api-error";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatLongDate, todayIso } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { useProgramsWith } from "../programs/programs-queries";
import { useCreateMeeting, useMeetings } from "./meetings-api";

export const MeetingStatusBadge = ({ status }: { status: MeetingStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={status === "held" ? "green" : "blue"} variant="light" tt="none" radius="sm">
      {t(`meetings.statuses.${status}`)}
    </Badge>
  );
};

/** Plans the next meeting: a date (next Tuesday's by default is the team's habit, but any day), a time and a place. */
const NewMeetingForm = ({ programId }: { programId: string }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const [date, setDate] = useState(todayIso());
  const [startTime, setStartTime] = useState("14:00");
  const [place, setPlace] = useState("");
  const fieldError = (path: string) => (isApiError(create.error) ? create.error.fields.find((f) => f.path === path)?.message : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ programId, date, startTime, place }, { onSuccess: (m) => void navigate(`/meetings/${m.id}`) });
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-meeting-title">
      <Title order={2} size="h4" id="new-meeting-title" mb="sm">
        {t("meetings.new.title")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput type="date" label={t("meetings.fields.date")} value={date} onChange={(e) => setDate(e.currentTarget.value)} required error={fieldError("date")} />
          <TextInput type="time" label={t("meetings.fields.startTime")} value={startTime} onChange={(e) => setStartTime(e.currentTarget.value)} error={fieldError("startTime")} />
          <TextInput label={t("meetings.fields.place")} value={place} onChange={(e) => setPlace(e.currentTarget.value)} style={{ flex: "1 1 14rem" }} error={fieldError("place")} />
          <Button type="submit" loading={create.isPending}>
            {t("meetings.new.submit")}
          </Button>
        </Group>
        <FormErrorAlert error={create.error && !fieldError("date") && !fieldError("startTime") ? create.error : null} />
      </form>
    </Card>
  );
};

/** "Réunion hebdomadaire": the history of the program's integrated meetings, newest first, and the next one to plan. */
export const MeetingsPage = () => {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const { programs, isPending: programsPending } = useProgramsWith("meeting.read");
  const [chosen, setChosen] = useState("");
  const programId = chosen || programs[0]?.id || "";
  const meetings = useMeetings(programId);
  const canWrite = access.can("meeting.write", programId);

  return (
    <>
      <PageHeader title={t("meetings.title")} description={t("meetings.description")} />
      <Stack gap="lg">
        {programs.length > 1 ? (
          <NativeSelect label={t("meetings.program")} value={programId} onChange={(e) => setChosen(e.currentTarget.value)} data={programs.map((p) => ({ value: p.id, label: p.name }))} maw={360} />
        ) : null}
        {canWrite && programId ? <NewMeetingForm programId={programId} /> : null}
        <section aria-labelledby="meetings-history">
          <Title order={2} size="h3" id="meetings-history" mb="sm">
            {t("meetings.history")}
          </Title>
          {programsPending || meetings.isPending ? (
            <LoadingState />
          ) : meetings.isError ? (
            <ErrorState error={meetings.error} />
          ) : meetings.data.items.length === 0 ? (
            <Text c="dimmed">{t("meetings.empty")}</Text>
          ) : (
            <TableScroll label={t("meetings.history")} minWidth={560}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Caption>{t("meetings.history")}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("meetings.fields.date")}</Table.Th>
                    <Table.Th scope="col">{t("meetings.fields.status")}</Table.Th>
                    <Table.Th scope="col">{t("meetings.fields.place")}</Table.Th>
                    <Table.Th scope="col">{t("meetings.discussed")}</Table.Th>
                    <Table.Th scope="col">{t("meetings.actionItems.title")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {meetings.data.items.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Th scope="row" fw={400}>
                        <Anchor component={Link} to={`/meetings/${m.id}`} className="row-link">
                          {formatLongDate(m.date, i18n.language)}
                          {m.startTime ? ` · ${m.startTime}` : ""}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>
                        <MeetingStatusBadge status={m.status} />
                      </Table.Td>
                      <Table.Td>{m.place}</Table.Td>
                      <Table.Td>{m.discussionCount}</Table.Td>
                      <Table.Td>{m.actionItemCount}</Table.Td>
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
