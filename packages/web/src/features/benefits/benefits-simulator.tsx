import { Stack } from "@mantine/core";
import { type BenefitsComparison, benefitsComparisonInputSchema, type CompareScenariosResponse } from "@passerelle/domain";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { useCompareBenefits } from "./benefits-api";
import { ComparisonResults } from "./comparison-results";
import { type SimulationDraft, toComparisonRequest } from "./simulation-draft";
import { SimulationForm } from "./simulation-form";

export type Computed = { input: BenefitsComparison; result: CompareScenariosResponse };

type Props = {
  initial: SimulationDraft;
  /** What to offer under the results (saving them as a plan, on a participant's record). */
  renderAfterResults?: (computed: Computed) => ReactNode;
};

/**
 * The counselling tool: describe the situation and the jobs, get the 12 months side by side. The form is checked
 * with the API's own schema before anything is sent; the six-month cumulation switch recomputes at once.
 */
export const BenefitsSimulator = ({ initial, renderAfterResults }: Props) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [computed, setComputed] = useState<Computed | null>(null);
  const [announce, setAnnounce] = useState("");
  const compare = useCompareBenefits();
  const resultsRef = useRef<HTMLDivElement>(null);
  const focusResults = useRef(false);

  useEffect(() => {
    if (computed && focusResults.current) {
      focusResults.current = false;
      resultsRef.current?.focus();
    }
  }, [computed]);

  const run = (next: SimulationDraft, form: HTMLFormElement | null) => {
    const parsed = benefitsComparisonInputSchema.safeParse(toComparisonRequest(next, (hours) => t("benefits.form.scenarioLabel", { hours })));
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    compare.mutate(parsed.data, {
      onSuccess: (result) => {
        focusResults.current = form !== null;
        setComputed({ input: parsed.data, result });
        setAnnounce(t("benefits.results.announce", { count: result.scenarios.length }));
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  const update = (patch: Partial<SimulationDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // The switch answers at once: "and without the six-month cumulation?"
    if (patch.returnToWorkCumulation !== undefined && computed) run(next, null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    run(draft, event.currentTarget);
  };

  return (
    <Stack gap="xl">
      <SimulationForm draft={draft} update={update} errors={errors} pending={compare.isPending} onSubmit={submit} />
      <FormErrorAlert error={compare.error && Object.keys(errors).length === 0 ? compare.error : null} />
      <div role="status" aria-live="polite" className="visually-hidden">
        {announce}
      </div>
      {computed ? (
        <section ref={resultsRef} tabIndex={-1} aria-labelledby="benefits-results-title" style={{ outline: "none" }}>
          <Stack gap="xl">
            <ComparisonResults comparison={computed.result} />
            {renderAfterResults?.(computed)}
          </Stack>
        </section>
      ) : null}
    </Stack>
  );
};
