import { Button, Card, Checkbox, Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import type { ActionItem, Member } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { actionItemText } from "./agenda-sections";
import { useCreateActionItem, useUpdateActionItem } from "./meetings-api";

/** One action item with its done box (done today; unticking reopens it). */
const ActionItemRow = ({ item, canWrite }: { item: ActionItem; canWrite: boolean }) => {
  const { t, i18n } = useTranslation();
  const update = useUpdateActionItem();
  const label = actionItemText(item, t, i18n.language);
  return (
    <Stack gap={2}>
      {canWrite ? (
        <Checkbox
          label={label}
          checked={item.doneOn !== null}
          disabled={update.isPending}
          onChange={(e) => update.mutate({ id: item.id, version: item.version, done: e.currentTarget.checked })}
        />
      ) : (
        <Text size="sm">
          {label}
          {item.doneOn ? ` (${t("meetings.actionItems.done")})` : ""}
        </Text>
      )}
      <FormErrorAlert error={update.error} />
    </Stack>
  );
};

export const ActionItemList = ({ items, canWrite, empty }: { items: ActionItem[]; canWrite: boolean; empty: string }) =>
  items.length === 0 ? (
    <Text size="sm" c="dimmed">
      {empty}
    </Text>
  ) : (
    <Stack gap="xs">
      {items.map((a) => (
        <ActionItemRow key={a.id} item={a} canWrite={canWrite} />
      ))}
    </Stack>
  );

type Props = { meetingId: string; items: ActionItem[]; openItems: ActionItem[]; canWrite: boolean; members: Member[]; people: { id: string; name: string }[] };

/** This meeting's action items (owner, due date, done) and those of earlier meetings still open. */
export const ActionItemsSection = ({ meetingId, items, openItems, canWrite, members, people }: Props) => {
  const { t } = useTranslation();
  const create = useCreateActionItem(meetingId);
  const [description, setDescription] = useState("");
  const [ownerId, setOwnerId] = useState("");
  const [participantId, setParticipantId] = useState("");
  const [dueDate, setDueDate] = useState("");
  const fieldError = (path: string) => (isApiError(create.error) ? create.error.fields.find((f) => f.path === path)?.message : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { description, ownerId: ownerId || null, participantId: participantId || null, dueDate: dueDate || null },
      { onSuccess: () => { setDescription(""); setDueDate(""); } },
    );
  };
  return (
    <Stack gap="md">
      <Card withBorder component="section" aria-labelledby="action-items-title">
        <Title order={2} size="h4" id="action-items-title" mb="xs">
          {t("meetings.actionItems.title")}
        </Title>
        <ActionItemList items={items} canWrite={canWrite} empty={t("meetings.actionItems.none")} />
        {canWrite ? (
          <form onSubmit={submit} noValidate aria-label={t("meetings.actionItems.add")}>
            <Group align="flex-end" gap="sm" wrap="wrap" mt="md">
              <TextInput label={t("meetings.actionItems.description")} value={description} onChange={(e) => setDescription(e.currentTarget.value)} required error={fieldError("description")} style={{ flex: "2 1 16rem" }} />
              <NativeSelect
                label={t("meetings.actionItems.person")}
                value={participantId}
                onChange={(e) => setParticipantId(e.currentTarget.value)}
                data={[{ value: "", label: t("meetings.actionItems.noPerson") }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
              />
              <NativeSelect
                label={t("meetings.actionItems.ownerLabel")}
                value={ownerId}
                onChange={(e) => setOwnerId(e.currentTarget.value)}
                data={[{ value: "", label: t("common.choose") }, ...members.filter((m) => m.role !== "clinician").map((m) => ({ value: m.userId, label: m.name }))]}
                error={fieldError("ownerId")}
              />
              <TextInput type="date" label={t("meetings.actionItems.dueLabel")} value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} error={fieldError("dueDate")} />
              <Button type="submit" loading={create.isPending}>
                {t("meetings.actionItems.add")}
              </Button>
            </Group>
            <FormErrorAlert error={create.error && !fieldError("description") ? create.error : null} />
          </form>
        ) : null}
      </Card>
      <Card withBorder component="section" aria-labelledby="open-items-title">
        <Title order={2} size="h4" id="open-items-title" mb="xs">
          {t("meetings.actionItems.earlier")}
        </Title>
        <ActionItemList items={openItems} canWrite={canWrite} empty={t("meetings.actionItems.noneEarlier")} />
      </Card>
    </Stack>
  );
};
