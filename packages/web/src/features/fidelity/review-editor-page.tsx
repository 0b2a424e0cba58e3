import "./fidelity-print.css";
import { Alert, Anchor, Badge, Button, Grid, Group, Stack, TagsInput, Text, Title } from "@mantine/core";
import {
  type FidelityAction,
  type FidelityItemId,
  type FidelityReview,
  type FidelityReviewItem,
  type FidelityReviewItems,
  fidelityScaleFor,
  scoreReview,
} from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isApiError } from "../../api/api-error";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { formatDate } from "../../shared/format/dates";
import { useVersionedForm } from "../../shared/forms/use-versioned-form";
import { useAccess } from "../../shared/hooks/use-access";
import { ActionPlanSection } from "./action-plan-section";
import { useMembers } from "../programs/programs-queries";
import { useFidelityReview, useUpdateFidelityReview } from "./fidelity-api";
import { useFidelityIndicators } from "./indicators-api";
import { periodLabel, pick } from "./fidelity-labels";
import { ItemIndicator } from "./item-indicator";
import { ReviewItemCard } from "./review-item-card";
import { ReviewScoreSummary } from "./review-score-summary";

type Draft = { items: FidelityReviewItems; reviewers: string[]; actionPlan: FidelityAction[] };
const draftOf = (review: FidelityReview): Draft => ({ items: review.items, reviewers: review.reviewers, actionPlan: review.actionPlan });
const emptyItem: FidelityReviewItem = { score: null, evidence: "", suggestedScore: null };

const Editor = ({ review }: { review: FidelityReview }) => {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const update = useUpdateFidelityReview(review.id);
  const form = useVersionedForm<Draft>(draftOf(review), review.version);
  const [saved, setSaved] = useState<string | null>(null);
  const scale = fidelityScaleFor(review.scaleVersion);
  const canWrite = access.can("fidelity.write", review.programId);
  const readOnly = !canWrite || review.status === "final";
  const values = form.values;
  const exemplaryFrom = review.bands.find((b) => b.band === "exemplary")?.from;
  const score = scoreReview(values.items, { exemplaryFrom });
  // What the records say over the review's period: one request for the 22 items the records tell something of.
  const indicators = useFidelityIndicators(review.programId, review.periodFrom, review.periodTo);
  const indicatorOf = new Map((indicators.data?.indicators ?? []).map((i) => [i.itemId, i]));
  const members = useMembers(review.programId);
  const specialistNames = new Map((members.data ?? []).map((m) => [m.userId, m.name]));

  const send = (extra: { status?: "draft" | "final" }, message: string) => {
    setSaved(null);
    // Reopening carries nothing else: a final review accepts no edit (the server says so too).
    const body = extra.status === "draft" ? { version: form.baseVersion, status: "draft" as const } : { version: form.baseVersion, ...values, ...extra };
    update.mutate(body, {
      onSuccess: (next) => {
        form.reset(draftOf(next), next.version);
        setSaved(message);
      },
      onError: (error) => {
        if (isApiError(error) && error.code === "stale_version" && error.current) {
          const current = error.current as FidelityReview;
          form.reset(draftOf(current), current.version);
        }
      },
    });
  };
  const setItem = (id: FidelityItemId, next: FidelityReviewItem) => form.update({ items: { ...values.items, [id]: next } });
  const takeSuggested = (id: FidelityItemId, suggested: number) => {
    const current = values.items[id] ?? emptyItem;
    setItem(id, { ...current, score: suggested, suggestedScore: suggested });
  };

  if (!scale) return <Alert color="red">{t("fidelityReviews.editor.unknownScale", { version: review.scaleVersion })}</Alert>;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="lg">
          {scale.sections.map((section) => (
            <section key={section.id} aria-labelledby={`section-${section.id}`}>
              <Title order={2} size="h3" id={`section-${section.id}`} mb="sm">
                {pick(section.title, i18n.language)}
              </Title>
              <Stack gap="md">
                {section.itemIds.map((id) => {
                  const item = scale.items.find((x) => x.id === id)!;
                  return (
                    <ReviewItemCard
                      key={id}
                      item={item}
                      value={values.items[id] ?? emptyItem}
                      readOnly={readOnly}
                      onChange={(next) => setItem(id, next)}
                      indicator={
                        <ItemIndicator indicator={indicatorOf.get(id)} specialistNames={specialistNames} onTakeSuggested={readOnly ? undefined : (s) => takeSuggested(id, s)} />
                      }
                    />
                  );
                })}
              </Stack>
            </section>
          ))}
          <ActionPlanSection actions={values.actionPlan} readOnly={readOnly} onChange={(actionPlan) => form.update({ actionPlan })} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="md" style={{ position: "sticky", top: 72 }}>
          <ReviewScoreSummary score={score} scale={scale} bands={review.bands} />
          <TagsInput
            label={t("fidelityReviews.fields.reviewers")}
            description={t("fidelityReviews.fields.reviewersHelp")}
            value={values.reviewers}
            onChange={(reviewers) => form.update({ reviewers })}
            maxTags={4}
            readOnly={readOnly}
            error={isApiError(update.error) ? update.error.fields.find((f) => f.path === "reviewers")?.message : undefined}
          />
          <FormErrorAlert error={update.error} />
          <SuccessAlert message={saved} />
          {form.dirty ? (
            <Text size="sm" c="dark.8" fw={600}>
              {t("fidelityReviews.editor.unsaved")}
            </Text>
          ) : null}
          <Group gap="sm" className="no-print">
            {readOnly ? null : (
              <>
                <Button onClick={() => send({}, t("fidelityReviews.editor.saved"))} loading={update.isPending}>
                  {t("fidelityReviews.editor.save")}
                </Button>
                <Button variant="light" color="green.9" onClick={() => send({ status: "final" }, t("fidelityReviews.editor.finalised"))} disabled={score.total === null}>
                  {t("fidelityReviews.editor.finalise")}
                </Button>
              </>
            )}
            {review.status === "final" && canWrite ? (
              <Button variant="light" onClick={() => send({ status: "draft" }, t("fidelityReviews.editor.reopened"))} loading={update.isPending}>
                {t("fidelityReviews.editor.reopen")}
              </Button>
            ) : null}
            <Button variant="default" onClick={() => window.print()}>
              {t("fidelityReviews.editor.print")}
            </Button>
          </Group>
          {score.total === null && !readOnly ? (
            <Text size="xs" c="dark.4">
              {t("fidelityReviews.editor.finaliseHelp")}
            </Text>
          ) : null}
        </Stack>
      </Grid.Col>
    </Grid>
  );
};

