import { Anchor, Badge, Box, Button, Card, Group, NativeSelect, Pagination, SimpleGrid, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { type EmployerStage, type EmployerSummary, employerStages } from "@passerelle/domain";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDate } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { EmployerExportMenu } from "./employer-export-menu";
import { useEmployers } from "./employers-api";

const PAGE_SIZE = 50;
const isStage = (value: string): value is EmployerStage => (employerStages as readonly string[]).includes(value);

export const badgeStyles = { root: { maxWidth: "none", overflow: "visible" }, label: { overflow: "visible" } } as const;

export const StageBadge = ({ stage }: { stage: EmployerStage }) => {
  const { t } = useTranslation();
  const color = stage === "hiring" ? "green" : stage === "partner" ? "blue" : stage === "in_contact" ? "grape" : "gray";
  return (
    <Badge color={color} variant="light" radius="sm" tt="none" fw={600} styles={badgeStyles}>
      {t(`employers.stages.${stage}`)}
    </Badge>
  );
};

const townOf = (e: EmployerSummary): string => e.place?.name ?? "";

const EmployersTable = ({ employers }: { employers: EmployerSummary[] }) => {
  const { t, i18n } = useTranslation();
  return (
    <TableScroll label={t("employers.tableCaption")} minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t("employers.tableCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("employers.name")}</Table.Th>
            <Table.Th scope="col">{t("employers.stage")}</Table.Th>
            <Table.Th scope="col">{t("employers.town")}</Table.Th>
            <Table.Th scope="col">{t("employers.lastContact")}</Table.Th>
            <Table.Th scope="col">{t("employers.nextStep")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {employers.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/employers/${e.id}`} className="row-link">
                  {e.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <StageBadge stage={e.stage} />
              </Table.Td>
              <Table.Td>{townOf(e)}</Table.Td>
              <Table.Td>{e.lastContactDate ? formatDate(e.lastContactDate, i18n.language) : t("employers.never")}</Table.Td>
              <Table.Td>{formatDate(e.nextStepDate, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};

const dtStyle = { fontWeight: 600, fontSize: "var(--mantine-font-size-sm)" } as const;
const ddStyle = { margin: 0, fontSize: "var(--mantine-font-size-sm)" } as const;

const EmployerCards = ({ employers }: { employers: EmployerSummary[] }) => {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("employers.tableCaption")}>
      {employers.map((e) => (
        <Card key={e.id} component="li" withBorder padding="sm" radius="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Anchor component={Link} to={`/employers/${e.id}`} fw={700} size="lg">
              {e.name}
            </Anchor>
            <StageBadge stage={e.stage} />
          </Group>
          <Box
            component="dl"
            mt="xs"
            mb={0}
            style={{ display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "0.75rem", rowGap: "0.25rem" }}
          >
            <dt style={dtStyle}>{t("employers.town")}</dt>
            <dd style={ddStyle}>{townOf(e) || t("common.emptyValue")}</dd>
            <dt style={dtStyle}>{t("employers.lastContact")}</dt>
            <dd style={ddStyle}>{e.lastContactDate ? formatDate(e.lastContactDate, i18n.language) : t("employers.never")}</dd>
          </Box>
        </Card>
      ))}
    </Stack>
  );
};

/** The program's employer register: search by name, filter by stage; a table on a desktop, cards on a phone. */
export const EmployersPage = () => {
  const { t } = useTranslation();
  const access = useAccess();
  const isPhone = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false }) ?? false;
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const stageParam = params.get("stage") ?? "";
  const stage = isStage(stageParam) ? stageParam : "";
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);

  const update = (patch: { q?: string; stage?: string; page?: number }) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === "" || value === undefined || (key === "page" && value === 1)) next.delete(key);
      else next.set(key, String(value));
    }
    if (patch.page === undefined) next.delete("page");
    setParams(next, { replace: true });
  };

  useEffect(() => {
    if (debounced.trim() !== q) update({ q: debounced.trim() });
    // Only the typed text drives this effect.
  }, [debounced]);

  const list = useEmployers({ q: q || undefined, stage, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <PageHeader
        title={t("employers.title")}
        description={t("employers.intro")}
        actions={
          <>
            {access.can("employer.write") ? (
              <Button component={Link} to="/employers/import" variant="default">
                {t("employerTransfer.import")}
              </Button>
            ) : null}
            <EmployerExportMenu q={q || undefined} stage={stage || undefined} />
            {access.can("employer.write") ? (
              <Button component={Link} to="/employers/new">
                {t("employers.new")}
              </Button>
            ) : null}
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mb="md" component="section" aria-label={t("employers.filters")}>
        <TextInput
          label={t("employers.search")}
          placeholder={t("employers.searchPlaceholder")}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <NativeSelect
          label={t("employers.stageFilter")}
          value={stage}
          onChange={(e) => update({ stage: e.currentTarget.value })}
          data={[{ value: "", label: t("employers.allStages") }, ...employerStages.map((s) => ({ value: s, label: t(`employers.stages.${s}`) }))]}
        />
      </SimpleGrid>
      <div aria-busy={list.isFetching}>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Text role="status" aria-live="polite" fw={600} mb="sm">
              {t("employers.total", { count: total })}
            </Text>
            {list.data.items.length === 0 ? (
              <Text c="dimmed">{t("employers.empty")}</Text>
            ) : isPhone ? (
              <EmployerCards employers={list.data.items} />
            ) : (
              <EmployersTable employers={list.data.items} />
            )}
            {pages > 1 ? (
              <Group justify="center" mt="md" component="nav" aria-label={t("common.pagination")}>
                <Pagination
                  total={pages}
                  value={Math.min(page, pages)}
                  onChange={(p) => update({ page: p })}
                  getControlProps={(control) =>
                    control === "previous"
                      ? { "aria-label": t("common.previousPage") }
                      : control === "next"
                        ? { "aria-label": t("common.nextPage") }
                        : {}
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
