import { Anchor, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export type ReasonRow = { reason: string; count: number };

/** A breakdown by reason (job endings, declined referrals, closures): each count leads to its records. */
export const ReasonsList = ({
  caption,
  rows,
  labelOf,
  linkOf,
}: {
  caption: string;
  rows: ReasonRow[];
  labelOf: (reason: string) => string;
  linkOf: (reason: string) => string;
}) => {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <Table withRowBorders verticalSpacing={4} fz="sm" className="outcome-reasons">
      <Table.Caption style={{ captionSide: "top", textAlign: "left", margin: 0 }}>
        <Text span size="sm" fw={600}>
          {caption}
        </Text>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("outcomes.reason")}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t("outcomes.count")}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const label = row.reason === "unknown" ? t("outcomes.unknownReason") : labelOf(row.reason);
          return (
            <Table.Tr key={row.reason}>
              <Table.Th scope="row" fw={400}>
                {label}
              </Table.Th>
              <Table.Td ta="right">
                <Anchor component={Link} to={linkOf(row.reason)} aria-label={t("outcomes.reasonLink", { count: row.count, reason: label })}>
                  {row.count}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
};
