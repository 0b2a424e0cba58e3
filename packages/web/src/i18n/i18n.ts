import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { setApiLanguage } from "../api/api-client";
import en from "./en.json";
import fr from "./fr.json";
import { initialLanguage } from "./language-storage";

/** English must provide every key French has: this assignment fails to compile otherwise. */
const english: typeof fr = en;

export const resources = { fr: { translation: fr }, en: { translation: english } } as const;

const applyLanguage = (language: string): void => {
  document.documentElement.lang = language;
  setApiLanguage(language);
};

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: "fr",
  supportedLngs: ["fr", "en"],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

applyLanguage(i18n.language);
i18n.on("languageChanged", applyLanguage);
