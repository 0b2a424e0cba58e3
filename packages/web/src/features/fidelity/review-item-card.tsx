import { Badge, Card, Group, List, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import type { FidelityReviewItem, FidelityScaleItem } from "@passerelle/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { pick } from "./fidelity-labels";
import { UnconfirmedNote } from "./unconfirmed-note";

const scores = ["1", "2", "3", "4", "5"] as const;

type ReviewItemCardProps = {
  item: FidelityScaleItem;
  value: FidelityReviewItem;
  readOnly: boolean;
  onChange: (next: FidelityReviewItem) => void;
  /** The item's indicator from the records (helper E's panel), for the items the records tell something of. */
  indicator?: ReactNode;
};

/**
 * One IPS-25 item: what is assessed, what each score means (where the scale says it), the unconfirmed values
 * beside their item, what the records show, then the reviewers' score and their evidence.
 */
export const ReviewItemCard = ({ item, value, readOnly, onChange, indicator }: ReviewItemCardProps) => {
  const { t, i18n } = useTranslation();
  const titleId = `item-${item.id}-title`;
  const known = scores.filter((s) => item.anchors[s] !== null);
  const unknownCount = scores.length - known.length;
  return (
    <Card withBorder component="article" aria-labelledby={titleId} className="fidelity-item" data-item={item.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {item.id} · {pick(item.title, i18n.language)}
          </Title>
          <Badge variant="outline" color="gray.8">
            {t(`fidelityReviews.computability.${item.computability}`)}
          </Badge>
        </Group>
        <Text size="sm">{pick(item.description, i18n.language)}</Text>
        <div>
          <Text size="sm" fw={600}>
            {t("fidelityReviews.editor.anchors")}
          </Text>
          <List size="sm" spacing={2}>
            {[...known].reverse().map((s) => (
              <List.Item key={s}>
                <strong>{s}</strong> : {pick(item.anchors[s]!, i18n.language)}
              </List.Item>
            ))}
          </List>
          {unknownCount > 0 ? (
            <Text size="xs" c="dark.4">
              {t("fidelityReviews.editor.anchorsUnknown")}
            </Text>
          ) : null}
        </div>
        {item.unconfirmed.map((u) => (
          <UnconfirmedNote key={u.key} value={u} />
        ))}
        {indicator}
        <Radio.Group
          label={t("fidelityReviews.editor.score", { item: item.id })}
          value={value.score === null ? "" : String(value.score)}
          onChange={(v) => onChange({ ...value, score: v === "" ? null : Number(v) })}
          readOnly={readOnly}
        >
          <Group gap="md" mt={4}>
            {scores.map((s) => (
              <Radio key={s} value={s} label={s} disabled={readOnly} />
            ))}
            <Radio value="" label={t("fidelityReviews.editor.noScore")} disabled={readOnly} />
          </Group>
        </Radio.Group>
        {value.suggestedScore !== null ? (
          <Text size="xs" c="dark.4">
            {t("fidelityReviews.editor.suggestedTaken", { score: value.suggestedScore })}
          </Text>
        ) : null}
        <Textarea
          label={t("fidelityReviews.editor.evidence", { item: item.id })}
          autosize
          minRows={1}
          maxLength={4000}
          value={value.evidence}
          onChange={(e) => onChange({ ...value, evidence: e.currentTarget.value })}
          readOnly={readOnly}
        />
      </Stack>
    </Card>
  );
};
