import {
  type AuditEntry,
  type CreateParticipantInput,
  type Participant,
  type ParticipantSummary,
  participantSchema,
  type UpdateParticipantInput,
} from "@passerelle/domain";
import { api, checkShape } from "../../api/api-client";
import type { ParticipantListParams } from "../../api/query-keys";

export type ParticipantList = { items: ParticipantSummary[]; total: number };

export const fetchParticipants = (params: ParticipantListParams, signal?: AbortSignal) =>
  api.get<ParticipantList>("/participants", params, signal);

export const fetchParticipant = async (id: string): Promise<Participant> =>
  checkShape(participantSchema, await api.get<Participant>(`/participants/${id}`), "GET /participants/:id");

export const createParticipant = (input: CreateParticipantInput) => api.post<Participant>("/participants", input);

export const updateParticipant = (id: string, input: UpdateParticipantInput) =>
  api.patch<Participant>(`/participants/${id}`, input);

export const reassignParticipants = (input: { participantIds: string[]; specialistId: string | null }) =>
  api.post<{ updated: number }>("/participants/reassign", input);

export const fetchAudit = (participantId: string) =>
  api.get<{ items: AuditEntry[]; total: number }>("/audit", { participantId, limit: 500 });
