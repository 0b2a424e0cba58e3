import { Alert, Anchor, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isApiError } from "../../api/api-error";
import { useErrorMessage } from "../hooks/use-error-message";

type ErrorStateProps = { error: unknown; onRetry?: () => void; title?: string };

/** A record the user may not see (403) or that does not exist (404): trying again would not help. */
const isFinal = (error: unknown): boolean => isApiError(error) && (error.status === 403 || error.status === 404);

/** A failed load: what happened in plain words, and a way to try again (or a way back). */
export const ErrorState = ({ error, onRetry, title }: ErrorStateProps) => {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const final = isFinal(error);
  return (
    <Alert color="red" title={title ?? t("errors.title")} role="alert" variant="light">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message(error)}</Text>
        {final ? (
          <Anchor component={Link} to="/caseload" size="sm">
            {t("errors.backToCaseload")}
          </Anchor>
        ) : onRetry ? (
          <Button variant="default" size="xs" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
};
