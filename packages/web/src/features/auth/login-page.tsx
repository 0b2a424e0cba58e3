import { Alert, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import type { LoginRedirectState } from "../../app/guards/require-auth";
import { PageHeader } from "../../shared/components/page-header";
import { LoadingState } from "../../shared/components/loading-state";
import { useErrorMessage } from "../../shared/hooks/use-error-message";
import { login } from "./auth-api";
import { useMeQuery } from "./me-queries";
import { useCompleteSignIn } from "./use-complete-sign-in";

const safeRedirect = (from: string | undefined): string =>
  from && from.startsWith("/") && !from.startsWith("//") && !from.startsWith("/login") ? from : "/";

export const LoginPage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const location = useLocation();
  const from = safeRedirect((location.state as LoginRedirectState | null)?.from);
  const me = useMeQuery();
  const completeSignIn = useCompleteSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  const signIn = useMutation({
    mutationFn: login,
    onSuccess: async (data) => {
      await completeSignIn(data);
      void navigate(from, { replace: true });
    },
  });

  if (me.isPending) return <LoadingState />;
  if (me.data && !signIn.isPending && !signIn.isSuccess) return <Navigate to={from} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <>
      <PageHeader title={t("login.title")} description={t("login.intro")} />
      <form onSubmit={submit} noValidate>
        <Stack>
          {signIn.isError ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(signIn.error)}
            </Alert>
          ) : null}
          <TextInput
            label={t("login.email")}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t("login.password")}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={signIn.isPending}>
            {t("login.submit")}
          </Button>
          {signIn.isPending ? (
            <Text size="sm" role="status">
              {t("login.submitting")}
            </Text>
          ) : null}
        </Stack>
      </form>
    </>
  );
};
