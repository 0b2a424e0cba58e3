import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { useErrorMessage } from "../hooks/use-error-message";

/** The error of a submitted form, announced to screen readers (role=alert). Renders nothing without error. */
export const FormErrorAlert = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  const stale = isApiError(error) && error.code === "stale_version";
  return (
    <Alert color={stale ? "orange" : "red"} variant="light" role="alert" title={stale ? t("errors.staleTitle") : t("errors.title")}>
      {message(error)}
    </Alert>
  );
};

/**
 * A short confirmation after a save. The words go to a polite live region that is always present (so screen
 * readers announce them) and positioned out of the layout (so an empty one adds no gap); the visible alert
 * appears only with a message, hidden from assistive technology so the words are not read twice.
 */
export const SuccessAlert = ({ message }: { message: string | null }) => (
  <>
    <div role="status" aria-live="polite" className="visually-hidden">
      {message}
    </div>
    {message ? (
      <Alert aria-hidden="true" color="green" variant="light">
        {message}
      </Alert>
    ) : null}
  </>
);
