import { Container } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { useSetupStatus } from "../../features/auth/me-queries";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";

/** Until the first program and administrator exist, every route leads to /setup (and /setup only then). */
export const SetupGate = () => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const setup = useSetupStatus();
  if (setup.isPending) return <LoadingState fullPage label={t("setup.checking")} />;
  if (setup.isError) {
    return (
      <Container size="sm" py="xl" component="main">
        <ErrorState error={setup.error} onRetry={() => void setup.refetch()} />
      </Container>
    );
  }
  if (setup.data.needed && pathname !== "/setup") return <Navigate to="/setup" replace />;
  if (!setup.data.needed && pathname === "/setup") return <Navigate to="/" replace />;
  return <Outlet />;
};
