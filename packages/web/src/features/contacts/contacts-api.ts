import type { Contact, CreateContactInput } from "@passerelle/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { participantKeys } from "../../api/query-keys";
import { useInvalidateParticipant } from "../participants/participants-queries";

export const fetchContacts = (participantId: string) =>
  api.get<{ items: Contact[]; total: number }>(`/participants/${participantId}/contacts`, { limit: 200 });

export const logContact = (participantId: string, input: CreateContactInput) =>
  api.post<Contact>(`/participants/${participantId}/contacts`, input);

export const useContacts = (participantId: string) =>
  useQuery({ queryKey: participantKeys.contacts(participantId), queryFn: () => fetchContacts(participantId) });

/** A new contact changes the list, the timeline, the "last contact" date and the caseload views. */
export const useLogContact = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: CreateContactInput) => logContact(participantId, input),
    onSuccess: () => invalidate(participantId),
  });
};
