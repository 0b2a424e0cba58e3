import { Badge, Table, Text } from "@mantine/core";
import type { WeeklyEmployerContacts } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDayMonth } from "./worklist-sentence";

/** This week's face-to-face employer contacts per specialist against the target (IPS-25 Sv6). */
export const EmployerContactsWeekTable = ({ week }: { week: WeeklyEmployerContacts }) => {
  const { t } = useTranslation();
  return (
    <TableScroll label={t("worklist.employerContacts.caption")} minWidth={560}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{t("worklist.employerContacts.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("worklist.employerContacts.specialist")}</Table.Th>
            <Table.Th scope="col">{t("worklist.employerContacts.faceToFace")}</Table.Th>
            <Table.Th scope="col">{t("worklist.employerContacts.total")}</Table.Th>
            <Table.Th scope="col">{t("worklist.employerContacts.target")}</Table.Th>
            <Table.Th scope="col">{t("worklist.employerContacts.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {week.rows.map((row) => (
            <Table.Tr key={row.specialistId}>
              <Table.Th scope="row">{row.specialistName ?? "—"}</Table.Th>
              <Table.Td>
                <Text span fw={700}>
                  {row.faceToFace}
                </Text>
              </Table.Td>
              <Table.Td>{row.total}</Table.Td>
              <Table.Td>{row.target}</Table.Td>
              <Table.Td>
                <Badge color={row.met ? "green" : "orange"} variant="light" tt="none">
                  {row.met ? t("worklist.employerContacts.met") : t("worklist.employerContacts.missing", { count: row.missing })}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};

/** The week's dates and the target, in one sentence. */
export const EmployerContactsIntro = ({ week }: { week: WeeklyEmployerContacts }) => {
  const { t, i18n } = useTranslation();
  return (
    <Text size="sm" c="dimmed" mb="sm">
      {t("worklist.employerContacts.intro", {
        start: formatDayMonth(week.weekStart, i18n.language),
        end: formatDayMonth(week.weekEnd, i18n.language),
        target: week.target,
      })}
    </Text>
  );
};
