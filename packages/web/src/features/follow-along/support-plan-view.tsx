import { Stack, Text, Title } from "@mantine/core";
import type { SupportPlan } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../shared/format/dates";

/** The plan as read by those who do not edit it (a peer supporter). */
export const SupportPlanView = ({ jobId, plan }: { jobId: string; plan: SupportPlan }) => {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby={`plan-view-title-${jobId}`}>
      <Title order={4} size="h5" id={`plan-view-title-${jobId}`} mb="xs">
        {t("followAlong.plan.title")}
      </Title>
      {plan.data.supports.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("followAlong.plan.none")}
        </Text>
      ) : (
        <Stack gap={4}>
          {plan.data.chosenWithPersonOn ? (
            <Text size="sm">{t("followAlong.plan.chosenOn", { date: formatDate(plan.data.chosenWithPersonOn, i18n.language) })}</Text>
          ) : null}
          {plan.data.nextReviewDate ? <Text size="sm">{t("followAlong.plan.reviewOn", { date: formatDate(plan.data.nextReviewDate, i18n.language) })}</Text> : null}
          {plan.data.notes ? (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {plan.data.notes}
            </Text>
          ) : null}
        </Stack>
      )}
    </section>
  );
};
