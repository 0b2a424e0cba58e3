import type { GuideAnswer, GuideSelfEvaluation } from "@passerelle/domain";
import { useState } from "react";
import { isApiError } from "../../api/api-error";
import { apiFieldErrors } from "../../shared/forms/field-errors";
import { useVersionedForm } from "../../shared/forms/use-versioned-form";
import { useSaveSelfEvaluation } from "./guide-api";

export type SelfEvaluationValues = { answers: Record<string, GuideAnswer>; notes: string };

const isSaved = (value: unknown): value is GuideSelfEvaluation =>
  typeof value === "object" && value !== null && "version" in value && "answers" in value;

/**
 * One chapter's grid as a form: the whole grid (answers and private notes) is saved at once, over the version it was
 * read at. A colleague cannot write it, but another tab of mine can: a 409 brings the saved grid back into the form.
 */
export const useSelfEvaluationForm = (programId: string, chapter: number, saved: GuideSelfEvaluation | undefined) => {
  const source: SelfEvaluationValues = { answers: saved?.answers ?? {}, notes: saved?.notes ?? "" };
  const form = useVersionedForm(source, saved?.version ?? 0);
  const save = useSaveSelfEvaluation(programId, chapter);
  const [savedMessage, setSavedMessage] = useState<"draft" | "completed" | "notes" | null>(null);

  const submit = (values: SelfEvaluationValues, completed: boolean, message: "draft" | "completed" | "notes") => {
    setSavedMessage(null);
    save.mutate(
      { version: form.baseVersion === 0 ? null : form.baseVersion, answers: values.answers, notes: values.notes, completed },
      {
        onSuccess: (result) => {
          form.reset({ answers: result.answers, notes: result.notes }, result.version);
          setSavedMessage(message);
        },
        onError: (error) => {
          if (isApiError(error) && error.code === "stale_version" && isSaved(error.current)) {
            form.reset({ answers: error.current.answers, notes: error.current.notes }, error.current.version);
          }
        },
      },
    );
  };

  return { ...form, submit, save, savedMessage, fieldErrors: apiFieldErrors(save.error) };
};
