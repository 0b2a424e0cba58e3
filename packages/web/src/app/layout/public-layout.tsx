import { Box, Container, Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { LanguageSwitch } from "../../i18n/language-switch";
import { MAIN_CONTENT_ID, SkipLink } from "./skip-link";

/** Sign-in and setup: the app name, the language switch, and one card. */
export const PublicLayout = () => {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <Box component="header" px="md" py="sm" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={800} fz="xl" c="blue.9">
            {t("app.name")}
            <Text span c="dimmed" fz="sm" ml="xs" visibleFrom="xs">
              {t("app.tagline")}
            </Text>
          </Text>
          <LanguageSwitch withSavedError={false} />
        </Group>
      </Box>
      <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1} py={{ base: "md", sm: "xl" }} bg="gray.0" mih="calc(100vh - 60px)">
        <Container size="sm" px={{ base: "xs", sm: "md" }}>
          <Paper withBorder shadow="xs" p={{ base: "md", sm: "xl" }} radius="md">
            <Outlet />
          </Paper>
        </Container>
      </Box>
    </>
  );
};
