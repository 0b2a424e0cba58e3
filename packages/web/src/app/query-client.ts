import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "../api/api-error";
import { meKeys } from "../api/query-keys";

/**
 * One client for the app. A 401 anywhere means the session ended: the "me" query is refreshed, which sends
 * the user to the sign-in page. Client errors (4xx) are not retried.
 */
export const createQueryClient = (): QueryClient => {
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && error.code !== "invalid_credentials") {
      void client.invalidateQueries({ queryKey: meKeys.me });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return client;
};
