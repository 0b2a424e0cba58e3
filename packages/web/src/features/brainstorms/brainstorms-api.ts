import type {
  AddedBrainstormNote,
  BrainstormJoin,
  BrainstormList,
  BrainstormSession,
  CreateBrainstormInput,
  LeaderWall,
  UpdateBrainstormNoteInput,
} from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, apiRequest } from "../../api/api-client";
import { ApiError, toApiError } from "../../api/api-error";

export const brainstormKeys = {
  all: ["brainstorms"] as const,
  list: (programId: string) => [...brainstormKeys.all, "list", programId] as const,
  wall: (id: string) => [...brainstormKeys.all, "wall", id] as const,
};

export const useBrainstorms = (programId: string) =>
  useQuery({ queryKey: brainstormKeys.list(programId), queryFn: () => api.get<BrainstormList>("/brainstorms", { programId }), enabled: Boolean(programId) });

export const useCreateBrainstorm = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBrainstormInput) => api.post<BrainstormSession>("/brainstorms", input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: brainstormKeys.all }),
  });
};

export const useWall = (id: string) => useQuery({ queryKey: brainstormKeys.wall(id), queryFn: () => api.get<LeaderWall>(`/brainstorms/${id}`) });

/** A leader's move: its answer is the new wall, put in the cache unless the live stream already brought a newer one. */
const useWallMutation = <T>(id: string, request: (input: T) => Promise<LeaderWall>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (wall) => {
      queryClient.setQueryData<LeaderWall>(brainstormKeys.wall(id), (current) => (current && current.rev > wall.rev && current.session.id === wall.session.id ? current : wall));
      if (wall.session.status === "ended") void queryClient.invalidateQueries({ queryKey: [...brainstormKeys.all, "list"] });
    },
  });
};

export const useUpdateNote = (id: string) =>
  useWallMutation(id, ({ noteId, ...input }: UpdateBrainstormNoteInput & { noteId: string }) => api.patch<LeaderWall>(`/brainstorms/${id}/notes/${noteId}`, input));
export const useRemoveNote = (id: string) => useWallMutation(id, (noteId: string) => apiRequest<LeaderWall>(`/brainstorms/${id}/notes/${noteId}`, { method: "DELETE" }));
export const useShuffle = (id: string) => useWallMutation(id, () => api.post<LeaderWall>(`/brainstorms/${id}/shuffle`));
export const useRevealAll = (id: string) => useWallMutation(id, () => api.post<LeaderWall>(`/brainstorms/${id}/reveal-all`));
export const useEndBrainstorm = (id: string) => useWallMutation(id, () => api.post<LeaderWall>(`/brainstorms/${id}/end`));
export const useLeaderNote = (id: string) => useMutation({ mutationFn: (text: string) => api.post<AddedBrainstormNote>(`/brainstorms/${id}/notes`, { text }) });

/** A phone's requests: no cookie needed, its token in `Authorization`. */
const guestFetch = async <T>(path: string, init: { body?: unknown; token?: string; language: string }): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: "POST",
      headers: {
        Accept: "application/json",
        "Accept-Language": init.language,
        "Content-Type": "application/json",
        ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      },
      body: JSON.stringify(init.body ?? {}),
      credentials: "omit",
    });
  } catch {
    throw new ApiError({ code: "network_error", message: "Network error", status: 0 });
  }
  const text = await response.text();
  let payload: unknown = undefined;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    payload = text;
  }
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
};

export const joinWithCode = (code: string, language: string) => guestFetch<BrainstormJoin>(`/brainstorms/join/${encodeURIComponent(code)}`, { language });
export const addGuestNote = (brainstormId: string, token: string, text: string, language: string) =>
  guestFetch<AddedBrainstormNote>(`/brainstorms/${brainstormId}/notes`, { token, body: { text }, language });
