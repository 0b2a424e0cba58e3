import { Alert, Badge, Button, Group, List, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { brainstormLimits, formatJoinCode, normalizeJoinCode } from "@passerelle/domain";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { isApiError } from "../../api/api-error";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { usePageTitle } from "../../shared/hooks/use-page-title";
import { addGuestNote, joinWithCode } from "./brainstorms-api";
import { type GuestSession, forgetGuestSession, loadGuestSession, saveGuestSession } from "./guest-session";
import { useGuestWall } from "./use-guest-wall";
import { WallBoard } from "./wall-board";

/** Step 1: the code on the screen. No account: the answer is an anonymous token for this session only. */
const JoinForm = ({ initialCode, onJoined }: { initialCode: string; onJoined: (session: GuestSession) => void }) => {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState(initialCode ? formatJoinCode(initialCode) : "");
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      const joined = await joinWithCode(typed.trim() || "-", i18n.language);
      onJoined({ ...joined, code: normalizeJoinCode(typed) ?? typed, mine: [] });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  const notFound = isApiError(error) && error.status === 404;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text>{t("brainstorm.phone.intro")}</Text>
        <TextInput
          className="bs-code-input"
          label={t("brainstorm.phone.code")}
          description={t("brainstorm.phone.codeHint")}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoCapitalize="characters"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          maxLength={9}
          required
          error={notFound ? t("brainstorm.phone.notFound") : undefined}
        />
        {!notFound ? <FormErrorAlert error={error} /> : null}
        <Button type="submit" size="lg" loading={pending} fullWidth>
          {t("brainstorm.phone.join")}
        </Button>
      </Stack>
    </form>
  );
};

/** Step 2: post ideas, anonymous and face down, and watch the wall as the group reads them. */
const GuestWallView = ({ session, onUpdate, onLeave }: { session: GuestSession; onUpdate: (s: GuestSession) => void; onLeave: () => void }) => {
  const { t, i18n } = useTranslation();
  const { wall, status, refused } = useGuestWall(session.brainstormId, session.token);
  const [text, setText] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const ended = wall?.status === "ended";
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSent(null);
    setPending(true);
    try {
      const added = await addGuestNote(session.brainstormId, session.token, text, i18n.language);
      onUpdate({ ...session, mine: [...session.mine, { id: added.note.id, text: added.note.text }] });
      setText("");
      setSent(t("brainstorm.phone.sent"));
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  const fieldError = isApiError(error) ? error.fields[0]?.message : undefined;
  const onWall = new Set((wall?.notes ?? []).map((n) => n.id));
  if (refused) {
    return (
      <Stack gap="md">
        <Alert color="orange" variant="light" role="alert">
          {t("brainstorm.phone.refused")}
        </Alert>
        <Button onClick={onLeave}>{t("brainstorm.phone.join")}</Button>
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <div>
        <Text size="sm" c="dimmed">
          {t("brainstorm.phone.topic")}
        </Text>
        <Title order={1} size="h2">
          {session.topic}
        </Title>
        <Badge mt={4} color={status === "live" ? "green" : "gray"} variant="light" tt="none" radius="sm">
          {t(`brainstorm.wall.live.${status}`)}
        </Badge>
      </div>
      {ended ? (
        <Alert color="blue" variant="light" role="status">
          {t("brainstorm.phone.ended")}
        </Alert>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            <Textarea
              label={t("brainstorm.phone.idea")}
              description={t("brainstorm.phone.ideaHint", { count: text.length })}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              maxLength={brainstormLimits.noteMax}
              autosize
              minRows={3}
              required
              error={fieldError}
            />
            {!fieldError ? <FormErrorAlert error={error} /> : null}
            <SuccessAlert message={sent} />
            <Button type="submit" size="lg" fullWidth loading={pending} disabled={text.trim() === ""}>
              {t("brainstorm.phone.send")}
            </Button>
          </Stack>
        </form>
      )}
      {session.mine.length > 0 ? (
        <section aria-labelledby="bs-mine">
          <Title order={2} size="h4" id="bs-mine" mb="xs">
            {t("brainstorm.phone.mine")}
          </Title>
          <List spacing={4}>
            {session.mine.map((n) => (
              <List.Item key={n.id}>
                {n.text}
                {onWall.has(n.id) ? (
                  <Badge ml="xs" size="sm" variant="light" color="green" tt="none" radius="sm">
                    {t("brainstorm.phone.onWall")}
                  </Badge>
                ) : null}
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}
      <section aria-labelledby="bs-phone-wall">
        <Title order={2} size="h3" id="bs-phone-wall" mb="sm">
          {t("brainstorm.phone.wall")}
        </Title>
        <WallBoard notes={wall?.notes ?? []} hiddenCount={wall?.hiddenCount ?? 0} headingLevel={3} />
      </section>
      <Group justify="center">
        <Button variant="subtle" onClick={onLeave}>
          {t("brainstorm.phone.leave")}
        </Button>
      </Group>
    </Stack>
  );
};

/** `/b/:code`: the phone's page, outside the signed-in area. */
export const JoinPage = () => {
  const { t } = useTranslation();
  const params = useParams();
  const navigate = useNavigate();
  const code = normalizeJoinCode(params.code ?? "") ?? "";
  const [session, setSession] = useState<GuestSession | null>(() => (code ? loadGuestSession(code) : null));
  usePageTitle(session ? session.topic : t("brainstorm.phone.title"));
  useEffect(() => {
    setSession(code ? loadGuestSession(code) : null);
  }, [code]);
  const keep = (next: GuestSession) => {
    saveGuestSession(next);
    setSession(next);
  };
  if (!session) {
    return (
      <Stack gap="md">
        <Title order={1} size="h2">
          {t("brainstorm.phone.title")}
        </Title>
        <JoinForm
          initialCode={code}
          onJoined={(joined) => {
            keep(joined);
            if (joined.code !== code) void navigate(`/b/${joined.code}`, { replace: true });
          }}
        />
      </Stack>
    );
  }
  return (
    <GuestWallView
      session={session}
      onUpdate={keep}
      onLeave={() => {
        forgetGuestSession(session.code);
        setSession(null);
      }}
    />
  );
};
