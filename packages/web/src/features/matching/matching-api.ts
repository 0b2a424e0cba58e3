import type { ParticipantMatches } from "@passerelle/domain";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/api-client";

export const participantMatchesKey = (participantId: string) => ["participant-matches", participantId] as const;

export const useParticipantMatches = (participantId: string) =>
  useQuery({
    queryKey: participantMatchesKey(participantId),
    queryFn: () => api.get<ParticipantMatches>(`/participants/${participantId}/matches`, { limit: 30 }),
  });
