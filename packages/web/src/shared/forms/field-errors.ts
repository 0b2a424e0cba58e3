import type { TFunction } from "i18next";
import type { z } from "zod";
import { isApiError } from "../../api/api-error";
import fr from "../../i18n/fr.json";

export type FieldErrors = Record<string, string>;

type ValidationKey = keyof typeof fr.validation;
const isValidationKey = (value: string): value is ValidationKey => Object.hasOwn(fr.validation, value);

const messageForIssue = (issue: z.core.$ZodIssue, t: TFunction): string => {
  if (isValidationKey(issue.message)) return t(`validation.${issue.message}`);
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1 ? t("validation.required") : t("validation.too_small");
    case "too_big":
      return issue.origin === "string" ? t("validation.too_long") : t("validation.too_big");
    default:
      return t("validation.invalid");
  }
};

/** Turns zod issues into translated messages keyed by dotted path (first issue per field wins). */
export const zodFieldErrors = (error: z.ZodError, t: TFunction): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (!(path in errors)) errors[path] = messageForIssue(issue, t);
  }
  return errors;
};

/**
 * Field messages sent by the server (already translated from Accept-Language), keyed by dotted path.
 * `stripPrefixes` removes wrappers such as `body.` or `data.` so paths match the form's own.
 */
export const apiFieldErrors = (error: unknown, stripPrefixes: string[] = []): FieldErrors => {
  const errors: FieldErrors = {};
  if (!isApiError(error)) return errors;
  for (const field of error.fields) {
    let path = field.path.replace(/^\/+/, "").replace(/\//g, ".").replace(/\[(\d+)\]/g, ".$1");
    for (const prefix of ["body.", ...stripPrefixes]) if (path.startsWith(prefix)) path = path.slice(prefix.length);
    if (!(path in errors)) errors[path] = field.message;
  }
  return errors;
};
