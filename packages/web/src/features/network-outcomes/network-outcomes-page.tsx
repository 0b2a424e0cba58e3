import { Alert, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { buildUrl } from "../../api/api-client";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { formatLongDate } from "../../shared/format/dates";
import { PeriodPicker } from "../outcomes/period-picker";
import { useReportParams } from "../outcomes/use-report-params";
import { useNetworkOutcomes } from "./network-outcomes-api";
import { NetworkOutcomesTable } from "./network-outcomes-table";

/**
 * "Réseau": the outcomes of the network's programs side by side, for a network, a funder or a federation. Totals
 * only (the API returns no name and no record); a cell with fewer than 5 people behind it reads "< 5".
 */
export const NetworkOutcomesPage = () => {
  const { t, i18n } = useTranslation();
  const [params, update] = useReportParams();
  const { from, to } = params;
  const network = useNetworkOutcomes(from, to);
  return (
    <>
      <PageHeader title={t("networkOutcomes.title")} description={t("networkOutcomes.intro")} />
      <Stack gap="lg">
        <section aria-label={t("outcomes.filters")}>
          <PeriodPicker period={{ from, to }} onChange={(p) => update(p)} />
        </section>
        <Text fw={600} role="status" aria-live="polite">
          {t("outcomes.periodLine", { from: formatLongDate(from, i18n.language), to: formatLongDate(to, i18n.language) })}
        </Text>
        <div aria-busy={network.isFetching}>
          {network.isPending ? (
            <LoadingState />
          ) : network.isError ? (
            <ErrorState error={network.error} onRetry={() => void network.refetch()} />
          ) : network.data.programs.length === 0 ? (
            <Text c="dimmed">{t("networkOutcomes.empty")}</Text>
          ) : (
            <NetworkOutcomesTable data={network.data} link={(programId) => buildUrl("/outcomes", { programId, from, to })} />
          )}
        </div>
        <Alert variant="light" color="blue" title={t("networkOutcomes.maskingTitle")}>
          <Stack gap={4}>
            <Text size="sm">{t("networkOutcomes.maskingRule")}</Text>
            <Text size="sm">{t("networkOutcomes.poolingRule")}</Text>
          </Stack>
        </Alert>
      </Stack>
    </>
  );
};
