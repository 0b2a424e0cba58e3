import type { TimelineEntry } from "@passerelle/domain";
import { useInfiniteQuery } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { participantKeys } from "../../api/query-keys";

export const TIMELINE_PAGE_SIZE = 100;

export const fetchTimeline = (participantId: string, offset: number) =>
  api.get<{ items: TimelineEntry[]; hasMore: boolean }>(`/participants/${participantId}/timeline`, { limit: TIMELINE_PAGE_SIZE, offset });

/** The journey, a page of 100 events at a time, newest first. */
export const useTimeline = (participantId: string) =>
  useInfiniteQuery({
    queryKey: participantKeys.timeline(participantId),
    queryFn: ({ pageParam }) => fetchTimeline(participantId, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.hasMore ? pages.length * TIMELINE_PAGE_SIZE : undefined),
  });
