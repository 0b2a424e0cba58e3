import type {
  CreateEmployerContactInput,
  CreateEmployerInput,
  Employer,
  EmployerContact,
  EmployerDetail,
  EmployerStage,
  EmployerSummary,
  UpdateEmployerInput,
} from "@passerelle/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";

export type EmployerListParams = { q?: string; stage?: EmployerStage | ""; limit: number; offset: number };

/** Everything about one employer lives under `employerKeys.detail(id)`, so one invalidation refreshes the page. */
export const employerKeys = {
  lists: ["employers"] as const,
  list: (params: EmployerListParams) => [...employerKeys.lists, params] as const,
  detail: (id: string) => ["employer", id] as const,
  contacts: (id: string) => [...employerKeys.detail(id), "contacts"] as const,
};

/** A page of the register as lines (`view=summary`): lists and pickers show names, stages, towns and dates only. */
export const useEmployers = (params: EmployerListParams) =>
  useQuery({
    queryKey: employerKeys.list(params),
    queryFn: ({ signal }) => api.get<{ items: EmployerSummary[]; total: number }>("/employers", { ...params, view: "summary" }, signal),
    placeholderData: keepPreviousData,
  });

export const useEmployer = (id: string) =>
  useQuery({ queryKey: employerKeys.detail(id), queryFn: () => api.get<EmployerDetail>(`/employers/${id}`) });

export const useEmployerContacts = (id: string) =>
  useQuery({
    queryKey: employerKeys.contacts(id),
    queryFn: () => api.get<{ items: EmployerContact[]; total: number }>(`/employers/${id}/contacts`, { limit: 200 }),
  });

const useInvalidateEmployer = () => {
  const queryClient = useQueryClient();
  return (id?: string) => {
    if (id) void queryClient.invalidateQueries({ queryKey: employerKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: employerKeys.lists });
  };
};

export const useCreateEmployer = () => {
  const invalidate = useInvalidateEmployer();
  return useMutation({ mutationFn: (input: CreateEmployerInput) => api.post<Employer>("/employers", input), onSuccess: () => invalidate() });
};

export const useUpdateEmployer = (id: string) => {
  const invalidate = useInvalidateEmployer();
  return useMutation({ mutationFn: (input: UpdateEmployerInput) => api.patch<Employer>(`/employers/${id}`, input), onSuccess: () => invalidate(id) });
};

/** A contact changes the log, the employer's dates, and possibly the dates of employers who attended a session. */
export const useLogEmployerContact = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateEmployerContactInput) => api.post<EmployerContact>(`/employers/${id}/contacts`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["employer"] });
      void queryClient.invalidateQueries({ queryKey: employerKeys.lists });
    },
  });
};
