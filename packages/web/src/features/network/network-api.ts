import type { CloseOne, CreateCloseOneInput, CreateFamilyContactInput, FamilyContact, Network, Team, UpdateCloseOneInput } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { isApiError } from "../../api/api-error";
import { participantKeys } from "../../api/query-keys";
import { useInvalidateParticipant } from "../participants/participants-queries";

/** Under the person's key: any change to the person (a consent withdrawn) refreshes the sharing shown here too. */
export const networkKeys = {
  network: (id: string) => [...participantKeys.detail(id), "network"] as const,
  familyContacts: (id: string) => [...participantKeys.detail(id), "family-contacts"] as const,
  team: (id: string) => [...participantKeys.detail(id), "team"] as const,
};

export const useNetwork = (participantId: string) =>
  useQuery({ queryKey: networkKeys.network(participantId), queryFn: () => api.get<Network>(`/participants/${participantId}/network`) });

export const useFamilyContacts = (participantId: string) =>
  useQuery({
    queryKey: networkKeys.familyContacts(participantId),
    queryFn: () => api.get<{ items: FamilyContact[] }>(`/participants/${participantId}/family-contacts`),
  });

export const useTeam = (participantId: string) =>
  useQuery({ queryKey: networkKeys.team(participantId), queryFn: () => api.get<Team>(`/participants/${participantId}/team`) });

export const useAddCloseOne = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: CreateCloseOneInput) => api.post<CloseOne>(`/participants/${participantId}/network`, input),
    onSuccess: () => invalidate(participantId),
  });
};

/** On 409 the server sends the close one as it is now: the list shows it, and the form is reset from it. */
export const useUpdateCloseOne = (participantId: string, closeOneId: string) => {
  const invalidate = useInvalidateParticipant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateCloseOneInput) => api.patch<CloseOne>(`/participants/${participantId}/network/${closeOneId}`, input),
    onSuccess: () => invalidate(participantId),
    onError: (error) => {
      if (isApiError(error) && error.code === "stale_version") void queryClient.invalidateQueries({ queryKey: networkKeys.network(participantId) });
    },
  });
};

export const useLogFamilyContact = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: CreateFamilyContactInput) => api.post<FamilyContact>(`/participants/${participantId}/family-contacts`, input),
    onSuccess: () => invalidate(participantId),
  });
};
