import type { Conversation, ConversationList, RecordConversationInput, UpdateConversationInput } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { participantKeys } from "../../api/query-keys";
import { useInvalidateParticipant } from "../participants/participants-queries";

/** Under the participant's key: a recorded conversation refreshes the record, its timeline and this list together. */
export const conversationKeys = {
  list: (participantId: string) => [...participantKeys.detail(participantId), "conversations"] as const,
};

export const useConversations = (participantId: string) =>
  useQuery({ queryKey: conversationKeys.list(participantId), queryFn: () => api.get<ConversationList>(`/participants/${participantId}/conversations`) });

export const useRecordConversation = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: RecordConversationInput) => api.post<Conversation>(`/participants/${participantId}/conversations`, input),
    onSuccess: () => invalidate(participantId),
  });
};

/** Shares a conversation with the care team, or stops sharing it (the only change a recorded note takes). */
export const useShareConversation = (participantId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateConversationInput & { id: string }) => api.patch<Conversation>(`/conversations/${id}`, input),
    onSuccess: (saved) =>
      queryClient.setQueryData<ConversationList>(conversationKeys.list(participantId), (list) =>
        list ? { items: list.items.map((c) => (c.id === saved.id ? saved : c)) } : list,
      ),
  });
};
