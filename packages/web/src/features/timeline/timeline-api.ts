import type { TimelineEntry } from "@passerelle/domain";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { participantKeys } from "../../api/query-keys";

export const fetchTimeline = (participantId: string) =>
  api.get<{ items: TimelineEntry[] }>(`/participants/${participantId}/timeline`);

export const useTimeline = (participantId: string) =>
  useQuery({ queryKey: participantKeys.timeline(participantId), queryFn: () => fetchTimeline(participantId) });
