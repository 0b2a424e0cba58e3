import { ActionIcon, Alert, Anchor, Badge, Button, Card, Group, Menu, Stack, Text, TextInput } from "@mantine/core";
import { type BrainstormNote, type LeaderWall, brainstormLimits, formatJoinCode, nextHidden, wallSheets } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isApiError } from "../../api/api-error";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { BrainstormStatusBadge } from "./brainstorms-page";
import { useEndBrainstorm, useLeaderNote, useRemoveNote, useRevealAll, useShuffle, useUpdateNote, useWall } from "./brainstorms-api";
import type { StreamStatus } from "./event-stream";
import { useLiveWall } from "./use-live-wall";
import { WallBoard } from "./wall-board";

const liveColor: Record<StreamStatus, string> = { connecting: "gray", live: "green", reconnecting: "orange", closed: "gray" };

/** The large code and the address phones open: read from the back of the room. */
const JoinPanel = ({ wall, live }: { wall: LeaderWall; live: StreamStatus }) => {
  const { t } = useTranslation();
  const url = `${window.location.host}/b`;
  return (
    <Card withBorder component="section" aria-labelledby="bs-join-title" padding="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="lg">
        <Stack gap={4}>
          <Text id="bs-join-title" fw={700} size="lg">
            {t("brainstorm.wall.join")}
          </Text>
          <Text size="sm" c="dimmed">
            {t("brainstorm.wall.joinCode")}
          </Text>
          <div className="bs-code" data-testid="join-code">
            {formatJoinCode(wall.session.joinCode)}
          </div>
          <Text size="lg">{t("brainstorm.wall.joinUrl", { url })}</Text>
        </Stack>
        <Stack gap="xs" align="flex-end">
          <Badge color={liveColor[live]} variant="light" size="lg" tt="none" radius="sm">
            {t(`brainstorm.wall.live.${live}`)}
          </Badge>
          <Text fw={600} role="status" aria-live="polite">
            {t("brainstorm.wall.guests", { count: wall.session.guestCount })}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
};

/** The moderator's own idea: it goes face down into the heap like everyone's. */
const LeaderNoteForm = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const add = useLeaderNote(id);
  const [text, setText] = useState("");
  const error = isApiError(add.error) ? add.error.fields.find((f) => f.path === "text")?.message : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(text, { onSuccess: () => setText("") });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput label={t("brainstorm.wall.leaderNote")} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={brainstormLimits.noteMax} error={error} style={{ flex: "1 1 20rem" }} />
        <Button type="submit" variant="default" loading={add.isPending}>
          {t("brainstorm.wall.leaderNoteSubmit")}
        </Button>
      </Group>
      <FormErrorAlert error={add.error && !error ? add.error : null} />
    </form>
  );
};

