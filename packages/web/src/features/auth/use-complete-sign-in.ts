import type { Me } from "@passerelle/domain";
import { useQueryClient } from "@tanstack/react-query";
import { meKeys, setupKeys } from "../../api/query-keys";
import { takePickedLanguage } from "../../i18n/language-storage";
import { updateMe } from "./auth-api";

/**
 * After sign-in or setup: store the user, and if a language was chosen on the public page, keep it by saving
 * it to the account (otherwise the account's language applies).
 */
export const useCompleteSignIn = () => {
  const queryClient = useQueryClient();
  return async (me: Me): Promise<void> => {
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKeys.me[0] && q.queryKey[0] !== setupKeys.status[0] });
    const picked = takePickedLanguage();
    if (picked && picked !== me.user.locale) {
      queryClient.setQueryData<Me>(meKeys.me, { ...me, user: { ...me.user, locale: picked } });
      try {
        queryClient.setQueryData<Me>(meKeys.me, await updateMe({ locale: picked }));
      } catch {
        // Not fatal: the language stays applied on this device.
      }
      return;
    }
    queryClient.setQueryData<Me>(meKeys.me, me);
  };
};
