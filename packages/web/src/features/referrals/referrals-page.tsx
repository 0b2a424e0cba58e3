import { Anchor, Button, Group, NativeSelect, Pagination, Stack, Table, Text } from "@mantine/core";
import { type ReferralStatus, type ReferralView, referralStatuses } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDate } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { referralDecisionText } from "./referral-decision-text";
import { ReferralStatusBadge } from "./referral-status-badge";
import { useReferrals } from "./referrals-api";

const PAGE_SIZE = 50;
const isStatus = (value: string): value is ReferralStatus => (referralStatuses as readonly string[]).includes(value);

const ReferralsTable = ({ referrals }: { referrals: ReferralView[] }) => {
  const { t, i18n } = useTranslation();
  return (
    <TableScroll label={t("referrals.tableCaption")} minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t("referrals.tableCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("referrals.person")}</Table.Th>
            <Table.Th scope="col">{t("referrals.status")}</Table.Th>
            <Table.Th scope="col">{t("referrals.referredOn")}</Table.Th>
            <Table.Th scope="col">{t("referrals.service")}</Table.Th>
            <Table.Th scope="col">{t("referrals.decisionColumn")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referrals.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/referrals/${r.id}`} className="row-link">
                  {r.lastName} {r.firstName}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <ReferralStatusBadge status={r.status} />
              </Table.Td>
              <Table.Td>{formatDate(r.referredOn, i18n.language)}</Table.Td>
              <Table.Td>{r.serviceName ?? t("referrals.noService")}</Table.Td>
              <Table.Td>
                {referralDecisionText(r, t, i18n.language)}
                {r.view === "team" && r.status === "pending" && r.outreach.length > 0 ? (
                  <Text size="sm" c="dimmed">
                    {t("referrals.outreach.count", { count: r.outreach.length })}
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};

/** "Orientations" (status second, so a phone shows it before the table scrolls): the referrals waiting for a decision first, then the decided ones, newest first. */
export const ReferralsPage = () => {
  const { t } = useTranslation();
  const access = useAccess();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get("status") ?? "";
  const status = isStatus(statusParam) ? statusParam : "";
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const list = useReferrals({ status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  const update = (patch: { status?: string; page?: number }) => {
    const next = new URLSearchParams(params);
    if (patch.status !== undefined) {
      if (patch.status) next.set("status", patch.status);
      else next.delete("status");
      next.delete("page");
    }
    if (patch.page !== undefined) {
      if (patch.page > 1) next.set("page", String(patch.page));
      else next.delete("page");
    }
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t("referrals.title")}
        description={access.can("referral.decide") ? t("referrals.introTeam") : t("referrals.intro")}
        actions={
          access.can("referral.create") ? (
            <Button component={Link} to="/referrals/new">
              {t("referrals.new")}
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <Group>
          <NativeSelect
            label={t("referrals.status")}
            value={status}
            onChange={(e) => update({ status: e.currentTarget.value })}
            data={[{ value: "", label: t("referrals.allStatuses") }, ...referralStatuses.map((s) => ({ value: s, label: t(`referrals.statuses.${s}`) }))]}
          />
        </Group>
        {list.isPending ? <LoadingState /> : null}
        {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && list.data.items.length === 0 ? <Text>{t("referrals.empty")}</Text> : null}
        {list.data && list.data.items.length > 0 ? <ReferralsTable referrals={list.data.items} /> : null}
        {pages > 1 ? (
          <Pagination
            total={pages}
            value={page}
            onChange={(p) => update({ page: p })}
            getControlProps={(control) => ({ "aria-label": control === "previous" ? t("common.previousPage") : control === "next" ? t("common.nextPage") : undefined })}
          />
        ) : null}
      </Stack>
    </>
  );
};
