import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import { Alert, Anchor, Card, Stack, Table, Title } from "@mantine/core";
import { type FidelityReview, currentFidelityScale, fidelityItemIds } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { TableScroll } from "../../shared/components/table-scroll";
import { BandBadge } from "./band-badge";
import { periodLabel, pick, totalLabel } from "./fidelity-labels";
import { useFidelityReviewsByIds } from "./fidelity-api";

const colors = ["blue.7", "orange.7", "teal.7"];

/** "+2", "−1", "=" from the first review to the last; empty when either did not score the item. */
const change = (first: number | null | undefined, last: number | null | undefined): string => {
  if (first === null || first === undefined || last === null || last === undefined) return "—";
  const d = last - first;
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : "=";
};

const Comparison = ({ reviews }: { reviews: FidelityReview[] }) => {
  const { t, i18n } = useTranslation();
  const scale = currentFidelityScale();
  const series = reviews.map((r, i) => ({ name: `r${i}`, label: periodLabel(r, i18n.language), color: colors[i % colors.length] }));
  const sectionRows = scale.sections.map((s) => ({
    name: pick(s.title, i18n.language),
    ...Object.fromEntries(reviews.map((r, i) => [`r${i}`, r.score.sections.find((x) => x.section === s.id)?.sum ?? 0])),
  }));
  const itemRows = fidelityItemIds.map((id) => ({ name: id, ...Object.fromEntries(reviews.map((r, i) => [`r${i}`, r.items[id]?.score ?? 0])) }));
  const first = reviews[0]!;
  const last = reviews[reviews.length - 1]!;
  return (
    <Stack gap="lg">
      <TableScroll label={t("fidelityReviews.compare.reviewsCaption")} minWidth={560}>
        <Table verticalSpacing="xs">
          <Table.Caption>{t("fidelityReviews.compare.reviewsCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("fidelityReviews.fields.period")}</Table.Th>
              <Table.Th scope="col">{t("fidelityReviews.fields.status")}</Table.Th>
              <Table.Th scope="col">{t("fidelityReviews.fields.total")}</Table.Th>
              <Table.Th scope="col">{t("fidelityReviews.fields.band")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reviews.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/fidelity/reviews/${r.id}`}>
                    {periodLabel(r, i18n.language)}
                  </Anchor>
                </Table.Th>
                <Table.Td>{t(`fidelityReviews.status.${r.status}`)}</Table.Td>
                <Table.Td>{totalLabel(r.score, t)}</Table.Td>
                <Table.Td>
                  <BandBadge band={r.score.band} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>

      <Card withBorder component="figure" m={0} aria-labelledby="compare-sections-title" data-testid="compare-sections-chart">
        <Title order={2} size="h4" id="compare-sections-title" mb="sm">
          {t("fidelityReviews.compare.bySection")}
        </Title>
        <div aria-hidden="true">
          <BarChart h={260} data={sectionRows} dataKey="name" series={series} withLegend legendProps={{ verticalAlign: "bottom" }} barChartProps={{ accessibilityLayer: false }} />
        </div>
        <TableScroll label={t("fidelityReviews.compare.bySectionCaption")} minWidth={480}>
          <Table verticalSpacing={4} fz="sm" mt="sm">
            <Table.Caption>{t("fidelityReviews.compare.bySectionCaption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("fidelityReviews.compare.section")}</Table.Th>
                {series.map((s) => (
                  <Table.Th scope="col" key={s.name}>
                    {s.label}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t("fidelityReviews.compare.change")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {scale.sections.map((s) => {
                const sums = reviews.map((r) => r.score.sections.find((x) => x.section === s.id));
                return (
                  <Table.Tr key={s.id}>
                    <Table.Th scope="row" fw={400}>
                      {pick(s.title, i18n.language)}
                    </Table.Th>
                    {sums.map((x, i) => (
                      <Table.Td key={series[i]!.name}>
                        {x ? `${x.sum} / ${x.max}` : "—"}
                        {x && x.missing > 0 ? ` (${t("fidelityReviews.editor.missing", { count: x.missing })})` : ""}
                      </Table.Td>
                    ))}
                    {/* A section with unscored items has no comparable sum: its change would only count the gaps. */}
                    <Table.Td>{sums.every((x) => x && x.missing === 0) ? change(sums[0]?.sum, sums[sums.length - 1]?.sum) : "—"}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Card>

      <Card withBorder component="figure" m={0} aria-labelledby="compare-items-title" data-testid="compare-items-chart">
        <Title order={2} size="h4" id="compare-items-title" mb="sm">
          {t("fidelityReviews.compare.byItem")}
        </Title>
        <div aria-hidden="true">
          <BarChart h={320} data={itemRows} dataKey="name" series={series} withLegend legendProps={{ verticalAlign: "bottom" }} yAxisProps={{ domain: [0, 5] }} barChartProps={{ accessibilityLayer: false }} />
        </div>
        <TableScroll label={t("fidelityReviews.compare.byItemCaption")} minWidth={560}>
          <Table verticalSpacing={4} fz="sm" mt="sm" striped>
            <Table.Caption>{t("fidelityReviews.compare.byItemCaption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("fidelityReviews.compare.item")}</Table.Th>
                {series.map((s) => (
                  <Table.Th scope="col" key={s.name}>
                    {s.label}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t("fidelityReviews.compare.change")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {scale.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Th scope="row" fw={400}>
                    {item.id} · {pick(item.title, i18n.language)}
                  </Table.Th>
                  {reviews.map((r, i) => (
                    <Table.Td key={series[i]!.name}>{r.items[item.id]?.score ?? "—"}</Table.Td>
                  ))}
                  <Table.Td>{change(first.items[item.id]?.score, last.items[item.id]?.score)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Card>
    </Stack>
  );
};

/** /fidelity/compare?ids=a,b[,c]: reviews side by side, per section and per item, oldest first. */
export const ComparePage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const ids = (params.get("ids") ?? "").split(",").map((s) => s.trim()).filter(Boolean).slice(0, 3);
  const queries = useFidelityReviewsByIds(ids);
  const failed = queries.find((q) => q.isError);
  const reviews = queries.map((q) => q.data).filter((r): r is FidelityReview => Boolean(r));
  // The change reads from the earlier period to the later one, whatever the order of the ids.
  const ordered = [...reviews].sort((a, b) => a.periodTo.localeCompare(b.periodTo));
  return (
    <>
      <Anchor component={Link} to="/fidelity" size="sm">
        {t("fidelityReviews.editor.back")}
      </Anchor>
      <PageHeader title={t("fidelityReviews.compare.title")} description={t("fidelityReviews.compare.description")} />
      {ids.length < 2 ? (
        <Alert color="blue" variant="light">
          {t("fidelityReviews.compare.needTwo")}
        </Alert>
      ) : failed ? (
        <ErrorState error={failed.error} />
      ) : reviews.length < ids.length ? (
        <LoadingState />
      ) : (
        <Comparison reviews={ordered} />
      )}
    </>
  );
};
