import { ActionIcon, Anchor, Button, Card, Checkbox, Group, SegmentedControl, Stack, Switch, Text, Textarea, TextInput, Title } from "@mantine/core";
import type { AttendanceEntry, DiscussionInput, MeetingDetail, MeetingStatus, Member } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isApiError } from "../../api/api-error";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { useVersionedForm } from "../../shared/forms/use-versioned-form";
import { useUpdateMeeting } from "./meetings-api";

export type Draft = {
  status: MeetingStatus;
  generalNotes: string;
  attendance: AttendanceEntry[];
  discussions: (DiscussionInput & { participantName: string })[];
};

export const draftOf = (m: MeetingDetail): Draft => ({
  status: m.status,
  generalNotes: m.generalNotes,
  attendance: m.attendance,
  discussions: m.discussions.map((d) => ({ participantId: d.participantId, participantName: d.participantName, notes: d.notes ?? "", sharedWithCareTeam: d.sharedWithCareTeam, decisions: d.decisions })),
});

type Props = {
  meeting: MeetingDetail;
  members: Member[];
  form: ReturnType<typeof useVersionedForm<Draft>>;
};

/** Who was there: the program's team (ticked when present) and care-team guests by name and service. */
const AttendanceEditor = ({ members, value, onChange }: { members: Member[]; value: AttendanceEntry[]; onChange: (next: AttendanceEntry[]) => void }) => {
  const { t } = useTranslation();
  const present = new Set(value.filter((a) => a.userId && a.present).map((a) => a.userId));
  const guests = value.filter((a) => !a.userId);
  const team = (ids: Set<string | null>) =>
    members.filter((m) => ids.has(m.userId)).map((m): AttendanceEntry => ({ userId: m.userId, name: m.name, role: t(`roles.${m.role}`), present: true }));
  const toggle = (userId: string, on: boolean) => {
    const ids = new Set(present);
    if (on) ids.add(userId);
    else ids.delete(userId);
    onChange([...team(ids), ...guests]);
  };
  const setGuest = (index: number, patch: Partial<AttendanceEntry>) =>
    onChange([...team(present), ...guests.map((g, i) => (i === index ? { ...g, ...patch } : g))]);
  return (
    <Card withBorder component="section" aria-labelledby="attendance-title">
      <Title order={2} size="h4" id="attendance-title" mb="xs">
        {t("meetings.attendance.title")}
      </Title>
      <Checkbox.Group label={t("meetings.attendance.team")} value={[...present].filter((x): x is string => !!x)}>
        <Group gap="md" mt={4} wrap="wrap">
          {members.map((m) => (
            <Checkbox key={m.userId} value={m.userId} label={`${m.name} (${t(`roles.${m.role}`)})`} onChange={(e) => toggle(m.userId, e.currentTarget.checked)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Text fw={500} size="sm" mt="md">
        {t("meetings.attendance.guests")}
      </Text>
      <Stack gap="xs" mt={4}>
        {guests.map((g, i) => (
          <Group key={i} gap="xs" align="flex-end" role="group" aria-label={t("meetings.attendance.guestRow", { index: i + 1 })}>
            <TextInput label={t("meetings.attendance.guestName")} value={g.name} onChange={(e) => setGuest(i, { name: e.currentTarget.value })} required />
            <TextInput label={t("meetings.attendance.guestRole")} value={g.role} onChange={(e) => setGuest(i, { role: e.currentTarget.value })} />
            <Button variant="subtle" color="red" onClick={() => onChange([...team(present), ...guests.filter((_, j) => j !== i)])}>
              {t("common.remove")}
            </Button>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...value, { userId: null, name: "", role: "", present: true }])}>
            {t("meetings.attendance.addGuest")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
};

/** What was said about each person: notes (shared with the care team or not) and decisions (always shared). */
const DiscussionCard = ({ d, onChange, onRemove }: { d: Draft["discussions"][number]; onChange: (patch: Partial<DiscussionInput>) => void; onRemove?: () => void }) => {
  const { t } = useTranslation();
  const id = `discussion-${d.participantId}`;
  return (
    <Card withBorder component="section" aria-labelledby={id} padding="sm">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={id}>
          <Anchor component={Link} to={`/participants/${d.participantId}`}>
            {d.participantName}
          </Anchor>
        </Title>
        {onRemove ? (
          <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={t("meetings.discussions.removeWho", { name: d.participantName })}>
            ×
          </ActionIcon>
        ) : null}
      </Group>
      <Stack gap="xs">
        <Textarea label={t("meetings.discussions.notes")} autosize minRows={2} value={d.notes} onChange={(e) => onChange({ notes: e.currentTarget.value })} />
        <Switch
          label={t("meetings.discussions.shared")}
          description={t("meetings.discussions.sharedHelp")}
          checked={d.sharedWithCareTeam}
          onChange={(e) => onChange({ sharedWithCareTeam: e.currentTarget.checked })}
        />
        <Textarea label={t("meetings.discussions.decisions")} description={t("meetings.discussions.decisionsHelp")} autosize minRows={1} value={d.decisions} onChange={(e) => onChange({ decisions: e.currentTarget.value })} />
      </Stack>
    </Card>
  );
};

/** The minutes as the team writes them: status, attendance, general notes and the per-person discussions; one save. */
export const MinutesEditor = ({ meeting, members, form }: Props) => {
  const { t } = useTranslation();
  const update = useUpdateMeeting(meeting.id);
  const [saved, setSaved] = useState<string | null>(null);
  const { values } = form;
  // Saved discussions stay (an upsert never deletes); a draft not saved yet can be removed.
  const savedIds = new Set(meeting.discussions.map((d) => d.participantId));
  const setDiscussion = (participantId: string, patch: Partial<DiscussionInput>) =>
    form.update({ discussions: values.discussions.map((d) => (d.participantId === participantId ? { ...d, ...patch } : d)) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    update.mutate(
      {
        version: form.baseVersion,
        status: values.status,
        generalNotes: values.generalNotes,
        attendance: values.attendance.filter((a) => a.userId || a.name.trim()),
        discussions: values.discussions.map(({ participantName: _name, ...d }) => d),
      },
      {
        onSuccess: (m) => {
          form.reset(draftOf(m), m.version);
          setSaved(t("common.saved"));
        },
        onError: (error) => {
          if (isApiError(error) && error.code === "stale_version" && error.current) {
            const current = error.current as MeetingDetail;
            form.reset(draftOf(current), current.version);
          }
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="minutes-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="minutes-title">
          {t("meetings.minutes")}
        </Title>
        <SegmentedControl
          aria-label={t("meetings.fields.status")}
          value={values.status}
          onChange={(v) => form.update({ status: v as MeetingStatus })}
          data={[
            { value: "planned", label: t("meetings.statuses.planned") },
            { value: "held", label: t("meetings.statuses.held") },
          ]}
          maw={320}
        />
        <AttendanceEditor members={members} value={values.attendance} onChange={(attendance) => form.update({ attendance })} />
        <Title order={2} size="h4">
          {t("meetings.discussions.title")}
        </Title>
        {values.discussions.length === 0 ? <Text c="dimmed">{t("meetings.discussions.empty")}</Text> : null}
        {values.discussions.map((d) => (
          <DiscussionCard
            key={d.participantId}
            d={d}
            onChange={(patch) => setDiscussion(d.participantId, patch)}
            onRemove={savedIds.has(d.participantId) ? undefined : () => form.update({ discussions: values.discussions.filter((x) => x.participantId !== d.participantId) })}
          />
        ))}
        <Textarea label={t("meetings.fields.generalNotes")} autosize minRows={2} value={values.generalNotes} onChange={(e) => form.update({ generalNotes: e.currentTarget.value })} />
        <FormErrorAlert error={update.error} />
        <SuccessAlert message={saved} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t("meetings.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
