import {
  type CareerProfile,
  type CareerProfileData,
  careerProfileDataSchema,
  emptyCareerProfile,
} from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { isApiError } from "../../api/api-error";
import { participantKeys } from "../../api/query-keys";
import { useInvalidateParticipant } from "../participants/participants-queries";

export type ProfileVersion = { version: number; savedAt: string; savedBy: string | null; data: CareerProfileData };

/** Whatever the server stored, the form gets every field (defaults fill what is missing). */
export const normalizeProfileData = (data: unknown): CareerProfileData => {
  const parsed = careerProfileDataSchema.safeParse(data ?? {});
  return parsed.success ? parsed.data : { ...emptyCareerProfile(), ...(data as Partial<CareerProfileData>) };
};

const normalizeProfile = (profile: CareerProfile): CareerProfile => ({ ...profile, data: normalizeProfileData(profile.data) });

export const useProfile = (participantId: string) =>
  useQuery({
    queryKey: participantKeys.profile(participantId),
    queryFn: async () => normalizeProfile(await api.get<CareerProfile>(`/participants/${participantId}/profile`)),
  });

export const useProfileHistory = (participantId: string) =>
  useQuery({
    queryKey: participantKeys.profileHistory(participantId),
    queryFn: async () => {
      const history = await api.get<{ items: ProfileVersion[] }>(`/participants/${participantId}/profile/history`);
      return history.items.map((v) => ({ ...v, data: normalizeProfileData(v.data) }));
    },
  });

/** PUT with the version read; a 409 puts the current profile (sent by the server) in the cache. */
export const useSaveProfile = (participantId: string) => {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: { version: number; data: CareerProfileData }) =>
      api.put<CareerProfile>(`/participants/${participantId}/profile`, input),
    onSuccess: (profile) => {
      queryClient.setQueryData(participantKeys.profile(participantId), normalizeProfile(profile));
      invalidate(participantId);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === "stale_version" && error.current) {
        queryClient.setQueryData(participantKeys.profile(participantId), normalizeProfile(error.current as CareerProfile));
      }
    },
  });
};
