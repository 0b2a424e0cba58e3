import type { Locale, Me } from "@passerelle/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { meKeys } from "../api/query-keys";
import { updateMe } from "../features/auth/auth-api";
import { markLanguagePicked, saveLanguage } from "./language-storage";

/**
 * Switches the UI language at once, remembers it on this device and, when signed in, saves it to the
 * account (optimistically, so a refetch of "me" does not switch it back).
 */
export const useChangeLanguage = () => {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (locale: Locale) => updateMe({ locale }),
    onSuccess: (me) => queryClient.setQueryData(meKeys.me, me),
  });

  const change = (locale: Locale) => {
    void i18n.changeLanguage(locale);
    saveLanguage(locale);
    const me = queryClient.getQueryData<Me | null>(meKeys.me);
    if (me) {
      if (me.user.locale === locale) return;
      queryClient.setQueryData<Me>(meKeys.me, { ...me, user: { ...me.user, locale } });
      save.mutate(locale);
    } else {
      markLanguagePicked(locale);
    }
  };

  return { change, error: save.error, isSaving: save.isPending };
};
