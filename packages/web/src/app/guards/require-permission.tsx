import type { Permission } from "@passerelle/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "@mantine/core";
import { PageHeader } from "../../shared/components/page-header";
import { useAccess } from "../../shared/hooks/use-access";

type RequirePermissionProps = { permission?: Permission; adminOnly?: boolean; children: ReactNode };

/** Hides a page from roles that may not use it (the server refuses anyway): a clear message, no crash. */
export const RequirePermission = ({ permission, adminOnly = false, children }: RequirePermissionProps) => {
  const { t } = useTranslation();
  const access = useAccess();
  const allowed = adminOnly ? access.isAdmin : permission ? access.can(permission) : true;
  if (allowed) return <>{children}</>;
  return (
    <>
      <PageHeader title={t("forbidden.title")} />
      <Alert color="orange" variant="light" role="alert">
        {t("forbidden.text")}
      </Alert>
    </>
  );
};
