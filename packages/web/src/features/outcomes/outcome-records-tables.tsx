import { Anchor, Table } from "@mantine/core";
import type { OutcomeRecordsList } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDate } from "../../shared/format/dates";
import { formatNumber } from "./format";

type Rows<K extends keyof OutcomeRecordsList> = { rows: OutcomeRecordsList[K]; caption: string };

/** People: each leads to their record. */
export const PeopleTable = ({ rows, caption }: Rows<"people">) => {
  const { t } = useTranslation();
  return (
    <TableScroll label={caption} minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("outcomes.records.person")}</Table.Th>
            <Table.Th scope="col">{t("status.label")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.records.specialist")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/participants/${p.id}`}>
                  {`${p.firstName} ${p.lastName}`}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`status.${p.status}`)}</Table.Td>
              <Table.Td>{p.specialistName ?? t("outcomes.records.unassigned")}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};

/** Jobs: each leads to the person's jobs tab. */
export const JobsTable = ({ rows, caption }: Rows<"jobs">) => {
  const { t, i18n } = useTranslation();
  return (
    <TableScroll label={caption} minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("outcomes.records.person")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.records.job")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.records.employer")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.records.start")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.records.end")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("outcomes.records.hours")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((j) => (
            <Table.Tr key={j.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/participants/${j.participantId}/jobs`} aria-label={t("outcomes.records.jobsOf", { name: j.personName })}>
                  {j.personName}
                </Anchor>
              </Table.Th>
              <Table.Td>{j.title}</Table.Td>
              <Table.Td>{j.employerName}</Table.Td>
              <Table.Td>{formatDate(j.startDate, i18n.language)}</Table.Td>
              <Table.Td>{j.endDate ? formatDate(j.endDate, i18n.language) : t("outcomes.records.running")}</Table.Td>
              <Table.Td ta="right">{formatNumber(j.hoursPerWeek, i18n.language) ?? t("outcomes.noValue")}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};

/** Employer contacts: each leads to the employer's page (its contact log). */
export const EmployerContactsTable = ({ rows, caption }: Rows<"employerContacts">) => {
  const { t, i18n } = useTranslation();
  return (
    <TableScroll label={caption} minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("outcomes.records.date")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.records.employer")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.records.author")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.records.faceToFace")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{formatDate(c.date, i18n.language)}</Table.Td>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/employers/${c.employerId}`}>
                  {c.employerName}
                </Anchor>
              </Table.Th>
              <Table.Td>{c.authorName ?? t("common.unknownPerson")}</Table.Td>
              <Table.Td>{c.faceToFace ? t("common.yes") : t("common.no")}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};

/** Referrals: each leads to the referral. */
export const ReferralsTable = ({ rows, caption }: Rows<"referrals">) => {
  const { t, i18n } = useTranslation();
  return (
    <TableScroll label={caption} minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("outcomes.records.person")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.records.referredOn")}</Table.Th>
            <Table.Th scope="col">{t("status.label")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.reason")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/referrals/${r.id}`} aria-label={t("outcomes.records.referralOf", { name: r.personName })}>
                  {r.personName}
                </Anchor>
              </Table.Th>
              <Table.Td>{formatDate(r.referredOn, i18n.language)}</Table.Td>
              <Table.Td>{t(`referrals.statuses.${r.status}`)}</Table.Td>
              <Table.Td>{r.declineReason ? t(`referrals.reasons.${r.declineReason}`) : ""}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};
