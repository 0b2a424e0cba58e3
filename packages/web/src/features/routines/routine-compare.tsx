import { Alert, Grid, Group, List, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { type Routine, type RoutineActivity, compareRoutines, routineQuestionKeys } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../shared/format/dates";
import { CategorySwatch, formatHours } from "./routine-parts";
import { shortTime, useRoutineText } from "./use-routine-text";
import { type ActivityMark, WeekView } from "./week-view";

/** Indexes of the activities of `all` that are in `changed` (compared by identity of the objects). */
const marksFor = (all: readonly RoutineActivity[], changed: readonly RoutineActivity[], mark: ActivityMark): Map<number, ActivityMark> => {
  const set = new Set(changed);
  return new Map(all.flatMap((a, i) => (set.has(a) ? [[i, mark] as const] : [])));
};

/**
 * Two versions side by side (the week before and after a job start, say): each grid marks what is new or gone,
 * in words as well as by the border; then what changes day by day, the hours per category, and the questions
 * whose answer changed.
 */
export const RoutineCompare = ({ versions }: { versions: readonly Routine[] }) => {
  const { t, i18n } = useTranslation();
  const text = useRoutineText();
  const [beforeId, setBeforeId] = useState(versions[1]?.id ?? "");
  const [afterId, setAfterId] = useState(versions[0]?.id ?? "");
  const before = versions.find((v) => v.id === beforeId);
  const after = versions.find((v) => v.id === afterId);
  const options = versions.map((v) => ({ value: v.id, label: `${v.label} (${formatDate(v.validFrom, i18n.language)})` }));
  const comparison = before && after && before.id !== after.id ? compareRoutines(before, after) : null;
  const added = comparison?.days.flatMap((d) => d.added) ?? [];
  const removed = comparison?.days.flatMap((d) => d.removed) ?? [];
  // Both grids on the same hours, so the same moment sits at the same height side by side.
  const hours = before && after ? { firstHour: Math.min(before.firstHour, after.firstHour), lastHour: Math.max(before.lastHour, after.lastHour) } : null;
  const item = (a: RoutineActivity) => `${text.title(a)} (${shortTime(a.start)} – ${shortTime(a.end)})`;
  const signed = (n: number) => (n > 0 ? `+${formatHours(n, i18n.language)}` : formatHours(n, i18n.language));

  return (
    <Stack gap="md" component="section" aria-labelledby="routine-compare-title">
      <Title order={2} size="h3" id="routine-compare-title">
        {t("routines.compare.title")}
      </Title>
      <Group gap="md">
        <NativeSelect label={t("routines.compare.before")} value={beforeId} onChange={(e) => setBeforeId(e.currentTarget.value)} data={options} miw={260} />
        <NativeSelect label={t("routines.compare.after")} value={afterId} onChange={(e) => setAfterId(e.currentTarget.value)} data={options} miw={260} />
      </Group>
      {!comparison || !before || !after ? (
        <Alert color="gray" variant="light">
          {t("routines.compare.same")}
        </Alert>
      ) : (
        <>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap={4}>
                <Title order={3} size="h5">{`${t("routines.compare.before")} : ${before.label}`}</Title>
                <WeekView grid={{ ...before, ...hours }} variant="compact" label={`${t("routines.compare.before")} : ${before.label}`} marks={marksFor(before.activities, removed, "removed")} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap={4}>
                <Title order={3} size="h5">{`${t("routines.compare.after")} : ${after.label}`}</Title>
                <WeekView grid={{ ...after, ...hours }} variant="compact" label={`${t("routines.compare.after")} : ${after.label}`} marks={marksFor(after.activities, added, "added")} />
              </Stack>
            </Grid.Col>
          </Grid>
          <Title order={3} size="h5">
            {t("routines.compare.changes")}
          </Title>
          <List spacing={4} size="sm">
            {comparison.days.map((d) => (
              <List.Item key={d.day}>
                <Text span fw={600} size="sm">
                  {text.day(d.day)}
                </Text>
                {" : "}
                {d.added.length === 0 && d.removed.length === 0
                  ? t("routines.compare.noChange")
                  : [
                      d.added.length > 0 ? `${t("routines.compare.added")} ${d.added.map(item).join(", ")}` : "",
                      d.removed.length > 0 ? `${t("routines.compare.removed")} ${d.removed.map(item).join(", ")}` : "",
                    ]
                      .filter(Boolean)
                      .join(" ; ")}
              </List.Item>
            ))}
          </List>
          {comparison.categories.length > 0 ? (
            <Table withTableBorder striped verticalSpacing={4} maw={520}>
              <Table.Caption>{t("routines.compare.categories")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("routines.hours.category")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("routines.compare.before")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("routines.compare.after")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("routines.compare.delta")}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {comparison.categories.map((c) => (
                  <Table.Tr key={c.category}>
                    <Table.Th scope="row" fw="normal">
                      <span className="routine-category-chip">
                        <CategorySwatch category={c.category} />
                        {text.category(c.category)}
                      </span>
                    </Table.Th>
                    <Table.Td ta="right">{t("routines.hours.value", { hours: formatHours(c.before, i18n.language) })}</Table.Td>
                    <Table.Td ta="right">{t("routines.hours.value", { hours: formatHours(c.after, i18n.language) })}</Table.Td>
                    <Table.Td ta="right">{t("routines.hours.value", { hours: signed(c.delta) })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          <Title order={3} size="h5">
            {t("routines.compare.answersChanged")}
          </Title>
          {comparison.answersChanged.length === 0 ? (
            <Text size="sm">{t("routines.compare.noAnswersChanged")}</Text>
          ) : (
            <List size="sm" spacing={6}>
              {comparison.answersChanged.map((k) => (
                <List.Item key={k}>
                  <Text span fw={600} size="sm">{`${routineQuestionKeys.indexOf(k) + 1}. ${t(`routines.questions.${k}`)}`}</Text>
                  <Text size="sm" className="routine-answer">{`${t("routines.compare.before")} : ${before.answers[k] ?? "—"}`}</Text>
                  <Text size="sm" className="routine-answer">{`${t("routines.compare.after")} : ${after.answers[k] ?? "—"}`}</Text>
                </List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </Stack>
  );
};
