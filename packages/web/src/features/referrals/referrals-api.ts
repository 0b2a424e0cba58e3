import type { CreateReferralInput, DecideReferralInput, LogOutreachInput, Referral, ReferralStatus, ReferralView, Service } from "@passerelle/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { participantKeys } from "../../api/query-keys";

export type ReferralListParams = { status?: ReferralStatus | ""; limit: number; offset: number };

/** One referral lives under `referralKeys.detail(id)`; every list under `referralKeys.lists`. */
export const referralKeys = {
  lists: ["referrals"] as const,
  list: (params: ReferralListParams) => [...referralKeys.lists, params] as const,
  detail: (id: string) => ["referral", id] as const,
};

export const useReferrals = (params: ReferralListParams) =>
  useQuery({
    queryKey: referralKeys.list(params),
    queryFn: ({ signal }) => api.get<{ items: ReferralView[]; total: number }>("/referrals", { ...params }, signal),
    placeholderData: keepPreviousData,
  });

export const useReferral = (id: string) => useQuery({ queryKey: referralKeys.detail(id), queryFn: () => api.get<ReferralView>(`/referrals/${id}`) });

const useRefreshReferrals = () => {
  const queryClient = useQueryClient();
  return (referral?: { id: string }) => {
    if (referral) void queryClient.invalidateQueries({ queryKey: referralKeys.detail(referral.id) });
    void queryClient.invalidateQueries({ queryKey: referralKeys.lists });
  };
};

export const useCreateReferral = () => {
  const refresh = useRefreshReferrals();
  return useMutation({ mutationFn: (input: CreateReferralInput) => api.post<ReferralView>("/referrals", input), onSuccess: () => refresh() });
};

/** An accepted referral adds a person to the caseload: the participant lists are refreshed too. */
export const useDecideReferral = (id: string) => {
  const refresh = useRefreshReferrals();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecideReferralInput) => api.patch<Referral>(`/referrals/${id}`, input),
    onSuccess: (referral) => {
      refresh(referral);
      void queryClient.invalidateQueries({ queryKey: participantKeys.lists });
    },
  });
};

export const useLogOutreach = (id: string) => {
  const refresh = useRefreshReferrals();
  return useMutation({ mutationFn: (input: LogOutreachInput) => api.post<Referral>(`/referrals/${id}/outreach`, input), onSuccess: (r) => refresh(r) });
};

/** The program's partner services, for a team lead sending on a clinician's behalf (same cache as the register). */
export const useReferralServices = (programId: string, enabled: boolean) =>
  useQuery({
    queryKey: ["services", { programId }],
    queryFn: ({ signal }) => api.get<{ items: Service[]; total: number }>("/services", { programId }, signal),
    select: (data) => data.items,
    enabled: enabled && programId !== "",
    staleTime: 30_000,
  });
