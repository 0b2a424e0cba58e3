import { Button, Group, Pagination, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { useAccess } from "../../shared/hooks/use-access";
import { useParticipants } from "../participants/participants-queries";
import { useProgramsWith } from "../programs/programs-queries";
import { CaseloadFiltersBar } from "./caseload-filters";
import { ParticipantCards } from "./participant-cards";
import { ParticipantsTable } from "./participants-table";
import { PAGE_SIZE, toListParams, useCaseloadFilters } from "./use-caseload-filters";

export const CaseloadPage = () => {
  const { t } = useTranslation();
  const access = useAccess();
  const isPhone = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false }) ?? false;
  const carriesCaseload = access.roles.includes("specialist");
  const { filters, update } = useCaseloadFilters(carriesCaseload ? "mine" : "all");
  const { programs } = useProgramsWith("participant.list");
  const overviewPrograms = useProgramsWith("caseload.overview").programs;
  const withScope = access.can("participant.create");
  const withSpecialistPicker = access.can("caseload.overview");
  const membersProgramId = filters.programId || overviewPrograms[0]?.id || null;

  const params = toListParams(filters, access.userId);
  const list = useParticipants(params);
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <PageHeader
        title={filters.scope === "mine" ? t("caseload.title") : t("caseload.titleAll")}
        actions={
          access.can("participant.create") ? (
            <Button component={Link} to="/participants/new">
              {t("caseload.newReferral")}
            </Button>
          ) : null
        }
      />
      <CaseloadFiltersBar
        filters={filters}
        onChange={update}
        withScope={withScope}
        withSpecialistPicker={withSpecialistPicker}
        programs={programs}
        membersProgramId={membersProgramId}
      />
      <div aria-busy={list.isFetching}>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Text role="status" aria-live="polite" fw={600} mb="sm">
              {t("caseload.total", { count: total })}
            </Text>
            {list.data.items.length === 0 ? (
              <Text c="dimmed">
                {filters.scope === "mine" && !filters.q && filters.status === "active" ? t("caseload.emptyMine") : t("caseload.empty")}
              </Text>
            ) : isPhone ? (
              <ParticipantCards participants={list.data.items} />
            ) : (
              <ParticipantsTable participants={list.data.items} />
            )}
            {pages > 1 ? (
              <Group justify="center" mt="md" component="nav" aria-label={t("common.pagination")}>
                <Pagination
                  total={pages}
                  value={Math.min(filters.page, pages)}
                  onChange={(page) => update({ page })}
                  getControlProps={(control) =>
                    control === "previous"
                      ? { "aria-label": t("common.previousPage") }
                      : control === "next"
                        ? { "aria-label": t("common.nextPage") }
                        : {}
                  }
                  getItemProps={(page) => ({ "aria-label": t("common.pageOf", { page, total: pages }) })}
                />
              </Group>
            ) : null}
          </>
        )}
      </div>
    </>
  );
};
