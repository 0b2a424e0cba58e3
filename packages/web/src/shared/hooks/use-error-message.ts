import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import fr from "../../i18n/fr.json";

type ErrorKey = keyof typeof fr.errors;
const isKnownErrorCode = (code: string): code is ErrorKey => Object.hasOwn(fr.errors, code);

/** A translated, human sentence for any error thrown by the API client (or anything else). */
export const useErrorMessage = (): ((error: unknown) => string) => {
  const { t } = useTranslation();
  return (error) => {
    if (isApiError(error)) {
      if (isKnownErrorCode(error.code)) return t(`errors.${error.code}`);
      return error.message || t("errors.unexpected_response");
    }
    return t("errors.unexpected_response");
  };
};
