import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../shared/components/page-header";

export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("notFound.title")} />
      <Text mb="md">{t("notFound.text")}</Text>
      <Anchor component={Link} to="/">
        {t("notFound.back")}
      </Anchor>
    </>
  );
};
