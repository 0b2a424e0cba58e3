import { Button, Card, Checkbox, Group, NativeSelect, NumberInput, Stack, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type SupervisionKind, supervisionKinds } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDate, todayIso } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { useMembers, useProgramsWith } from "../programs/programs-queries";
import { useRecordSupervision, useSupervisionSessions } from "./supervision-api";

/** The team lead records a session: kind, date, duration, who took part, topics, notes. */
const RecordForm = ({ programId }: { programId: string }) => {
  const { t } = useTranslation();
  const members = useMembers(programId);
  const record = useRecordSupervision();
  const [kind, setKind] = useState<SupervisionKind>("group_supervision");
  const [date, setDate] = useState(todayIso());
  const [duration, setDuration] = useState<number | string>(60);
  const [attendeeIds, setAttendeeIds] = useState<string[]>([]);
  const [topics, setTopics] = useState("");
  const [notes, setNotes] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const fieldError = (path: string) => (isApiError(record.error) ? record.error.fields.find((f) => f.path === path)?.message : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    record.mutate(
      { programId, kind, date, durationMinutes: Number(duration) || 0, attendeeIds, topics, notes },
      { onSuccess: () => { setTopics(""); setNotes(""); setAttendeeIds([]); setSaved(t("supervision.recorded")); } },
    );
  };
  const team = (members.data ?? []).filter((m) => m.role === "specialist" || m.role === "team_lead" || m.role === "peer");
  return (
    <Card withBorder component="section" aria-labelledby="record-supervision">
      <Title order={2} size="h4" id="record-supervision" mb="sm">
        {t("supervision.record")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect label={t("supervision.kind")} value={kind} onChange={(e) => setKind(e.currentTarget.value as SupervisionKind)} data={supervisionKinds.map((k) => ({ value: k, label: t(`supervision.kinds.${k}`) }))} />
            <TextInput type="date" label={t("supervision.date")} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={fieldError("date")} required />
            <NumberInput label={t("supervision.duration")} value={duration} onChange={setDuration} min={5} max={600} step={15} error={fieldError("durationMinutes")} w={160} />
          </Group>
          <Checkbox.Group label={t("supervision.attendees")} value={attendeeIds} onChange={setAttendeeIds}>
            <Group gap="md" mt={4} wrap="wrap">
              {team.map((m) => (
                <Checkbox key={m.userId} value={m.userId} label={m.name} />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea label={t("supervision.topics")} autosize minRows={2} value={topics} onChange={(e) => setTopics(e.currentTarget.value)} />
          <Textarea label={t("supervision.notes")} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <FormErrorAlert error={record.error} />
          <SuccessAlert message={saved} />
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t("supervision.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
};

/** Supervision: group supervision and field mentoring, recorded by the team lead, read by the specialists. */
export const SupervisionPage = () => {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const { programs, isPending } = useProgramsWith("supervision.read");
  const [chosen, setChosen] = useState("");
  const programId = chosen || programs[0]?.id || "";
  const sessions = useSupervisionSessions(programId);
  return (
    <>
      <PageHeader title={t("supervision.title")} description={t("supervision.description")} />
      <Stack gap="lg">
        {programs.length > 1 ? (
          <NativeSelect label={t("meetings.program")} value={programId} onChange={(e) => setChosen(e.currentTarget.value)} data={programs.map((p) => ({ value: p.id, label: p.name }))} maw={360} />
        ) : null}
        {programId && access.can("supervision.write", programId) ? <RecordForm programId={programId} /> : null}
        <section aria-labelledby="supervision-history">
          <Title order={2} size="h3" id="supervision-history" mb="sm">
            {t("supervision.history")}
          </Title>
          {isPending || sessions.isPending ? (
            <LoadingState />
          ) : sessions.isError ? (
            <ErrorState error={sessions.error} />
          ) : sessions.data.items.length === 0 ? (
            <Text c="dimmed">{t("supervision.empty")}</Text>
          ) : (
            <TableScroll label={t("supervision.history")} minWidth={640}>
              <Table striped verticalSpacing="sm">
                <Table.Caption>{t("supervision.history")}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("supervision.date")}</Table.Th>
                    <Table.Th scope="col">{t("supervision.kind")}</Table.Th>
                    <Table.Th scope="col">{t("supervision.duration")}</Table.Th>
                    <Table.Th scope="col">{t("supervision.attendees")}</Table.Th>
                    <Table.Th scope="col">{t("supervision.topics")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sessions.data.items.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Th scope="row" fw={400}>
                        {formatDate(s.date, i18n.language)}
                      </Table.Th>
                      <Table.Td>{t(`supervision.kinds.${s.kind}`)}</Table.Td>
                      <Table.Td>{t("supervision.minutes", { count: s.durationMinutes })}</Table.Td>
                      <Table.Td>{[s.leaderName, ...s.attendees.map((a) => a.name)].filter(Boolean).join(", ")}</Table.Td>
                      <Table.Td style={{ whiteSpace: "pre-wrap" }}>{s.topics}</Table.Td>
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
