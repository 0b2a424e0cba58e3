import { Badge, Stack, Table, Text, Title } from "@mantine/core";
import { type Questionnaire, who5Band } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDate } from "../../shared/format/dates";
import { shortItemTexts } from "./questionnaire-items";
import { Who5Chart } from "./who5-chart";

const bandColor = { ok: "blue", low: "orange", screening: "red" } as const;

/** WHO-5 answers: the chart (two answers or more) and the table, newest first. */
export const Who5History = ({ items }: { items: Questionnaire[] }) => {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="who5-history-title">
      <Title order={3} size="h4" id="who5-history-title" mb="sm">
        {t("questionnaires.history.who5Title")}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t("questionnaires.history.emptyWho5")}</Text>
      ) : (
        <Stack gap="md">
          {items.length > 1 ? <Who5Chart items={items} /> : null}
          <TableScroll label={t("questionnaires.history.who5Title")} minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("questionnaires.history.date")}</Table.Th>
                  <Table.Th scope="col">{t("questionnaires.history.score")}</Table.Th>
                  <Table.Th scope="col">{t("questionnaires.history.reading")}</Table.Th>
                  <Table.Th scope="col">{t("questionnaires.history.mode")}</Table.Th>
                  <Table.Th scope="col">{t("questionnaires.history.recordedBy")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((q) => {
                  const band = who5Band(q.score);
                  return (
                    <Table.Tr key={q.id}>
                      <Table.Td>{formatDate(q.answeredOn, i18n.language)}</Table.Td>
                      <Table.Td fw={700}>{q.score}</Table.Td>
                      <Table.Td>
                        <Badge color={bandColor[band]} variant="light">
                          {band === "ok" ? "≥ 50" : band === "low" ? "< 50" : "≤ 28"}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{t(`questionnaires.modes.${q.mode}`)}</Table.Td>
                      <Table.Td>{q.recordedBy ?? ""}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Text size="xs" c="dimmed">
            {t("questionnaires.who5.readingHelp")} {t("questionnaires.who5.source")}
          </Text>
        </Stack>
      )}
    </section>
  );
};

/** Satisfaction answers, newest first: each statement's answer (1-5), the score and the person's comment. */
export const SatisfactionHistory = ({ items }: { items: Questionnaire[] }) => {
  const { t, i18n } = useTranslation();
  const headers = shortItemTexts(t);
  return (
    <section aria-labelledby="satisfaction-history-title">
      <Title order={3} size="h4" id="satisfaction-history-title" mb={4}>
        {t("questionnaires.history.satisfactionTitle")}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t("questionnaires.satisfaction.notValidated")} {t("questionnaires.satisfaction.scoreHelp")}
      </Text>
      {items.length === 0 ? (
        <Text c="dimmed">{t("questionnaires.history.emptySatisfaction")}</Text>
      ) : (
        <TableScroll label={t("questionnaires.history.satisfactionTitle")} minWidth={900}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("questionnaires.history.date")}</Table.Th>
                {headers.map((h) => (
                  <Table.Th scope="col" key={h}>
                    {h}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t("questionnaires.history.score")}</Table.Th>
                <Table.Th scope="col">{t("questionnaires.history.comment")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((q) => (
                <Table.Tr key={q.id}>
                  <Table.Td>{formatDate(q.answeredOn, i18n.language)}</Table.Td>
                  {q.answers.map((a, i) => (
                    <Table.Td key={headers[i] ?? i}>{a} / 5</Table.Td>
                  ))}
                  <Table.Td fw={700}>{q.score}</Table.Td>
                  <Table.Td>{q.comment || t("questionnaires.history.noComment")}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
};
