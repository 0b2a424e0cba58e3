import { Card, Radio, Stack, Text, Title } from "@mantine/core";
import { type Locale, locales } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { isLocale } from "../../i18n/language-storage";
import { useChangeLanguage } from "../../i18n/use-change-language";

export const LanguageForm = () => {
  const { t, i18n } = useTranslation();
  const { change, error } = useChangeLanguage();
  const current: Locale = isLocale(i18n.language) ? i18n.language : "fr";
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="language-title" maw={560}>
      <Title order={2} size="h3" id="language-title" mb={4}>
        {t("account.languageTitle")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("account.languageHint")}
      </Text>
      <Radio.Group
        label={t("language.label")}
        value={current}
        onChange={(value) => {
          if (isLocale(value)) change(value);
        }}
      >
        <Stack gap="xs" mt="xs">
          {locales.map((locale) => (
            <Radio key={locale} value={locale} label={t(`language.${locale}`)} lang={locale} />
          ))}
        </Stack>
      </Radio.Group>
      {error ? (
        <Text size="sm" c="red.9" role="alert" mt="sm">
          {t("language.saveFailed")}
        </Text>
      ) : null}
    </Card>
  );
};
