import { Button, Group, Text } from "@mantine/core";
import { type Locale, locales } from "@passerelle/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { isLocale } from "./language-storage";
import { useChangeLanguage } from "./use-change-language";

/** FR / EN toggle buttons: each says its language in that language, and which one is on (aria-pressed). */
export const LanguageSwitch = ({ withSavedError = true }: { withSavedError?: boolean }) => {
  const { t, i18n } = useTranslation();
  const { change, error } = useChangeLanguage();
  const labelId = useId();
  const current: Locale = isLocale(i18n.language) ? i18n.language : "fr";
  const names: Record<Locale, string> = { fr: t("language.fr"), en: t("language.en") };
  const short: Record<Locale, string> = { fr: t("language.frShort"), en: t("language.enShort") };
  return (
    <div>
      <Group gap={4} role="group" aria-labelledby={labelId} wrap="nowrap">
        <span id={labelId} hidden>
          {t("language.switchLabel")}
        </span>
        {locales.map((locale) => (
          <Button
            key={locale}
            size="compact-sm"
            variant={locale === current ? "filled" : "subtle"}
            aria-pressed={locale === current}
            aria-label={names[locale]}
            lang={locale}
            onClick={() => change(locale)}
          >
            {short[locale]}
          </Button>
        ))}
      </Group>
      {withSavedError && error ? (
        <Text size="xs" c="red.9" role="alert">
          {t("language.saveFailed")}
        </Text>
      ) : null}
    </div>
  );
};
