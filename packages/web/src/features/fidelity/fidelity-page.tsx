import { NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { useAccess } from "../../shared/hooks/use-access";
import { useProgramsWith } from "../programs/programs-queries";
import { useFidelityReviews } from "./fidelity-api";
import { FidelitySettingsSection } from "./fidelity-settings-section";
import { NewReviewForm } from "./new-review-form";
import { ReviewsTable } from "./reviews-table";

/** Fidélité IPS: the program's IPS-25 self-assessments over time, a new one, and the program's scale settings. */
export const FidelityPage = () => {
  const { t } = useTranslation();
  const access = useAccess();
  const { programs, isPending } = useProgramsWith("fidelity.read");
  const [chosen, setChosen] = useState("");
  const programId = chosen || programs[0]?.id || "";
  const reviews = useFidelityReviews(programId);
  const canWrite = Boolean(programId) && access.can("fidelity.write", programId);
  return (
    <>
      <PageHeader title={t("fidelityReviews.title")} description={t("fidelityReviews.description")} />
      <Stack gap="lg">
        {programs.length > 1 ? (
          <NativeSelect
            label={t("fidelityReviews.program")}
            value={programId}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={programs.map((p) => ({ value: p.id, label: p.name }))}
            maw={360}
          />
        ) : null}
        <section aria-labelledby="fidelity-reviews-title">
          <Title order={2} size="h3" id="fidelity-reviews-title" mb="sm">
            {t("fidelityReviews.list.title")}
          </Title>
          {isPending || (programId && reviews.isPending) ? (
            <LoadingState />
          ) : reviews.isError ? (
            <ErrorState error={reviews.error} />
          ) : !reviews.data || reviews.data.items.length === 0 ? (
            <Text c="dimmed">{t("fidelityReviews.list.empty")}</Text>
          ) : (
            <ReviewsTable key={programId} reviews={reviews.data.items} />
          )}
        </section>
        {canWrite ? <NewReviewForm programId={programId} /> : null}
        {programId ? <FidelitySettingsSection programId={programId} canWrite={canWrite} /> : null}
      </Stack>
    </>
  );
};
