import { type createUserInput, type setMembershipsInput, type UserWithMemberships } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../api/api-client";
import { meKeys, programKeys, userKeys } from "../../api/query-keys";
import { createProgram } from "../programs/programs-api";

export type CreateUserInput = z.input<typeof createUserInput>;
export type MembershipInput = z.input<typeof setMembershipsInput>["memberships"][number];

export const useUsers = () =>
  useQuery({
    queryKey: userKeys.all,
    queryFn: () => api.get<{ items: UserWithMemberships[] }>("/users"),
    select: (data) => [...data.items].sort((a, b) => a.name.localeCompare(b.name, "fr")),
  });

export const useCreateProgram = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgram,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: programKeys.all });
      void queryClient.invalidateQueries({ queryKey: meKeys.me });
    },
  });
};

export const useCreateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<UserWithMemberships>("/users", input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      void queryClient.invalidateQueries({ queryKey: programKeys.all });
    },
  });
};

/** Roles decide what a person sees: after a change, members lists and the signed-in user are refreshed. */
export const useSetMemberships = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, memberships }: { userId: string; memberships: MembershipInput[] }) =>
      api.put<UserWithMemberships>(`/users/${userId}/memberships`, { memberships }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      void queryClient.invalidateQueries({ queryKey: programKeys.all });
      void queryClient.invalidateQueries({ queryKey: meKeys.me });
    },
  });
};
