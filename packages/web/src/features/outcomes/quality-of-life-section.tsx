import { Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { QuestionnairesSummaryCard } from "../questionnaires/program-summary-card";

/** Participant-reported outcomes (WHO-5, satisfaction) beside the program's results, on the same period and scope. */
export const QualityOfLifeSection = ({ programId, from, to, specialistId }: { programId: string; from: string; to: string; specialistId?: string }) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id} className="outcome-section outcome-quality">
      <Title order={2} size="h3" id={id} mb="sm">
        {t("outcomes.sections.qualityOfLife")}
      </Title>
      <QuestionnairesSummaryCard programId={programId} from={from} to={to} specialistId={specialistId} headingLevel={3} />
    </section>
  );
};
