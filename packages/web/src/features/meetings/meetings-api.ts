import type {
  ActionItem,
  Agenda,
  CreateActionItemInput,
  CreateMeetingFlagInput,
  CreateMeetingInput,
  MeetingDetail,
  MeetingFlag,
  MeetingSummary,
  UpdateActionItemInput,
  UpdateMeetingInput,
} from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";

/** Everything about one meeting lives under `meetingKeys.detail(id)`: one invalidation refreshes minutes and agenda. */
export const meetingKeys = {
  lists: ["meetings"] as const,
  list: (programId: string) => [...meetingKeys.lists, programId] as const,
  detail: (id: string) => ["meeting", id] as const,
  agenda: (id: string) => [...meetingKeys.detail(id), "agenda"] as const,
};

export const useMeetings = (programId: string) =>
  useQuery({
    queryKey: meetingKeys.list(programId),
    queryFn: () => api.get<{ items: MeetingSummary[]; total: number }>("/meetings", { programId, limit: 200 }),
    enabled: Boolean(programId),
  });

export const useMeeting = (id: string) => useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => api.get<MeetingDetail>(`/meetings/${id}`) });

export const useAgenda = (id: string, enabled: boolean) =>
  useQuery({ queryKey: meetingKeys.agenda(id), queryFn: () => api.get<Agenda>(`/meetings/${id}/agenda`), enabled });

export const useCreateMeeting = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMeetingInput) => api.post<MeetingDetail>("/meetings", input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meetingKeys.lists }),
  });
};

const useInvalidateMeetings = () => {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ["meeting"] });
    void queryClient.invalidateQueries({ queryKey: meetingKeys.lists });
  };
};

export const useUpdateMeeting = (id: string) => {
  const invalidate = useInvalidateMeetings();
  return useMutation({ mutationFn: (input: UpdateMeetingInput) => api.patch<MeetingDetail>(`/meetings/${id}`, input), onSuccess: invalidate });
};

export const useCreateActionItem = (meetingId: string) => {
  const invalidate = useInvalidateMeetings();
  return useMutation({ mutationFn: (input: CreateActionItemInput) => api.post<ActionItem>(`/meetings/${meetingId}/action-items`, input), onSuccess: invalidate });
};

export const useUpdateActionItem = () => {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateActionItemInput & { id: string }) => api.patch<ActionItem>(`/action-items/${id}`, input),
    onSuccess: invalidate,
  });
};

export const useFlagParticipant = (participantId: string) => {
  const invalidate = useInvalidateMeetings();
  return useMutation({ mutationFn: (input: CreateMeetingFlagInput) => api.post<MeetingFlag>(`/participants/${participantId}/meeting-flags`, input), onSuccess: invalidate });
};
