import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { saveLanguage } from "../../i18n/language-storage";

/** When the account's language changes (sign-in, another device), the UI follows it. */
export const useLocaleFromAccount = (locale: "fr" | "en" | undefined): void => {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (locale && locale !== i18n.language) {
      void i18n.changeLanguage(locale);
      saveLanguage(locale);
    }
  }, [locale, i18n]);
};
