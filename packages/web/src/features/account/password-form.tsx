import { Button, Card, PasswordInput, Stack, Title } from "@mantine/core";
import { changePasswordInput } from "@passerelle/domain";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { changePassword } from "../auth/auth-api";

export const PasswordForm = () => {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const change = useMutation({ mutationFn: changePassword });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const parsed = changePasswordInput.safeParse({ currentPassword, newPassword });
    const next: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error, t);
    if (!currentPassword) next.currentPassword = t("validation.required");
    if (confirm !== newPassword) next.confirm = t("validation.passwords_differ");
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.success) {
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    change.mutate(parsed.data, {
      onSuccess: () => {
        setCurrent("");
        setNew("");
        setConfirm("");
        setDone(true);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="password-title" maw={560}>
      <Title order={2} size="h3" id="password-title" mb="md">
        {t("account.passwordTitle")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert error={change.error} />
          <PasswordInput
            label={t("account.currentPassword")}
            required
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errors.currentPassword}
          />
          <PasswordInput
            label={t("account.newPassword")}
            description={t("account.newPasswordHint")}
            required
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNew(e.currentTarget.value)}
            error={errors.newPassword}
          />
          <PasswordInput
            label={t("account.confirmPassword")}
            required
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={errors.confirm}
          />
          <SuccessAlert message={done ? t("account.passwordChanged") : null} />
          <Button type="submit" loading={change.isPending} w="fit-content">
            {t("account.changePassword")}
          </Button>
        </Stack>
      </form>
    </Card>
  );
};
