import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";

/** Last resort when a page throws while rendering: a readable message and a way out, never a blank page. */
export const RouteErrorPage = () => {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
    document.title = t("errors.title");
  }, [error, t]);
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <Title order={1}>{t("errors.title")}</Title>
        <Text>{t("errors.unexpected_response")}</Text>
        <Button component="a" href="/" w="fit-content">
          {t("notFound.back")}
        </Button>
      </Stack>
    </Container>
  );
};
