import { Anchor, Button, Card, Group, Stack, Switch, Text, Title } from "@mantine/core";
import { type Goal, type GoalStatus, goalProgress, goalTransitions, smartCriteria, canBeRevised } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { formatDate, todayIso } from "../../shared/format/dates";
import { GoalBadges } from "./goal-badges";
import { GoalForm } from "./goal-form";
import { GoalReviewForm } from "./goal-review-form";
import { GoalSteps } from "./goal-steps";
import { useUpdateGoal } from "./goals-api";

type Mode = "view" | "edit" | "review" | "revise";

/** The status buttons a goal offers, from the domain's transitions. */
const statusActions: Partial<Record<GoalStatus, "achieve" | "stop" | "resume">> = { achieved: "achieve", stopped: "stop", active: "resume" };

type GoalCardProps = { participantId: string; goal: Goal; canWrite: boolean; onSaved: (message: string) => void };

/** One goal: its words, badges, SMART answers, steps checklist, reviews, and what can be done with it. */
export const GoalCard = ({ participantId, goal, canWrite, onSaved }: GoalCardProps) => {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<Mode>("view");
  const update = useUpdateGoal(participantId, goal.id);
  const progress = goalProgress(goal, todayIso());
  const headingId = `goal-${goal.id}`;
  const done = (message: string) => {
    setMode("view");
    onSaved(message);
  };
  if (mode === "edit" || mode === "revise") {
    return (
      <Card withBorder padding="lg">
        <GoalForm participantId={participantId} goal={goal} mode={mode} onDone={done} onCancel={() => setMode("view")} />
      </Card>
    );
  }
  const smart = smartCriteria.filter((c) => goal.smart[c] !== "");
  const toggleStep = (stepId: string, checked: boolean) =>
    update.mutate({ version: goal.version, steps: goal.steps.map((s) => (s.id === stepId ? { ...s, done: checked, doneOn: checked ? null : s.doneOn } : s)) });
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} id={headingId} size="h4" style={{ whiteSpace: "pre-wrap" }}>
          {goal.goal}
        </Title>
        <GoalBadges goal={goal} progress={progress} />
        <Text size="sm" c="dimmed">
          {goal.createdBy
            ? t("goals.writtenOnBy", { date: formatDate(goal.createdAt.slice(0, 10), i18n.language), name: goal.createdBy })
            : t("goals.writtenOn", { date: formatDate(goal.createdAt.slice(0, 10), i18n.language) })}
        </Text>
        {goal.status === "revised" ? <Text size="sm">{t("goals.statusHelp.revised")}</Text> : null}
        {smart.length > 0 ? (
          <div>
            <Title order={4} size="h5">
              {t("goals.smartTitle")}
            </Title>
            <dl className="goal-smart">
              {smart.map((c) => (
                <div key={c}>
                  <dt>{t(`goals.smart.${c}`)}</dt>
                  <dd>{goal.smart[c]}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
        <div>
          <Title order={4} size="h5" mb={4}>
            {t("goals.stepsTitle")}
          </Title>
          <GoalSteps goal={goal} progress={progress} editable={canWrite && goal.status === "active"} pending={update.isPending} onToggle={toggleStep} />
        </div>
        {goal.reviews.length > 0 ? (
          <div>
            <Title order={4} size="h5" mb={4}>
              {t("goals.reviewsTitle")}
            </Title>
            <Stack gap="xs">
              {[...goal.reviews].reverse().map((review, i) => (
                <div key={`${review.on}-${i}`} className="goal-review">
                  <Text size="sm" fw={600}>
                    {t("goals.reviewOn", { date: formatDate(review.on, i18n.language) })}
                  </Text>
                  <dl className="goal-smart">
                    {(["progress", "learned", "smallestChange"] as const)
                      .filter((part) => review[part] !== "")
                      .map((part) => (
                        <div key={part}>
                          <dt>{t(`goals.reviewForm.${part}`)}</dt>
                          <dd>{review[part]}</dd>
                        </div>
                      ))}
                  </dl>
                </div>
              ))}
            </Stack>
          </div>
        ) : null}
        {mode === "review" ? (
          <GoalReviewForm participantId={participantId} goal={goal} onDone={done} onCancel={() => setMode("view")} />
        ) : null}
        <FormErrorAlert error={update.error} />
        <Group gap="xs">
          {canWrite && goal.status !== "revised" && mode !== "review" ? (
            <Button size="xs" onClick={() => setMode("review")}>
              {t("goals.actions.review")}
            </Button>
          ) : null}
          {canWrite && goal.status === "active" ? (
            <Button size="xs" variant="default" onClick={() => setMode("edit")}>
              {t("goals.actions.edit")}
            </Button>
          ) : null}
          {canWrite
            ? goalTransitions[goal.status].map((to) => {
                const action = statusActions[to];
                return action ? (
                  <Button key={to} size="xs" variant="default" loading={update.isPending && update.variables?.status === to} onClick={() => update.mutate({ version: goal.version, status: to })}>
                    {t(`goals.actions.${action}`)}
                  </Button>
                ) : null;
              })
            : null}
          {canWrite && canBeRevised(goal.status) ? (
            <Button size="xs" variant="default" onClick={() => setMode("revise")}>
              {t("goals.actions.revise")}
            </Button>
          ) : null}
          <Anchor component={Link} to={`/participants/${participantId}/goals/${goal.id}/print`} size="sm" aria-label={t("goals.actions.printNamed", { goal: goal.goal.slice(0, 80) })}>
            {t("goals.actions.print")}
          </Anchor>
        </Group>
        {canWrite ? (
          <Switch
            size="sm"
            label={t("goals.shareSwitch")}
            checked={goal.sharedWithCareTeam}
            disabled={update.isPending}
            onChange={(e) => update.mutate({ version: goal.version, sharedWithCareTeam: e.currentTarget.checked })}
          />
        ) : null}
      </Stack>
    </Card>
  );
};
