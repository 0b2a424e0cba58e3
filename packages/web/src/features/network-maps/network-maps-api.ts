import type { NetworkMap, NetworkMapList, SaveNetworkMapInput } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { participantKeys } from "../../api/query-keys";
import { useInvalidateParticipant } from "../participants/participants-queries";

/** Under the person's key: anything that refreshes the person (a consent withdrawn) refreshes the maps too. */
export const networkMapKeys = {
  list: (participantId: string) => [...participantKeys.detail(participantId), "network-maps"] as const,
  one: (participantId: string, mapId: string) => [...participantKeys.detail(participantId), "network-maps", mapId] as const,
};

export const useNetworkMaps = (participantId: string) =>
  useQuery({
    queryKey: networkMapKeys.list(participantId),
    queryFn: ({ signal }) => api.get<NetworkMapList>(`/participants/${participantId}/network-maps`, undefined, signal),
  });

/** One snapshot (the print page): read on its own, so a link to it works without the list. */
export const useNetworkMap = (participantId: string, mapId: string) =>
  useQuery({
    queryKey: networkMapKeys.one(participantId, mapId),
    queryFn: ({ signal }) => api.get<NetworkMap>(`/network-maps/${mapId}`, undefined, signal),
  });

/** A new snapshot refreshes the person's record (the maps, the timeline). */
export const useSaveNetworkMap = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: SaveNetworkMapInput) => api.post<NetworkMap>(`/participants/${participantId}/network-maps`, input),
    onSuccess: () => invalidate(participantId),
  });
};

/** Sets the sharing of one snapshot (a value, not a toggle: repeating it is harmless). */
export const useShareNetworkMap = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ mapId, shared }: { mapId: string; shared: boolean }) => api.patch<NetworkMap>(`/network-maps/${mapId}`, { sharedWithCareTeam: shared }),
    onSuccess: (map) => {
      queryClient.setQueryData(networkMapKeys.one(participantId, map.id), map);
      invalidate(participantId);
    },
  });
};
