import { Alert, Button, Checkbox, Grid, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { maxNetworkMembers, type Network, type NetworkMap, type NetworkMember, networkKindOfRelation, sortNetworkMembers } from "@passerelle/domain";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/api-client";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { PastDateInput } from "../../shared/components/past-date-input";
import { formatLongDate, todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { networkKeys } from "../network/network-api";
import { EffectIcon } from "./effect-marker";
import { blankMember, MemberFormModal, newMemberId } from "./member-form";
import { NetworkMapDrawing } from "./network-map-drawing";
import { NetworkMapLegend } from "./network-map-legend";
import { useSaveNetworkMap } from "./network-maps-api";
import { useNetworkMapText } from "./use-network-map-text";

type NetworkMapEditorProps = {
  participantId: string;
  /** The snapshot this one starts from (its members keep their ids, so the comparison follows each person). */
  base: NetworkMap | null;
  /** The latest snapshot, offered as a starting point when starting from nothing. */
  latest: NetworkMap | null;
  /** Whether the user reads the record's close ones (to offer starting from them). */
  readsCloseOnes: boolean;
  onSaved: (map: NetworkMap) => void;
  onCancel: () => void;
};

/** The record's close ones ("Entourage" tab), when the user may read them: a first list of names for the map. */
const useCloseOnes = (participantId: string, enabled: boolean) => {
  const network = useQuery({
    queryKey: networkKeys.network(participantId),
    queryFn: ({ signal }) => api.get<Network>(`/participants/${participantId}/network`, undefined, signal),
    enabled,
  });
  return enabled ? (network.data?.items ?? []).filter((c) => !c.archived) : [];
};

/**
 * A new snapshot of "Mon réseau de soutien": the date, the people around the person (added one by one, or taken
 * from the close ones or from the previous map, then adjusted), a live preview of the drawing, the person's comment
 * and the sharing with the care team. Saving never changes an earlier snapshot.
 */
export const NetworkMapEditor = ({ participantId, base, latest, readsCloseOnes, onSaved, onCancel }: NetworkMapEditorProps) => {
  const { t, i18n } = useTranslation();
  const text = useNetworkMapText();
  const save = useSaveNetworkMap(participantId);
  const closeOnes = useCloseOnes(participantId, readsCloseOnes);
  const formRef = useRef<HTMLFormElement>(null);
  const [drawnOn, setDrawnOn] = useState(todayIso);
  const [members, setMembers] = useState<NetworkMember[]>(() => (base ? base.members.map((m) => ({ ...m })) : []));
  const [comment, setComment] = useState("");
  const [shared, setShared] = useState(false);
  const [editing, setEditing] = useState<{ member: NetworkMember; adding: boolean } | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  /** The order the members were sent in: the server names a member by its index in it. */
  const [sentIds, setSentIds] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const full = members.length >= maxNetworkMembers;

  const memberError = (member: NetworkMember): string | null => {
    const index = sentIds.indexOf(member.id);
    if (index < 0) return null;
    const key = Object.keys(errors).find((k) => k.startsWith(`members.${index}.`));
    return key ? errors[key] : null;
  };

  const startFrom = (list: NetworkMember[]) => {
    setMembers(list);
    setMessage(null);
  };

  const submitMember = (member: NetworkMember) => {
    setMembers((current) => (current.some((m) => m.id === member.id) ? current.map((m) => (m.id === member.id ? member : m)) : [...current, member]));
    setEditing(null);
    setMessage(null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!drawnOn) {
      setErrors({ drawnOn: t("validation.required") });
      focusFirstInvalid(formRef.current);
      return;
    }
    const ordered = sortNetworkMembers(members);
    setSentIds(ordered.map((m) => m.id));
    save.mutate(
      { drawnOn, members: ordered, comment, sharedWithCareTeam: shared },
      {
        onSuccess: onSaved,
        onError: (error) => {
          setErrors(apiFieldErrors(error));
          focusFirstInvalid(formRef.current);
        },
      },
    );
  };

  return (
    <>
      <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="network-map-editor-title">
        <Stack gap="lg">
          <Title order={2} size="h4" id="network-map-editor-title">
            {base ? t("networkMaps.editor.titleFrom", { date: formatLongDate(base.drawnOn, i18n.language) }) : t("networkMaps.editor.title")}
          </Title>
          <PastDateInput label={t("networkMaps.editor.drawnOn")} value={drawnOn} onChange={setDrawnOn} error={errors.drawnOn} maw={220} />
          {members.length === 0 && (closeOnes.length > 0 || latest) ? (
            <Paper withBorder p="md">
              <Stack gap="xs">
                <Title order={3} size="h6">
                  {t("networkMaps.editor.startTitle")}
                </Title>
                <Group gap="sm">
                  {closeOnes.length > 0 ? (
                    <Button
                      variant="light"
                      onClick={() =>
                        startFrom(
                          closeOnes.map((c) => ({ id: newMemberId(), name: c.name.slice(0, 80), kind: networkKindOfRelation(c.relation), supports: [], closeness: 2, effect: "helps", note: "" })),
                        )
                      }
                    >
                      {t("networkMaps.editor.startFromCloseOnes", { count: closeOnes.length })}
                    </Button>
                  ) : null}
                  {latest ? (
                    <Button variant="light" onClick={() => startFrom(latest.members.map((m) => ({ ...m })))}>
                      {t("networkMaps.editor.startFromPrevious", { date: formatLongDate(latest.drawnOn, i18n.language) })}
                    </Button>
                  ) : null}
                </Group>
                {closeOnes.length > 0 ? <Text size="sm">{t("networkMaps.editor.startHelp")}</Text> : null}
              </Stack>
            </Paper>
          ) : null}
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="sm" component="section" aria-labelledby="network-map-members-title">
                <Group justify="space-between" gap="sm">
                  <Title order={3} size="h5" id="network-map-members-title">
                    {t("networkMaps.editor.membersTitle")} ({t("networkMaps.editor.membersCount", { count: members.length })})
                  </Title>
                  <Button variant="default" disabled={full} onClick={() => setEditing({ member: blankMember(), adding: true })}>
                    {t("networkMaps.editor.add")}
                  </Button>
                </Group>
                {full ? <Text size="sm">{t("networkMaps.editor.max")}</Text> : null}
                <Text size="sm" c="dimmed">
                  {t("networkMaps.editor.naturalHint")}
                </Text>
                {members.length === 0 ? <Text>{t("networkMaps.editor.membersEmpty")}</Text> : null}
                <Stack gap={6} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
                  {sortNetworkMembers(members).map((m) => {
                    const error = memberError(m);
                    return (
                      <Paper key={m.id} component="li" withBorder p="xs" data-member-row={m.name}>
                        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                          <Group gap={8} wrap="nowrap" align="flex-start">
                            <EffectIcon effect={m.effect} />
                            <Stack gap={0}>
                              <Text fw={600}>{m.name}</Text>
                              <Text size="sm">
                                {[text.kind(m.kind), text.closenessShort(m.closeness), text.effect(m.effect), m.supports.length > 0 ? m.supports.map(text.support).join(", ") : t("networkMaps.table.noSupport")].join(" · ")}
                              </Text>
                              {error ? (
                                <Text size="sm" c="red.8" role="alert">
                                  {error}
                                </Text>
                              ) : null}
                            </Stack>
                          </Group>
                          <Group gap={4} wrap="nowrap">
                            <Button size="xs" variant="default" aria-label={t("networkMaps.editor.editLabel", { name: m.name })} onClick={() => setEditing({ member: m, adding: false })}>
                              {t("networkMaps.editor.edit")}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t("networkMaps.editor.removeLabel", { name: m.name })}
                              onClick={() => {
                                setMembers((current) => current.filter((x) => x.id !== m.id));
                                setMessage(t("networkMaps.editor.removed", { name: m.name }));
                              }}
                            >
                              {t("networkMaps.editor.remove")}
                            </Button>
                          </Group>
                        </Group>
                      </Paper>
                    );
                  })}
                </Stack>
                <SuccessAlert message={message} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="sm" component="section" aria-labelledby="network-map-preview-title">
                <Title order={3} size="h5" id="network-map-preview-title">
                  {t("networkMaps.editor.preview")}
                </Title>
                <NetworkMapDrawing members={members} title={t("networkMaps.editor.preview")} maxWidth={520} />
                <NetworkMapLegend />
              </Stack>
            </Grid.Col>
          </Grid>
          {errors.members ? (
            <Alert color="red" variant="light" role="alert">
              {errors.members}
            </Alert>
          ) : null}
          <Textarea
            label={t("networkMaps.editor.comment")}
            description={t("networkMaps.editor.commentHelp")}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={errors.comment}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <Checkbox label={t("networkMaps.editor.share")} checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />
          <FormErrorAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("networkMaps.editor.submit")}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t("networkMaps.actions.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
      {/* Outside the form: the dialog's own form must not submit the map (React events bubble through portals). */}
      <MemberFormModal
        member={editing?.member ?? null}
        adding={editing?.adding ?? true}
        otherNames={members.filter((m) => m.id !== editing?.member.id).map((m) => m.name)}
        onSubmit={submitMember}
        onClose={() => setEditing(null)}
      />
    </>
  );
};
