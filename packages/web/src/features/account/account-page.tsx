import { Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../shared/components/page-header";
import { useMe } from "../auth/me-queries";
import { LanguageForm } from "./language-form";
import { PasswordForm } from "./password-form";

export const AccountPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeader title={t("account.title")} />
      <Stack gap="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="me-title" maw={560}>
          <Title order={2} size="h3" id="me-title" mb="sm">
            {t("account.profileTitle")}
          </Title>
          <Stack gap={4}>
            <Text>
              <Text span fw={600}>{t("common.labelColon", { label: t("account.name") })}</Text> {me.user.name}
            </Text>
            <Text>
              <Text span fw={600}>{t("common.labelColon", { label: t("account.email") })}</Text> {me.user.email}
            </Text>
            <Text fw={600} mt="xs">
              {t("account.roles")}
            </Text>
            {me.user.isAdmin ? <Text size="sm">{t("admin.isAdmin")}</Text> : null}
            {me.memberships.map((m) => (
              <Text size="sm" key={m.programId}>
                {m.programName} · {t(`roles.${m.role}`)}
              </Text>
            ))}
          </Stack>
        </Card>
        <LanguageForm />
        <PasswordForm />
      </Stack>
    </>
  );
};
