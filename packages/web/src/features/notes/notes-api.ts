import type { CreateNoteInput, Mentionable, Note, NoteList, UpdateNoteSharingInput } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { isApiError } from "../../api/api-error";
import { participantKeys } from "../../api/query-keys";

/** Under the person's key, so any change to the person refreshes their notes too. */
export const noteKeys = {
  list: (participantId: string) => [...participantKeys.detail(participantId), "notes"] as const,
  mentionable: (participantId: string) => [...participantKeys.detail(participantId), "mentionable"] as const,
  sharedRecord: (participantId: string) => [...participantKeys.detail(participantId), "shared-record"] as const,
};

/** The most recent notes; the API pages by 50 by default, a person's notes rarely go past a few dozen. */
const NOTES_SHOWN = 200;

export const useNotes = (participantId: string) =>
  useQuery({
    queryKey: noteKeys.list(participantId),
    queryFn: () => api.get<NoteList>(`/participants/${participantId}/notes`, { limit: NOTES_SHOWN }),
  });

export const useMentionable = (participantId: string, enabled: boolean) =>
  useQuery({
    queryKey: noteKeys.mentionable(participantId),
    queryFn: () => api.get<{ items: Mentionable[] }>(`/participants/${participantId}/mentionable`),
    enabled,
  });

const useRefreshNotes = (participantId: string) => {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: noteKeys.list(participantId) });
    void queryClient.invalidateQueries({ queryKey: noteKeys.sharedRecord(participantId) });
    void queryClient.invalidateQueries({ queryKey: participantKeys.timeline(participantId) });
  };
};

export const useCreateNote = (participantId: string) => {
  const refresh = useRefreshNotes(participantId);
  return useMutation({
    mutationFn: (input: CreateNoteInput) => api.post<Note>(`/participants/${participantId}/notes`, input),
    onSuccess: refresh,
  });
};

/** On 409 the server sends the note as it is now: the list is refreshed so the switch shows the truth. */
export const useUpdateNoteSharing = (participantId: string) => {
  const refresh = useRefreshNotes(participantId);
  return useMutation({
    mutationFn: ({ noteId, ...input }: UpdateNoteSharingInput & { noteId: string }) => api.patch<Note>(`/notes/${noteId}`, input),
    onSettled: (_data, error) => {
      if (!error || (isApiError(error) && error.code === "stale_version")) refresh();
    },
  });
};
