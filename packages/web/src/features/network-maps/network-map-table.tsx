import { Group, Table, Text } from "@mantine/core";
import { compareNetworkMembers, type NetworkMember } from "@passerelle/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../shared/components/table-scroll";
import { EffectIcon } from "./effect-marker";
import { useNetworkMapText } from "./use-network-map-text";

/** From the closest circle outwards, then in the map's order (kind, name). */
export const byClosenessThenMap = (a: NetworkMember, b: NetworkMember): number => a.closeness - b.closeness || compareNetworkMembers(a, b);

type NetworkMapTableProps = {
  members: readonly NetworkMember[];
  caption: string;
  /** Extra cells per row (the editor's buttons), under an "Actions" header. */
  actions?: (member: NetworkMember) => ReactNode;
  /** Messages under a member's name (the editor's errors). */
  errors?: (member: NetworkMember) => string | null;
};

/**
 * The map as a table: everything the drawing shows (and the supports and notes it leaves out), for screen readers,
 * for reading closely, and for paper.
 */
export const NetworkMapTable = ({ members, caption, actions, errors }: NetworkMapTableProps) => {
  const { t } = useTranslation();
  const text = useNetworkMapText();
  const rows = [...members].sort(byClosenessThenMap);
  return (
    <TableScroll label={caption} minWidth={actions ? 760 : 640}>
      <Table className="network-map-table" striped withTableBorder verticalSpacing={6}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("networkMaps.table.name")}</Table.Th>
            <Table.Th scope="col">{t("networkMaps.table.kind")}</Table.Th>
            <Table.Th scope="col">{t("networkMaps.table.closeness")}</Table.Th>
            <Table.Th scope="col">{t("networkMaps.table.supports")}</Table.Th>
            <Table.Th scope="col">{t("networkMaps.table.effect")}</Table.Th>
            <Table.Th scope="col">{t("networkMaps.table.note")}</Table.Th>
            {actions ? <Table.Th scope="col">{t("networkMaps.table.actions")}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => {
            const error = errors?.(m) ?? null;
            return (
              <Table.Tr key={m.id} data-member-row={m.name}>
                <Table.Th scope="row" fw={600}>
                  {m.name}
                  {error ? (
                    <Text size="sm" c="red.8" fw={400} role="alert">
                      {error}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td>{text.kind(m.kind)}</Table.Td>
                <Table.Td>{text.closenessShort(m.closeness)}</Table.Td>
                <Table.Td>{m.supports.length > 0 ? m.supports.map(text.support).join(", ") : t("networkMaps.table.noSupport")}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <EffectIcon effect={m.effect} />
                    <span>{text.effect(m.effect)}</span>
                  </Group>
                </Table.Td>
                <Table.Td style={{ whiteSpace: "pre-wrap" }}>{m.note}</Table.Td>
                {actions ? <Table.Td>{actions(m)}</Table.Td> : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};
