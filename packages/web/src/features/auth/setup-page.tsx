import { Button, Fieldset, NativeSelect, PasswordInput, Stack, TextInput } from "@mantine/core";
import { countries, setupInput } from "@passerelle/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { isApiError } from "../../api/api-error";
import { setupKeys } from "../../api/query-keys";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { PageHeader } from "../../shared/components/page-header";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { runSetup, type SetupInput } from "./auth-api";
import { useCompleteSignIn } from "./use-complete-sign-in";

type Country = (typeof countries)[number];
type SetupForm = { programName: string; country: Country; adminName: string; email: string; password: string; confirm: string };

export const SetupPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const completeSignIn = useCompleteSignIn();
  const [form, setForm] = useState<SetupForm>({
    programName: "",
    country: "FR",
    adminName: "",
    email: "",
    password: "",
    confirm: "",
  });
  const [errors, setErrors] = useState<FieldErrors>({});

  const setup = useMutation({
    mutationFn: (input: SetupInput) => runSetup(input),
    onSuccess: async (me) => {
      queryClient.setQueryData(setupKeys.status, { needed: false });
      await completeSignIn(me);
      void navigate("/", { replace: true });
    },
    onError: (error) => {
      setErrors(apiFieldErrors(error));
      // Someone finished the setup meanwhile: go to sign-in instead.
      if (isApiError(error) && error.code === "setup_done") queryClient.setQueryData(setupKeys.status, { needed: false });
    },
  });

  const set = <K extends keyof SetupForm>(key: K, value: SetupForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { confirm, ...input } = form;
    const parsed = setupInput.safeParse(input);
    const next: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error, t);
    if (confirm !== form.password) next.confirm = t("validation.passwords_differ");
    setErrors(next);
    if (!parsed.success || next.confirm) {
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setup.mutate(input);
  };

  return (
    <>
      <PageHeader title={t("setup.title")} description={t("setup.intro")} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <FormErrorAlert error={setup.error} />
          <Fieldset legend={t("setup.programSection")}>
            <Stack>
              <TextInput
                label={t("setup.programName")}
                description={t("setup.programNameHint")}
                required
                value={form.programName}
                onChange={(e) => set("programName", e.currentTarget.value)}
                error={errors.programName}
              />
              <NativeSelect
                label={t("setup.country")}
                value={form.country}
                onChange={(e) => set("country", e.currentTarget.value as Country)}
                data={countries.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t("setup.adminSection")}>
            <Stack>
              <TextInput
                label={t("setup.adminName")}
                required
                autoComplete="name"
                value={form.adminName}
                onChange={(e) => set("adminName", e.currentTarget.value)}
                error={errors.adminName}
              />
              <TextInput
                label={t("setup.email")}
                type="email"
                required
                autoComplete="email"
                value={form.email}
                onChange={(e) => set("email", e.currentTarget.value)}
                error={errors.email}
              />
              <PasswordInput
                label={t("setup.password")}
                description={t("setup.passwordHint")}
                required
                autoComplete="new-password"
                value={form.password}
                onChange={(e) => set("password", e.currentTarget.value)}
                error={errors.password}
              />
              <PasswordInput
                label={t("setup.passwordConfirm")}
                required
                autoComplete="new-password"
                value={form.confirm}
                onChange={(e) => set("confirm", e.currentTarget.value)}
                error={errors.confirm}
              />
            </Stack>
          </Fieldset>
          <Button type="submit" loading={setup.isPending}>
            {t("setup.submit")}
          </Button>
        </Stack>
      </form>
    </>
  );
};
