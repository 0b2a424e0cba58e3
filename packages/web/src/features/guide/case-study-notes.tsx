import { Button, Group, Stack, Textarea } from "@mantine/core";
import type { GuideSelfEvaluation } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { useSelfEvaluationForm } from "./use-self-evaluation-form";

/**
 * My own thoughts on David's case study: private, saved with my chapter-1 grid (its answers and completion are kept
 * as they are).
 */
export const CaseStudyNotes = ({ programId, saved }: { programId: string; saved: GuideSelfEvaluation | undefined }) => {
  const { t } = useTranslation();
  const form = useSelfEvaluationForm(programId, 1, saved);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.submit(form.values, saved?.completed ?? false, "notes");
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t("guide.caseStudy.notesLabel")}
          description={t("guide.caseStudy.notesHint")}
          value={form.values.notes}
          onChange={(e) => form.update({ notes: e.currentTarget.value })}
          autosize
          minRows={5}
          maxLength={10000}
          error={form.fieldErrors.notes}
        />
        <FormErrorAlert error={form.save.error} />
        <SuccessAlert message={form.savedMessage ? t("guide.grid.saved.notes") : null} />
        <Group>
          <Button type="submit" variant="light" loading={form.save.isPending}>
            {t("guide.caseStudy.saveNotes")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
