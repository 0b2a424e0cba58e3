import { Button, Card, Group, Stack, TagsInput, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { isApiError } from "../../api/api-error";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { todayIso } from "../../shared/format/dates";
import { useCreateFidelityReview } from "./fidelity-api";

/** The last full quarter before today: the period a review usually covers. */
const lastQuarter = (today: string): { from: string; to: string } => {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const [y, q] = quarter === 0 ? [year - 1, 3] : [year, quarter - 1];
  const from = `${y}-${String(q * 3 + 1).padStart(2, "0")}-01`;
  const end = new Date(Date.UTC(y, q * 3 + 3, 0)).toISOString().slice(0, 10);
  return { from, to: end };
};

/** "Nouvelle revue": the period, the day of the review and its reviewers (two, usually; four at most). */
export const NewReviewForm = ({ programId }: { programId: string }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateFidelityReview();
  const today = todayIso();
  const quarter = lastQuarter(today);
  const [periodFrom, setPeriodFrom] = useState(quarter.from);
  const [periodTo, setPeriodTo] = useState(quarter.to);
  const [reviewedOn, setReviewedOn] = useState(today);
  const [reviewers, setReviewers] = useState<string[]>([]);
  const fieldError = (path: string) => (isApiError(create.error) ? create.error.fields.find((f) => f.path === path)?.message : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ programId, periodFrom, periodTo, reviewedOn, reviewers }, { onSuccess: (review) => void navigate(`/fidelity/reviews/${review.id}`) });
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-review-title">
      <Title order={2} size="h4" id="new-review-title" mb="sm">
        {t("fidelityReviews.new.title")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput type="date" label={t("fidelityReviews.fields.periodFrom")} value={periodFrom} onChange={(e) => setPeriodFrom(e.currentTarget.value)} error={fieldError("periodFrom")} required />
            <TextInput type="date" label={t("fidelityReviews.fields.periodTo")} value={periodTo} onChange={(e) => setPeriodTo(e.currentTarget.value)} error={fieldError("periodTo")} required />
            <TextInput type="date" label={t("fidelityReviews.fields.reviewedOn")} value={reviewedOn} onChange={(e) => setReviewedOn(e.currentTarget.value)} error={fieldError("reviewedOn")} required />
          </Group>
          <TagsInput
            label={t("fidelityReviews.fields.reviewers")}
            description={t("fidelityReviews.fields.reviewersHelp")}
            value={reviewers}
            onChange={setReviewers}
            maxTags={4}
            error={fieldError("reviewers")}
            required
            maw={560}
          />
          <FormErrorAlert error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("fidelityReviews.new.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
};
