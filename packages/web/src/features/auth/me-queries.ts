import type { Me } from "@passerelle/domain";
import { useQuery } from "@tanstack/react-query";
import { meKeys, setupKeys } from "../../api/query-keys";
import { fetchMe, fetchSetupStatus } from "./auth-api";

export const useSetupStatus = () =>
  useQuery({ queryKey: setupKeys.status, queryFn: fetchSetupStatus, staleTime: Number.POSITIVE_INFINITY });

export const useMeQuery = () => useQuery({ queryKey: meKeys.me, queryFn: fetchMe, staleTime: 60_000 });

/** The signed-in user. Only for components rendered under `RequireAuth`, which guarantees it is loaded. */
export const useMe = (): Me => {
  const { data } = useMeQuery();
  if (!data) throw new Error("useMe() used outside of a signed-in area");
  return data;
};
