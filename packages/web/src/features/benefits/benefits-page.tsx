import { Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../shared/components/page-header";
import { BenefitsSimulator } from "./benefits-simulator";
import { currentMonth } from "./month-keys";
import { newDraft } from "./simulation-draft";

/** A quick answer without a participant: nothing is saved (a plan is saved from the person's record). */
export const BenefitsPage = () => {
  const { t } = useTranslation();
  const [initial] = useState(() => newDraft(currentMonth()));
  return (
    <>
      <PageHeader title={t("benefits.page.title")} description={t("benefits.page.description")} />
      <Text size="sm" mb="lg">
        {t("benefits.page.saveHint")}
      </Text>
      <BenefitsSimulator initial={initial} />
    </>
  );
};
