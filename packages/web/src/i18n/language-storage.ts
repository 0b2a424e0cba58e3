import { type Locale, locales } from "@passerelle/domain";

const STORAGE_KEY = "passerelle.language";
const PICKED_KEY = "passerelle.language-picked";

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (locales as readonly string[]).includes(value);

const safeGet = (storage: Storage | undefined, key: string): string | null => {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
};

const safeSet = (storage: Storage | undefined, key: string, value: string | null): void => {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Private browsing or storage disabled: the language simply is not remembered.
  }
};

const local = (): Storage | undefined => (typeof window === "undefined" ? undefined : window.localStorage);
const session = (): Storage | undefined => (typeof window === "undefined" ? undefined : window.sessionStorage);

/** The language to start with: the one saved on this device, else French (the product's first language). */
export const initialLanguage = (): Locale => {
  const saved = safeGet(local(), STORAGE_KEY);
  return isLocale(saved) ? saved : "fr";
};

export const saveLanguage = (language: Locale): void => safeSet(local(), STORAGE_KEY, language);

/** Remembers that the language was chosen on a public page, so it is saved to the account at sign-in. */
export const markLanguagePicked = (language: Locale): void => safeSet(session(), PICKED_KEY, language);
export const takePickedLanguage = (): Locale | null => {
  const picked = safeGet(session(), PICKED_KEY);
  safeSet(session(), PICKED_KEY, null);
  return isLocale(picked) ? picked : null;
};
