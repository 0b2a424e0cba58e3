import { Anchor, Card, Table, Text, Title } from "@mantine/core";
import type { OutcomesFigures } from "@passerelle/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TableScroll } from "../../shared/components/table-scroll";
import { BenchmarkBar } from "./benchmark-bar";
import { FigureCard } from "./figure-card";
import { recordsLink } from "./figure-links";
import { FigureSection } from "./figure-section";
import { formatNumber } from "./format";
import type { OutcomesScopeParams } from "./outcomes-api";

/** The IPS target: 6 face-to-face employer contacts per specialist per week (fidelity item S5/Sv). */
export const EMPLOYER_CONTACTS_TARGET = 6;

const targetSentence = (value: number | null): "none" | "reached" | "below" => (value === null ? "none" : value >= EMPLOYER_CONTACTS_TARGET ? "reached" : "below");

/** Job development: face-to-face employer contacts, their weekly rate per specialist against the target, per specialist. */
export const EmployerContactFigures = ({ figures: f, scope }: { figures: OutcomesFigures; scope: OutcomesScopeParams }) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const tableTitleId = useId();
  const perWeek = f.employerContactsPerSpecialistPerWeek;
  // The bar runs to twice the target, so the target tick sits in its middle.
  const scale = EMPLOYER_CONTACTS_TARGET * 2;
  return (
    <FigureSection title={t("outcomes.sections.employerContacts")} wide>
      <FigureCard
        title={t("outcomes.figures.employerContactsFaceToFace.title")}
        value={String(f.employerContactsFaceToFace.count)}
        definition={t("outcomes.figures.employerContactsFaceToFace.definition")}
        links={
          f.employerContactsFaceToFace.count > 0
            ? [{ to: recordsLink(scope, "employerContactsFaceToFace"), label: t("outcomes.links.employer_contact", { count: f.employerContactsFaceToFace.count }) }]
            : []
        }
      />
      <FigureCard
        title={t("outcomes.figures.employerContactsPerSpecialistPerWeek.title")}
        value={formatNumber(perWeek, lang)}
        definition={t("outcomes.figures.employerContactsPerSpecialistPerWeek.definition", { target: EMPLOYER_CONTACTS_TARGET })}
      >
        <BenchmarkBar
          rate={perWeek === null ? null : perWeek / scale}
          benchmarks={[
            { value: EMPLOYER_CONTACTS_TARGET / scale, tick: String(EMPLOYER_CONTACTS_TARGET), label: t("outcomes.benchmarks.target", { target: EMPLOYER_CONTACTS_TARGET }) },
          ]}
          summary={t(`outcomes.benchmarks.contacts.${targetSentence(perWeek)}`, { target: EMPLOYER_CONTACTS_TARGET })}
        />
      </FigureCard>
      {f.employerContactsBySpecialist.length > 0 ? (
        <Card withBorder radius="md" padding="md" style={{ gridColumn: "1 / -1" }} className="outcome-figure">
          <Title order={3} size="h5" id={tableTitleId} mb="xs">
            {t("outcomes.bySpecialist.title")}
          </Title>
          <TableScroll label={t("outcomes.bySpecialist.title")} minWidth={520}>
            <Table striped verticalSpacing="xs" aria-labelledby={tableTitleId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("outcomes.bySpecialist.specialist")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("outcomes.bySpecialist.faceToFace")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("outcomes.bySpecialist.perWeek")}
                  </Table.Th>
                  <Table.Th scope="col">{t("outcomes.bySpecialist.target", { target: EMPLOYER_CONTACTS_TARGET })}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {f.employerContactsBySpecialist.map((row) => (
                  <Table.Tr key={row.specialistId}>
                    <Table.Th scope="row" fw={400}>
                      {row.name}
                    </Table.Th>
                    <Table.Td ta="right">
                      {row.faceToFace > 0 ? (
                        <Anchor
                          component={Link}
                          to={recordsLink(scope, "employerContactsFaceToFace", { specialistId: row.specialistId })}
                          aria-label={t("outcomes.bySpecialist.link", { count: row.faceToFace, name: row.name })}
                        >
                          {row.faceToFace}
                        </Anchor>
                      ) : (
                        0
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(row.perWeek, lang)}</Table.Td>
                    <Table.Td>
                      <Text span size="sm">
                        {row.perWeek >= EMPLOYER_CONTACTS_TARGET ? t("outcomes.bySpecialist.reached") : t("outcomes.bySpecialist.below")}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Text size="xs" c="dark.4" mt="xs">
            {t("outcomes.bySpecialist.definition")}
          </Text>
        </Card>
      ) : null}
    </FigureSection>
  );
};
