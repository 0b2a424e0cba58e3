import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Each page has its own document title (WCAG 2.4.2), in the current language. */
export const usePageTitle = (page: string | null | undefined): void => {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t("app.documentTitle", { page }) : t("app.name");
  }, [page, t]);
};
