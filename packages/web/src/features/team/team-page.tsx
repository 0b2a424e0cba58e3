import { NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { useProgramsWith } from "../programs/programs-queries";
import { CaseloadOverviewTable } from "./caseload-overview-table";
import { ReassignPanel } from "./reassign-panel";
import { useCaseloadOverview } from "./team-api";

export const TeamPage = () => {
  const { t } = useTranslation();
  const { programs, isPending } = useProgramsWith("caseload.overview");
  const [chosen, setChosen] = useState("");
  const programId = chosen || programs[0]?.id || null;
  const overview = useCaseloadOverview(programId);

  return (
    <>
      <PageHeader title={t("team.title")} />
      {isPending ? (
        <LoadingState />
      ) : (
        <Stack gap="xl">
          {programs.length > 1 ? (
            <NativeSelect
              label={t("team.program")}
              value={programId ?? ""}
              onChange={(e) => setChosen(e.currentTarget.value)}
              data={programs.map((p) => ({ value: p.id, label: p.name }))}
              maw={360}
            />
          ) : null}
          <section aria-labelledby="overview-title">
            <Title order={2} size="h3" id="overview-title" mb={4}>
              {t("team.overviewTitle")}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t("team.overviewIntro", { limit: overview.data?.limit ?? 20 })}
            </Text>
            {!programId ? (
              <Text c="dimmed">{t("team.noRows")}</Text>
            ) : overview.isPending ? (
              <LoadingState />
            ) : overview.isError ? (
              <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
            ) : (
              <CaseloadOverviewTable overview={overview.data} />
            )}
          </section>
          {programId ? <ReassignPanel key={programId} programId={programId} /> : null}
        </Stack>
      )}
    </>
  );
};
