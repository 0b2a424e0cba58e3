import type { SharedRecord } from "@passerelle/domain";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { noteKeys } from "../notes/notes-api";

export const useSharedRecord = (participantId: string) =>
  useQuery({
    queryKey: noteKeys.sharedRecord(participantId),
    queryFn: () => api.get<SharedRecord>(`/participants/${participantId}/shared-record`),
  });