/** The shared screen: the code to join, the heap and the three sheets, and the moderator's moves. */
export const BrainstormWallPage = () => {
  const { brainstormId = "" } = useParams();
  const { t, i18n } = useTranslation();
  const wall = useWall(brainstormId);
  const open = wall.data?.session.status === "open";
  const live = useLiveWall(brainstormId, Boolean(wall.data) && open);
  const update = useUpdateNote(brainstormId);
  const remove = useRemoveNote(brainstormId);
  const shuffle = useShuffle(brainstormId);
  const revealAll = useRevealAll(brainstormId);
  const end = useEndBrainstorm(brainstormId);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);

  if (wall.isPending) return <LoadingState />;
  if (wall.isError) return <ErrorState error={wall.error} />;
  const { session, notes } = wall.data;
  const busy = update.isPending || shuffle.isPending || revealAll.isPending || end.isPending || remove.isPending;
  const next = nextHidden(notes);
  const actionError = update.error ?? remove.error ?? shuffle.error ?? revealAll.error ?? end.error;
  // A refused move says why in the field message (e.g. the session has ended).
  const fieldMessage = isApiError(actionError) ? (actionError.fields[0]?.message ?? null) : null;
  const exportUrl = (format: "csv" | "md") => `/api/brainstorms/${brainstormId}/export?format=${format}&lang=${i18n.language === "en" ? "en" : "fr"}`;

  const noteActions = (note: BrainstormNote, index: number, column: readonly BrainstormNote[]) => {
    if (!open) return null;
    if (!note.revealed) {
      const number = column.filter((n) => !n.revealed).indexOf(note) + 1;
      return (
        <Button size="compact-sm" variant="white" mt={4} disabled={busy} aria-label={t("brainstorm.wall.revealLabel", { number })} onClick={() => update.mutate({ noteId: note.id, revealed: true })}>
          {t("brainstorm.wall.reveal")}
        </Button>
      );
    }
    const label = note.text.length > 60 ? `${note.text.slice(0, 57)}…` : note.text;
    if (removing === note.id) {
      return (
        <Stack gap={4} mt={6}>
          <Text size="sm">{t("brainstorm.wall.removeConfirm")}</Text>
          <Group gap={4}>
            <Button size="compact-sm" color="red" onClick={() => remove.mutate(note.id, { onSettled: () => setRemoving(null) })}>
              {t("brainstorm.wall.remove")}
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => setRemoving(null)}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      );
    }
    return (
      <Group gap={4} mt={6} wrap="wrap">
        {wallSheets
          .filter((c) => c !== note.column)
          .map((c) => (
            <Button
              key={c}
              size="compact-xs"
              variant="white"
              disabled={busy}
              aria-label={t("brainstorm.wall.moveLabel", { text: label, column: t(`brainstorm.columns.${c}`) })}
              onClick={() => update.mutate({ noteId: note.id, column: c })}
            >
              {t("brainstorm.wall.moveTo", { column: t(`brainstorm.columns.${c}`) })}
            </Button>
          ))}
        <ActionIcon size="sm" variant="white" disabled={busy || index <= 0} aria-label={t("brainstorm.wall.upLabel", { text: label })} onClick={() => update.mutate({ noteId: note.id, position: index - 1 })}>
          <span aria-hidden="true">↑</span>
        </ActionIcon>
        <ActionIcon
          size="sm"
          variant="white"
          disabled={busy || index >= column.length - 1}
          aria-label={t("brainstorm.wall.downLabel", { text: label })}
          onClick={() => update.mutate({ noteId: note.id, position: index + 1 })}
        >
          <span aria-hidden="true">↓</span>
        </ActionIcon>
        <ActionIcon size="sm" variant="white" color="red" disabled={busy} aria-label={t("brainstorm.wall.removeLabel", { text: label })} onClick={() => setRemoving(note.id)}>
          <span aria-hidden="true">✕</span>
        </ActionIcon>
      </Group>
    );
  };

  return (
    <>
      <PageHeader
        title={session.topic}
        documentTitle={`${t("brainstorm.nav")} · ${session.topic}`}
        description={<BrainstormStatusBadge status={session.status} />}
        actions={
          <Anchor component={Link} to="/brainstorms">
            {t("brainstorm.wall.back")}
          </Anchor>
        }
      />
      <Stack gap="md">
        {open ? (
          <JoinPanel wall={wall.data} live={live} />
        ) : (
          <Alert color="blue" variant="light">
            {t("brainstorm.wall.ended")}
          </Alert>
        )}
        <Group gap="sm" wrap="wrap">
          {open ? (
            <>
              <Button disabled={!next || busy} onClick={() => next && update.mutate({ noteId: next.id, revealed: true })}>
                {t("brainstorm.wall.draw")}
              </Button>
              <Button variant="default" disabled={busy} onClick={() => shuffle.mutate(undefined)}>
                {t("brainstorm.wall.shuffle")}
              </Button>
              <Button variant="default" disabled={!next || busy} onClick={() => revealAll.mutate(undefined)}>
                {t("brainstorm.wall.revealAll")}
              </Button>
            </>
          ) : null}
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button variant="default">{t("brainstorm.wall.export")}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item component="a" href={exportUrl("csv")} download>
                {t("brainstorm.wall.exportCsv")}
              </Menu.Item>
              <Menu.Item component="a" href={exportUrl("md")} download>
                {t("brainstorm.wall.exportMd")}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          {open && !confirmingEnd ? (
            <Button color="red" variant="light" onClick={() => setConfirmingEnd(true)}>
              {t("brainstorm.wall.end")}
            </Button>
          ) : null}
        </Group>
        {open && confirmingEnd ? (
          <Alert color="red" variant="light" role="alertdialog" aria-labelledby="bs-end-text">
            <Text id="bs-end-text" mb="sm">
              {t("brainstorm.wall.endConfirm")}
            </Text>
            <Group gap="sm">
              <Button color="red" loading={end.isPending} onClick={() => end.mutate(undefined, { onSettled: () => setConfirmingEnd(false) })}>
                {t("brainstorm.wall.end")}
              </Button>
              <Button variant="default" onClick={() => setConfirmingEnd(false)}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Alert>
        ) : null}
        {fieldMessage ? (
          <Alert color="red" variant="light" role="alert">
            {fieldMessage}
          </Alert>
        ) : (
          <FormErrorAlert error={actionError} />
        )}
        <WallBoard notes={notes} renderNoteActions={noteActions} />
        {open ? <LeaderNoteForm id={brainstormId} /> : null}
      </Stack>
    </>
  );
};
