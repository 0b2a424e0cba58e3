import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../shared/components/page-header";
import { ProgramsSection } from "./programs-section";
import { UsersSection } from "./users-section";

export const AdminPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("admin.title")} />
      <Stack gap="xl">
        <ProgramsSection />
        <UsersSection />
      </Stack>
    </>
  );
};
