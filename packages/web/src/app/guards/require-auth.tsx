import { Container } from "@mantine/core";
import { Navigate, Outlet, useLocation } from "react-router";
import { useMeQuery } from "../../features/auth/me-queries";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { useLocaleFromAccount } from "./use-locale-from-account";

export type LoginRedirectState = { from?: string };

/** Signed-in area: loads the user, applies their language, or sends them to /login and back afterwards. */
export const RequireAuth = () => {
  const location = useLocation();
  const me = useMeQuery();
  useLocaleFromAccount(me.data?.user.locale);
  if (me.isPending) return <LoadingState fullPage />;
  if (me.isError) {
    return (
      <Container size="sm" py="xl" component="main">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  }
  if (!me.data) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet />;
};