/** /fidelity/reviews/:id: the review editor (read-only once final, or for a specialist). */
export const ReviewEditorPage = () => {
  const { t, i18n } = useTranslation();
  const { reviewId = "" } = useParams();
  const review = useFidelityReview(reviewId);
  if (review.isPending) return <LoadingState />;
  if (review.isError) {
    return (
      <>
        <PageHeader title={t("fidelityReviews.editor.titleShort")} />
        <ErrorState error={review.error} />
      </>
    );
  }
  const r = review.data;
  return (
    <>
      <Anchor component={Link} to="/fidelity" className="no-print" size="sm">
        {t("fidelityReviews.editor.back")}
      </Anchor>
      <PageHeader
        title={t("fidelityReviews.editor.title", { period: periodLabel(r, i18n.language) })}
        description={
          <>
            {r.programName} · {t("fidelityReviews.editor.reviewedOn", { date: formatDate(r.reviewedOn, i18n.language) })} · {t("fidelityReviews.editor.scaleVersion", { version: r.scaleVersion })}
          </>
        }
        actions={
          <Badge size="lg" variant={r.status === "final" ? "filled" : "outline"} color={r.status === "final" ? "blue.8" : "gray.8"}>
            {t(`fidelityReviews.status.${r.status}`)}
          </Badge>
        }
      />
      {r.status === "final" ? (
        <Alert color="blue" variant="light" mb="md">
          {t("fidelityReviews.editor.locked")}
        </Alert>
      ) : null}
      <Editor key={r.id} review={r} />
    </>
  );
};
