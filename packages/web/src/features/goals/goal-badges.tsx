import { Badge, Group } from "@mantine/core";
import type { Goal, GoalProgress, GoalStatus } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../shared/format/dates";

const statusColors: Record<GoalStatus, string> = { active: "blue", achieved: "green", revised: "grape", stopped: "gray" };

const badge = { variant: "light", radius: "sm", tt: "none", fw: 600 } as const;

/** The goal's status, then what needs doing (a review to hold, a date passed): always words, the colour only repeats them. */
export const GoalBadges = ({ goal, progress }: { goal: Goal; progress: GoalProgress }) => {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xs">
      <Badge color={statusColors[goal.status]} {...badge}>
        {t(`goals.status.${goal.status}`)}
      </Badge>
      {progress.review === "due" || progress.review === "overdue" || progress.review === "planned" ? (
        <Badge color={progress.review === "overdue" ? "red" : progress.review === "due" ? "orange" : "gray"} {...badge}>
          {t(`goals.review.${progress.review}`, { date: formatDate(goal.reviewOn, i18n.language) })}
        </Badge>
      ) : null}
      {progress.due === "passed" || progress.due === "upcoming" ? (
        <Badge color={progress.due === "passed" ? "red" : "gray"} {...badge}>
          {t(`goals.due.${progress.due}`, { date: formatDate(goal.dueOn, i18n.language) })}
        </Badge>
      ) : null}
      <Badge color={goal.sharedWithCareTeam ? "teal" : "gray"} {...badge}>
        {goal.sharedWithCareTeam ? t("goals.shared") : t("goals.notShared")}
      </Badge>
    </Group>
  );
};
