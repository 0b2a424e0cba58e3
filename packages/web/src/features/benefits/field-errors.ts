import type { FieldErrors } from "../../shared/forms/field-errors";

/**
 * The message for a field of the comparison request: the exact path (`situation.person.age`) or any path under it
 * (`situation.person.housingBenefit.2026-03` for the one housing benefit input that fills every month).
 */
export const errorAt = (errors: FieldErrors, ...paths: string[]): string | undefined => {
  for (const path of paths) {
    if (errors[path]) return errors[path];
    const nested = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
    if (nested) return errors[nested];
  }
  return undefined;
};
