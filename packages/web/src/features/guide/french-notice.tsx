import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The manual's text is French only: said in English to an English-speaking user, said nothing to a French one. */
export const FrenchOnlyNotice = () => {
  const { t, i18n } = useTranslation();
  if (i18n.language === "fr") return null;
  return (
    <Alert color="blue" variant="light" title={t("guide.frenchOnly.title")}>
      {t("guide.frenchOnly.body")}
    </Alert>
  );
};
