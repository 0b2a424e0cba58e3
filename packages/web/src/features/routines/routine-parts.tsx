import { List, Stack, Table, Text, Title } from "@mantine/core";
import { type RoutineActivity, type RoutineAnswers, type RoutineCategory, hoursByCategory, routineCategories, routineQuestionKeys } from "@passerelle/domain";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { CategoryPictogram, categoryColours } from "./routine-pictograms";

/** The category's colour and pictogram in a small square, the way blocks show them. */
export const CategorySwatch = ({ category }: { category: RoutineCategory }) => {
  const colour = categoryColours[category];
  const style = { "--routine-tint": `var(--mantine-color-${colour}-1)`, "--routine-edge": `var(--mantine-color-${colour}-8)` } as CSSProperties;
  return (
    <span className="routine-swatch" style={style} aria-hidden="true">
      <CategoryPictogram category={category} size="1.05em" />
    </span>
  );
};

/** The ten categories with their pictograms: what each colour and drawing means. */
export const CategoryLegend = ({ only }: { only?: readonly RoutineCategory[] }) => {
  const { t } = useTranslation();
  return (
    <ul className="routine-legend">
      {routineCategories
        .filter((c) => !only || only.includes(c))
        .map((c) => (
          <li key={c}>
            <CategorySwatch category={c} />
            {t(`routines.categories.${c}`)}
          </li>
        ))}
    </ul>
  );
};

export const formatHours = (hours: number, language: string): string => new Intl.NumberFormat(language === "en" ? "en-GB" : "fr-FR", { maximumFractionDigits: 1 }).format(hours);

/** Hours per category over the week, categories with time only. */
export const HoursTable = ({ activities }: { activities: readonly RoutineActivity[] }) => {
  const { t, i18n } = useTranslation();
  const hours = hoursByCategory(activities);
  const present = routineCategories.filter((c) => hours[c] > 0);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t("routines.hours.title")}
      </Title>
      {present.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("routines.hours.none")}
        </Text>
      ) : (
        <Table withTableBorder striped verticalSpacing={4} maw={360}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("routines.hours.category")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("routines.hours.hours")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {present.map((c) => (
              <Table.Tr key={c}>
                <Table.Th scope="row" fw="normal">
                  <span className="routine-category-chip">
                    <CategorySwatch category={c} />
                    {t(`routines.categories.${c}`)}
                  </span>
                </Table.Th>
                <Table.Td ta="right">{t("routines.hours.value", { hours: formatHours(hours[c], i18n.language) })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};

/** The manual's six instructions, shown beside the grid while it is built. */
export const RoutineInstructions = () => {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t("routines.instructions.title")}
      </Title>
      <List size="sm" spacing={6}>
        {(["i1", "i2", "i3", "i4", "i5", "i6"] as const).map((key) => (
          <List.Item key={key}>{t(`routines.instructions.${key}`)}</List.Item>
        ))}
      </List>
    </Stack>
  );
};

/** The answered questions, in the manual's order, in the person's words. */
export const AnswersView = ({ answers }: { answers: RoutineAnswers }) => {
  const { t } = useTranslation();
  const answered = routineQuestionKeys.filter((k) => (answers[k] ?? "").trim() !== "");
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t("routines.answers.title")}
      </Title>
      {answered.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("routines.answers.none")}
        </Text>
      ) : (
        <dl className="routine-answers">
          {answered.map((k) => (
            <div key={k}>
              <dt>
                <Text span fw={600} size="sm">
                  {`${routineQuestionKeys.indexOf(k) + 1}. ${t(`routines.questions.${k}`)}`}
                </Text>
              </dt>
              <dd className="routine-answer">{answers[k]}</dd>
            </div>
          ))}
        </dl>
      )}
    </Stack>
  );
};
