import { Alert, Anchor, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import type { EmployerImportPreview } from "@passerelle/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TableScroll } from "../../shared/components/table-scroll";
import { StageBadge } from "./employers-page";

/** Long files: the first rows are enough to check the columns were understood; the counts give the rest. */
const SHOWN_ROWS = 200;

type Employer = EmployerImportPreview["accepted"][number]["employer"];
const townOf = (employer: Employer): string => employer.place?.name ?? "";

const Counts = ({ report, imported }: { report: EmployerImportPreview; imported: boolean }) => {
  const { t } = useTranslation();
  const items = [
    imported ? t("employerTransfer.counts.created", { count: report.accepted.length }) : t("employerTransfer.counts.accepted", { count: report.accepted.length }),
    t("employerTransfer.counts.rejected", { count: report.rejected.length }),
    t("employerTransfer.counts.duplicates", { count: report.duplicates.length }),
    ...(report.emptyRows.length > 0 ? [t("employerTransfer.counts.empty", { count: report.emptyRows.length })] : []),
  ];
  return (
    <List spacing={2} aria-label={t("employerTransfer.summary")}>
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const id = `import-${title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <Stack component="section" gap="xs" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
};

const MoreRows = ({ total }: { total: number }) => {
  const { t } = useTranslation();
  return total > SHOWN_ROWS ? (
    <Text size="sm" c="dimmed">
      {t("employerTransfer.shownFirst", { shown: SHOWN_ROWS, total })}
    </Text>
  ) : null;
};

const AcceptedTable = ({ rows, caption }: { rows: EmployerImportPreview["accepted"]; caption: string }) => {
  const { t } = useTranslation();
  return (
    <TableScroll label={caption} minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("employerTransfer.line")}</Table.Th>
            <Table.Th scope="col">{t("employers.name")}</Table.Th>
            <Table.Th scope="col">{t("employers.siret")}</Table.Th>
            <Table.Th scope="col">{t("employers.town")}</Table.Th>
            <Table.Th scope="col">{t("employers.stage")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, SHOWN_ROWS).map(({ rowNumber, employer }) => (
            <Table.Tr key={rowNumber}>
              <Table.Td>{rowNumber}</Table.Td>
              <Table.Th scope="row" fw={400}>
                {employer.name}
              </Table.Th>
              <Table.Td>{employer.siret ?? ""}</Table.Td>
              <Table.Td>{townOf(employer)}</Table.Td>
              <Table.Td>
                <StageBadge stage={employer.stage} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};

const RejectedTable = ({ rows }: { rows: EmployerImportPreview["rejected"] }) => {
  const { t } = useTranslation();
  return (
    <TableScroll label={t("employerTransfer.rejectedTitle")} minWidth={320}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>{t("employerTransfer.rejectedTitle")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="6rem">
              {t("employerTransfer.line")}
            </Table.Th>
            <Table.Th scope="col">{t("employerTransfer.problems")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, SHOWN_ROWS).map(({ rowNumber, errors }) => (
            <Table.Tr key={rowNumber}>
              <Table.Th scope="row" fw={400}>
                {t("employerTransfer.lineNumber", { number: rowNumber })}
              </Table.Th>
              <Table.Td>
                <List size="sm" spacing={2}>
                  {errors.map((error) => (
                    <List.Item key={`${error.field}-${error.code}`}>{error.message}</List.Item>
                  ))}
                </List>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};

const DuplicatesTable = ({ rows }: { rows: EmployerImportPreview["duplicates"] }) => {
  const { t } = useTranslation();
  return (
    <TableScroll label={t("employerTransfer.duplicatesTitle")} minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>{t("employerTransfer.duplicatesTitle")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("employerTransfer.line")}</Table.Th>
            <Table.Th scope="col">{t("employers.name")}</Table.Th>
            <Table.Th scope="col">{t("employerTransfer.existing")}</Table.Th>
            <Table.Th scope="col">{t("employerTransfer.reason")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, SHOWN_ROWS).map((row) => (
            <Table.Tr key={row.rowNumber}>
              <Table.Td>{row.rowNumber}</Table.Td>
              <Table.Th scope="row" fw={400}>
                {row.employer.name}
              </Table.Th>
              <Table.Td>
                <Anchor component={Link} to={`/employers/${row.existing.id}`}>
                  {row.existing.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`employerTransfer.reasons.${row.reason}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};

/**
 * What a file holds and what importing it does: the counts, the rows to import, the rows refused with each
 * problem in words (to fix in the spreadsheet), and the rows skipped because the register already has them.
 */
export const EmployerImportReport = ({ report, imported }: { report: EmployerImportPreview; imported: boolean }) => {
  const { t } = useTranslation();
  const ignored = report.columns.filter((c) => c.field === null && c.header !== "").map((c) => c.header);
  return (
    <Stack gap="lg">
      <Counts report={report} imported={imported} />
      {report.missingRequired.length > 0 ? (
        <Alert color="red" variant="light" role="alert" title={t("employerTransfer.missingNameTitle")}>
          {t("employerTransfer.missingName")}
        </Alert>
      ) : null}
      {ignored.length > 0 ? (
        <Text size="sm" c="dimmed">
          {t("employerTransfer.ignoredColumns", { names: ignored.join(", ") })}
        </Text>
      ) : null}
      {report.rejected.length > 0 ? (
        <Section title={t("employerTransfer.rejectedTitle")}>
          <Text size="sm">{imported ? t("employerTransfer.rejectedAfter") : t("employerTransfer.rejectedIntro")}</Text>
          <RejectedTable rows={report.rejected} />
          <MoreRows total={report.rejected.length} />
        </Section>
      ) : null}
      {report.duplicates.length > 0 ? (
        <Section title={t("employerTransfer.duplicatesTitle")}>
          <Text size="sm">{t("employerTransfer.duplicatesIntro")}</Text>
          <DuplicatesTable rows={report.duplicates} />
          <MoreRows total={report.duplicates.length} />
        </Section>
      ) : null}
      {report.accepted.length > 0 ? (
        <Section title={imported ? t("employerTransfer.createdTitle") : t("employerTransfer.acceptedTitle")}>
          <AcceptedTable rows={report.accepted} caption={imported ? t("employerTransfer.createdTitle") : t("employerTransfer.acceptedTitle")} />
          <MoreRows total={report.accepted.length} />
        </Section>
      ) : (
        <Group>
          <Text>{t("employerTransfer.nothingToImport")}</Text>
        </Group>
      )}
    </Stack>
  );
};
