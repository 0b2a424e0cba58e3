import { Anchor, Button, Group, NativeSelect, Pagination, SimpleGrid, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type Opening, type OpeningStatus, occupationLabel, occupationTree, openingStatuses } from "@passerelle/domain";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDate } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { OpeningStatusBadge } from "./opening-status";
import { useOpenings } from "./openings-api";

const PAGE_SIZE = 50;
const isStatus = (value: string): value is OpeningStatus | "all" => value === "all" || (openingStatuses as readonly string[]).includes(value);
const grands = occupationTree().map((g) => g.grandDomaine);

const OpeningsTable = ({ openings }: { openings: Opening[] }) => {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith("fr") ? "fr" : "en";
  return (
    <TableScroll label={t("openings.tableCaption")} minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t("openings.tableCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("openings.titleField")}</Table.Th>
            <Table.Th scope="col">{t("openings.employer")}</Table.Th>
            <Table.Th scope="col">{t("openings.occupation")}</Table.Th>
            <Table.Th scope="col">{t("openings.place")}</Table.Th>
            <Table.Th scope="col">{t("openings.hoursShort")}</Table.Th>
            <Table.Th scope="col">{t("openings.status")}</Table.Th>
            <Table.Th scope="col">{t("openings.closesOn")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {openings.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/openings/${o.id}`} className="row-link">
                  {o.title}
                </Anchor>
              </Table.Th>
              <Table.Td>{o.employerName}</Table.Td>
              <Table.Td>{o.occupationCode ? occupationLabel(o.occupationCode, locale) : ""}</Table.Td>
              <Table.Td>{o.place?.name ?? ""}</Table.Td>
              <Table.Td>{o.hoursPerWeek === null ? "" : t("openings.hoursValue", { hours: o.hoursPerWeek })}</Table.Td>
              <Table.Td>
                <OpeningStatusBadge status={o.status} />
              </Table.Td>
              <Table.Td>{formatDate(o.closesOn, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};

/** The program's openings: open ones first of all; search by title or employer, filter by occupation and status. */
export const OpeningsPage = () => {
  const { t, i18n } = useTranslation();
  const isFr = i18n.language.startsWith("fr");
  const access = useAccess();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const statusParam = params.get("status") ?? "open";
  const status = isStatus(statusParam) ? statusParam : "open";
  const occupation = params.get("occupation") ?? "";
  const employerId = params.get("employerId") ?? "";
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);

  const update = (patch: { q?: string; status?: string; occupation?: string; page?: number }) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === "" || value === undefined || (key === "page" && value === 1) || (key === "status" && value === "open")) next.delete(key);
      else next.set(key, String(value));
    }
    if (patch.page === undefined) next.delete("page");
    setParams(next, { replace: true });
  };

  useEffect(() => {
    if (debounced.trim() !== q) update({ q: debounced.trim() });
    // Only the typed text drives this effect.
  }, [debounced]);

  const list = useOpenings({
    q: q || undefined,
    status,
    occupation: occupation || undefined,
    employerId: employerId || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <PageHeader
        title={t("openings.title")}
        description={t("openings.intro")}
        actions={
          access.can("opening.write") ? (
            <Button component={Link} to="/openings/new">
              {t("openings.new")}
            </Button>
          ) : null
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mb="md" component="section" aria-label={t("openings.filters")}>
        <TextInput label={t("openings.search")} placeholder={t("openings.searchPlaceholder")} type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        <NativeSelect
          label={t("openings.occupation")}
          value={occupation}
          onChange={(e) => update({ occupation: e.currentTarget.value })}
          data={[{ value: "", label: t("openings.allOccupations") }, ...grands.map((g) => ({ value: g.code, label: isFr ? g.labelFr : g.labelEn }))]}
        />
        <NativeSelect
          label={t("openings.status")}
          value={status}
          onChange={(e) => update({ status: e.currentTarget.value })}
          data={[...openingStatuses.map((s) => ({ value: s, label: t(`openings.statuses.${s}`) })), { value: "all", label: t("openings.allStatuses") }]}
        />
      </SimpleGrid>
      {employerId ? (
        <Text size="sm" mb="sm">
          {t("openings.filteredByEmployer")}{" "}
          <Anchor component={Link} to="/openings">
            {t("openings.clearEmployer")}
          </Anchor>
        </Text>
      ) : null}
      <div aria-busy={list.isFetching}>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Text role="status" aria-live="polite" fw={600} mb="sm">
              {t("openings.total", { count: total })}
            </Text>
            {list.data.items.length === 0 ? <Text c="dimmed">{t("openings.empty")}</Text> : <OpeningsTable openings={list.data.items} />}
            {pages > 1 ? (
              <Group justify="center" mt="md" component="nav" aria-label={t("common.pagination")}>
                <Pagination
                  total={pages}
                  value={Math.min(page, pages)}
                  onChange={(p) => update({ page: p })}
                  getControlProps={(control) =>
                    control === "previous" ? { "aria-label": t("common.previousPage") } : control === "next" ? { "aria-label": t("common.nextPage") } : {}
                  }
                  getItemProps={(p) => ({ "aria-label": t("common.pageOf", { page: p, total: pages }) })}
                />
              </Group>
            ) : null}
          </>
        )}
      </div>
    </>
  );
};
