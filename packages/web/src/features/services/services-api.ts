import type {
  CareServices,
  CreateReferentInput,
  CreateServiceInput,
  Service,
  ServiceReferent,
  SetCareServicesInput,
  UpdateReferentInput,
  UpdateServiceInput,
} from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { participantKeys } from "../../api/query-keys";

export type ServiceListParams = { programId?: string; includeArchived?: boolean };

/** The register under `serviceKeys.all`: any change refreshes every list (registers are small). */
export const serviceKeys = {
  all: ["services"] as const,
  list: (params: ServiceListParams) => [...serviceKeys.all, params] as const,
};

/** Care services live under the participant's key: refreshing the record refreshes the card. */
export const careServicesKey = (participantId: string) => [...participantKeys.detail(participantId), "care-services"] as const;

export const useServices = (params: ServiceListParams, enabled = true) =>
  useQuery({
    queryKey: serviceKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<{ items: Service[]; total: number }>("/services", { programId: params.programId, includeArchived: params.includeArchived ? "true" : undefined }, signal),
    select: (data) => data.items,
    enabled,
    staleTime: 30_000,
  });

const useInvalidateServices = () => {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: serviceKeys.all });
    // A renamed service or referent shows on the care services cards too.
    void queryClient.invalidateQueries({ queryKey: ["participant"] });
  };
};

export const useCreateService = () => {
  const invalidate = useInvalidateServices();
  return useMutation({ mutationFn: (input: CreateServiceInput) => api.post<Service>("/services", input), onSuccess: invalidate });
};

export const useUpdateService = (id: string) => {
  const invalidate = useInvalidateServices();
  return useMutation({ mutationFn: (input: UpdateServiceInput) => api.patch<Service>(`/services/${id}`, input), onSuccess: invalidate });
};

export const useAddReferent = (serviceId: string) => {
  const invalidate = useInvalidateServices();
  return useMutation({
    mutationFn: (input: CreateReferentInput) => api.post<ServiceReferent>(`/services/${serviceId}/referents`, input),
    onSuccess: invalidate,
  });
};

export const useUpdateReferent = (serviceId: string, referentId: string) => {
  const invalidate = useInvalidateServices();
  return useMutation({
    mutationFn: (input: UpdateReferentInput) => api.patch<ServiceReferent>(`/services/${serviceId}/referents/${referentId}`, input),
    onSuccess: invalidate,
  });
};

export const useCareServices = (participantId: string) =>
  useQuery({ queryKey: careServicesKey(participantId), queryFn: () => api.get<CareServices>(`/participants/${participantId}/care-services`) });

/** Saving bumps the participant's version (and may change which clinicians see them): the whole record is refreshed. */
export const useSetCareServices = (participantId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetCareServicesInput) => api.put<CareServices>(`/participants/${participantId}/care-services`, input),
    onSuccess: (data) => {
      queryClient.setQueryData(careServicesKey(participantId), data);
      void queryClient.invalidateQueries({ queryKey: participantKeys.detail(participantId) });
    },
  });
};
