import type { Consent, ConsentScope } from "@passerelle/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { participantKeys } from "../../api/query-keys";
import { useInvalidateParticipant } from "../participants/participants-queries";

export type RecordConsentInput = { scope: ConsentScope; details: string; givenOn: string };

export const useConsents = (participantId: string) =>
  useQuery({
    queryKey: participantKeys.consents(participantId),
    queryFn: () => api.get<{ items: Consent[] }>(`/participants/${participantId}/consents`),
  });

export const useRecordConsent = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: RecordConsentInput) => api.post<Consent>(`/participants/${participantId}/consents`, input),
    onSuccess: () => invalidate(participantId),
  });
};

export const useWithdrawConsent = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: ({ consentId, withdrawnOn }: { consentId: string; withdrawnOn: string }) =>
      api.post<Consent>(`/participants/${participantId}/consents/${consentId}/withdraw`, { withdrawnOn }),
    onSuccess: () => invalidate(participantId),
  });
};
