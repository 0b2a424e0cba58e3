import { Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import type { FidelityBandRange, FidelityScale, ReviewScore } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { BandBadge } from "./band-badge";
import { pick, totalLabel } from "./fidelity-labels";

/** The running total as the reviewers score: sections, total (once all 25 are scored) and band, with the bands. */
export const ReviewScoreSummary = ({ score, scale, bands }: { score: ReviewScore; scale: FidelityScale; bands: FidelityBandRange[] }) => {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby="review-score-title" className="fidelity-score">
      <Stack gap="xs">
        <Title order={2} size="h4" id="review-score-title">
          {t("fidelityReviews.editor.runningTotal")}
        </Title>
        <Group gap="sm" aria-live="polite">
          <Text fw={700} size="lg" data-testid="review-total">
            {totalLabel(score, t)}
          </Text>
          <BandBadge band={score.band} />
        </Group>
        <Table verticalSpacing={4} fz="sm">
          <Table.Caption>{t("fidelityReviews.editor.sectionsCaption")}</Table.Caption>
          <Table.Tbody>
            {score.sections.map((s) => (
              <Table.Tr key={s.section}>
                <Table.Th scope="row" fw={400}>
                  {pick(scale.sections.find((x) => x.id === s.section)!.title, i18n.language)}
                </Table.Th>
                <Table.Td>
                  {s.sum} / {s.max}
                  {s.missing > 0 ? ` (${t("fidelityReviews.editor.missing", { count: s.missing })})` : ""}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dark.4">
          {bands
            .map((b) => `${t(`fidelityReviews.bands.${b.band}`)} ${b.from}–${b.to}${b.unconfirmed ? ` (${t("fidelityReviews.unconfirmed.short")})` : ""}`)
            .join(" · ")}
        </Text>
      </Stack>
    </Card>
  );
};
