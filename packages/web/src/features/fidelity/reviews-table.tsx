import { Anchor, Badge, Button, Checkbox, Group, Table, Text } from "@mantine/core";
import type { FidelityReviewSummary } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDate } from "../../shared/format/dates";
import { BandBadge } from "./band-badge";
import { periodLabel, totalLabel } from "./fidelity-labels";

const MAX_COMPARED = 3;

/** The program's reviews, newest period first, with their totals and bands; two or three can be compared. */
export const ReviewsTable = ({ reviews }: { reviews: FidelityReviewSummary[] }) => {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id].slice(-MAX_COMPARED) : c.filter((x) => x !== id)));
  // Oldest first in the comparison: the change per item reads from the earlier review to the later one.
  const compareIds = reviews.filter((r) => chosen.includes(r.id)).reverse().map((r) => r.id);
  return (
    <>
      <TableScroll label={t("fidelityReviews.list.title")} minWidth={720}>
        <Table striped verticalSpacing="sm">
          <Table.Caption>{t("fidelityReviews.list.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("fidelityReviews.list.compare")}</Table.Th>
              <Table.Th scope="col">{t("fidelityReviews.fields.period")}</Table.Th>
              <Table.Th scope="col">{t("fidelityReviews.fields.status")}</Table.Th>
              <Table.Th scope="col">{t("fidelityReviews.fields.total")}</Table.Th>
              <Table.Th scope="col">{t("fidelityReviews.fields.band")}</Table.Th>
              <Table.Th scope="col">{t("fidelityReviews.fields.reviewedOn")}</Table.Th>
              <Table.Th scope="col">{t("fidelityReviews.fields.reviewers")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reviews.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t("fidelityReviews.list.compareOne", { period: periodLabel(r, i18n.language) })}
                    checked={chosen.includes(r.id)}
                    onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/fidelity/reviews/${r.id}`}>
                    {periodLabel(r, i18n.language)}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <Badge variant={r.status === "final" ? "filled" : "outline"} color={r.status === "final" ? "blue.8" : "gray.8"}>
                    {t(`fidelityReviews.status.${r.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{totalLabel(r.score, t)}</Table.Td>
                <Table.Td>
                  <BandBadge band={r.score.band} />
                </Table.Td>
                <Table.Td>{formatDate(r.reviewedOn, i18n.language)}</Table.Td>
                <Table.Td>{r.reviewers.join(", ")}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Group mt="sm" gap="sm">
        {compareIds.length >= 2 ? (
          <Button component={Link} to={`/fidelity/compare?ids=${compareIds.join(",")}`} variant="light">
            {t("fidelityReviews.list.compareSelected")}
          </Button>
        ) : (
          // A native disabled button until two reviews are ticked (a disabled link is not a thing).
          <Button disabled>{t("fidelityReviews.list.compareSelected")}</Button>
        )}
        <Text size="sm" c="dark.4">
          {t("fidelityReviews.list.compareHelp")}
        </Text>
      </Group>
    </>
  );
};
